import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventKind, EventStatus, RegistrationStatus } from '../../../../../common/events.ts';

const STATUS_COLORS: Record<EventStatus, string> = {
  draft: 'gold',
  published: 'processing',
  registration_open: 'success',
  registration_closed: 'warning',
  held: 'default',
  closed: 'default',
  cancelled: 'error',
};

const REGISTRATION_COLORS: Record<RegistrationStatus, string> = { confirmed: 'success', waitlisted: 'gold', cancelled: 'default' };

export function EventStatusTag({ status }: { status: EventStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`events.statuses.${status}`)}</Tag>;
}

export function EventKindTag({ kind }: { kind: EventKind }) {
  const { t } = useTranslation();
  return <Tag bordered={false}>{t(`events.kinds.${kind}`)}</Tag>;
}

export function RegistrationStatusTag({ status }: { status: RegistrationStatus }) {
  const { t } = useTranslation();
  return <Tag color={REGISTRATION_COLORS[status]}>{t(`events.registrationStatuses.${status}`)}</Tag>;
}
