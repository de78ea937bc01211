import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyStatus } from '../../../../../common/enrollment.ts';

const COLORS: Record<PolicyStatus, string> = { draft: 'default', published: 'green', closed: 'orange' };

export function PolicyStatusTag({ status }: { status: PolicyStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`enrollmentAllocation.policyStatuses.${status}`)}</Tag>;
}
