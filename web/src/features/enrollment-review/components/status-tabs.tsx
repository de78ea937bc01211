import { Badge, Flex, Tabs, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { INBOX_STATUSES, type InboxStatus } from './use-inbox-filter.ts';

/** Always offered, even at zero: what a reviewer works through. */
const WORK_STATUSES: readonly InboxStatus[] = ['submitted', 'supplement_requested', 'appealed'];

interface StatusTabsProps {
  status: InboxStatus | undefined;
  counts: Record<string, number> | undefined;
  onChange: (status: InboxStatus | undefined) => void;
}

/** The inbox by status, each tab with its count under the other filters. */
export function StatusTabs({ status, counts = {}, onChange }: StatusTabsProps) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const shown = INBOX_STATUSES.filter((s) => WORK_STATUSES.includes(s) || (counts[s] ?? 0) > 0 || s === status);
  const label = (text: string, count: number, highlight: boolean) => (
    <Flex align="center" gap={6}>
      {text}
      <Badge count={count} showZero overflowCount={9999} color={highlight && count > 0 ? undefined : token.colorTextSecondary} />
    </Flex>
  );
  return (
    <Tabs
      activeKey={status ?? 'all'}
      onChange={(key) => onChange(key === 'all' ? undefined : (key as InboxStatus))}
      items={[
        { key: 'all', label: label(t('common.all'), total, false) },
        ...shown.map((s) => ({ key: s, label: label(t(`enrollmentReview.statuses.${s}`), counts[s] ?? 0, WORK_STATUSES.includes(s)) })),
      ]}
      style={{ marginBottom: -8 }}
    />
  );
}
