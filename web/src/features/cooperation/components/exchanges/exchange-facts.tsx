import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../lib/format.ts';
import type { Exchange } from '../../api/cooperation-types.ts';
import { ExchangeKindTag } from '../status-tags.tsx';
import { BelongsToLink } from './belongs-to-link.tsx';

/** What happened: kind, day, host and partners, what it belongs to, who took part, and the summary. */
export function ExchangeFacts({ exchange: e }: { exchange: Exchange }) {
  const { t } = useTranslation();
  const format = useFormat();
  const org = (o: Exchange['host']) => (
    <span key={o.id}>
      {format.name(o.nameZh, o.nameEn)}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {' · '}
        {format.name(o.regionNameZh, o.regionNameEn)}
      </Typography.Text>
    </span>
  );
  return (
    <Card size="small" title={t('cooperation.exchanges.details')}>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          { key: 'kind', label: t('cooperation.exchanges.kind'), children: <ExchangeKindTag kind={e.kind} /> },
          { key: 'date', label: t('cooperation.exchanges.occurredOn'), children: format.date(e.occurredOn) },
          { key: 'host', label: t('cooperation.exchanges.host'), span: 'filled', children: org(e.host) },
          {
            key: 'partners',
            label: t('cooperation.exchanges.partners'),
            span: 'filled',
            children: (
              <Flex vertical gap={2}>
                {e.partners.map(org)}
              </Flex>
            ),
          },
          { key: 'link', label: t('cooperation.exchanges.belongsTo'), span: 'filled', children: <BelongsToLink link={e.belongsTo} /> },
          { key: 'count', label: t('cooperation.exchanges.participantCount'), children: format.number(e.participantCount) },
          {
            key: 'named',
            label: t('cooperation.exchanges.namedParticipants'),
            span: 'filled',
            children:
              e.participants.length === 0 ? (
                '—'
              ) : (
                <Flex gap={4} wrap>
                  {e.participants.map((p) => (
                    <Tag key={p.userId}>{p.displayName}</Tag>
                  ))}
                </Flex>
              ),
          },
          {
            key: 'summary',
            label: t('cooperation.exchanges.summary'),
            span: 'filled',
            children: e.summary ? <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{e.summary}</Typography.Paragraph> : '—',
          },
        ]}
      />
    </Card>
  );
}
