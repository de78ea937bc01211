import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { Card, List, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../lib/format.ts';
import type { Agreement } from '../../api/cooperation-types.ts';
import { confirmationsOf } from '../../logic/agreement-form-values.ts';

/** Each party and whether its admin has confirmed: the draft is in force when all have. */
export function AgreementParties({ agreement }: { agreement: Agreement }) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const format = useFormat();
  const { confirmed, total } = confirmationsOf(agreement);
  return (
    <Card
      size="small"
      title={t('cooperation.agreements.parties')}
      extra={<Typography.Text type="secondary">{t('cooperation.agreements.confirmedOf', { confirmed, total })}</Typography.Text>}
    >
      <List
        size="small"
        dataSource={agreement.parties}
        renderItem={(p) => (
          <List.Item>
            <List.Item.Meta
              avatar={p.confirmedAt ? <CheckCircleFilled style={{ color: token.colorSuccess }} aria-hidden /> : <ClockCircleOutlined aria-hidden />}
              title={format.name(p.nameZh, p.nameEn)}
              description={
                <>
                  {format.name(p.regionNameZh, p.regionNameEn)}
                  {' · '}
                  {p.confirmedAt ? t('cooperation.agreements.confirmedAt', { date: format.dateTime(p.confirmedAt) }) : t('cooperation.agreements.notConfirmed')}
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
