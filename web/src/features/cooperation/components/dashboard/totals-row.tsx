import { Card, Flex, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../lib/format.ts';
import type { Totals } from '../../api/dashboard-types.ts';

const ORDER = ['agreementsInForce', 'pairingsActive', 'communities', 'alliances', 'schoolsInvolved', 'exchanges', 'participants'] as const;

/** The headline numbers of the period: what bureaus put in their reports. Two a row on phones. */
export function TotalsRow({ totals }: { totals: Totals }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Flex gap={12} wrap>
      {ORDER.map((key) => (
        <Card key={key} size="small" style={{ flex: '1 1 140px', minWidth: 0 }}>
          <Statistic title={t(`cooperation.dashboard.totals.${key}`)} value={totals[key]} formatter={(value) => format.number(Number(value))} />
        </Card>
      ))}
    </Flex>
  );
}
