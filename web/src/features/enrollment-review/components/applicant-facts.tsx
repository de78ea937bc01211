import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Popconfirm, Typography, type DescriptionsProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import type { Region } from '../../../types/api.ts';
import { useRevealIdNumber } from '../api/reveal-id-number.ts';
import type { ReviewApplication } from '../api/review-types.ts';
import { originRegionOf } from './origin.ts';

const dash = '—';

/** The applicant as the reviewer needs them: the ID number masked unless revealed (which the server logs). */
export function ApplicantFacts({ application: a, regions }: { application: ReviewApplication; regions: readonly Region[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reveal = useRevealIdNumber(a.id);
  // Held in this component only: never cached, gone when the page is left.
  const [fullNumber, setFullNumber] = useState<string | null>(null);
  const origin = originRegionOf(a.child.hukouDivisionCode, regions);

  const idNumber = (
    <Flex gap={8} wrap align="center">
      <Typography.Text style={{ fontFamily: 'monospace' }}>{fullNumber ?? a.child.idNumberMasked}</Typography.Text>
      {fullNumber ? (
        <Button size="small" icon={<EyeInvisibleOutlined aria-hidden />} onClick={() => setFullNumber(null)}>
          {t('enrollmentReview.facts.hideNumber')}
        </Button>
      ) : (
        <Popconfirm
          title={t('enrollmentReview.facts.revealTitle')}
          description={<div style={{ maxWidth: 280 }}>{t('enrollmentReview.facts.revealWarning')}</div>}
          okText={t('enrollmentReview.facts.revealConfirm')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            reveal.mutateAsync().then(
              (r) => setFullNumber(r.idNumber),
              () => undefined,
            )
          }
        >
          <Button size="small" icon={<EyeOutlined aria-hidden />} loading={reveal.isPending}>
            {t('enrollmentReview.facts.showNumber')}
          </Button>
        </Popconfirm>
      )}
    </Flex>
  );

  const child: DescriptionsProps['items'] = [
    { key: 'name', label: t('enrollmentReview.facts.name'), children: a.child.name },
    { key: 'sex', label: t('enrollmentReview.facts.sex'), children: t(`enrollmentReview.sexes.${a.child.sex}`) },
    { key: 'birth', label: t('enrollmentReview.facts.birthDate'), children: format.date(a.child.birthDate) },
    { key: 'id', label: t('enrollmentReview.facts.idNumber'), children: idNumber },
    {
      key: 'hukou',
      label: t('enrollmentReview.facts.hukou'),
      children: `${origin ? `${format.name(origin.nameZh, origin.nameEn)} · ` : ''}${a.child.hukouDivisionCode}${a.child.hukouAddress ? ` · ${a.child.hukouAddress}` : ''}`,
    },
  ];
  const family: DescriptionsProps['items'] = [
    { key: 'guardian', label: t('enrollmentReview.facts.guardian'), children: a.guardian.name ?? dash },
    { key: 'mobile', label: t('enrollmentReview.facts.mobile'), children: a.guardian.mobileMasked ?? dash },
    { key: 'address', label: t('enrollmentReview.facts.residence'), children: a.residenceAddress ?? dash },
    { key: 'employer', label: t('enrollmentReview.facts.employer'), children: a.employer ?? dash },
    { key: 'work', label: t('enrollmentReview.facts.workKind'), children: a.workKind ? t(`enrollmentReview.workKinds.${a.workKind}`) : dash },
  ];

  return (
    <Card size="small" title={t('enrollmentReview.facts.title')}>
      {reveal.isError && <Alert type="error" showIcon title={reveal.error.message} style={{ marginBottom: 8 }} />}
      <Descriptions column={1} size="small" items={child} />
      <Descriptions
        column={1}
        size="small"
        items={family}
        style={{ marginTop: 12 }}
        title={<Typography.Text strong>{t('enrollmentReview.facts.family')}</Typography.Text>}
      />
      <Typography.Text strong style={{ display: 'block', marginTop: 12 }}>
        {t('enrollmentReview.facts.preferences')}
      </Typography.Text>
      <ol style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
        {a.preferences.map((p) => (
          <li key={p.rank}>{format.name(p.schoolNameZh, p.schoolNameEn)}</li>
        ))}
      </ol>
    </Card>
  );
}
