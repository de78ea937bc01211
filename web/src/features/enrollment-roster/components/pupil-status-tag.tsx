import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PupilStatus } from '../api/get-school-pupils.ts';

export const STATUS_COLORS: Record<PupilStatus, string> = { accepted: 'processing', enrolled: 'success', no_show: 'error' };

export function PupilStatusTag({ status }: { status: PupilStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`enrollmentRoster.statuses.${status}`)}</Tag>;
}
