import { App, Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventStep } from '../../../../../common/events.ts';
import { paths } from '../../../app/paths.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ReasonDialog } from '../../../components/reason-dialog.tsx';
import { useIssueCertificates } from '../api/certificates.ts';
import { useChangeEvent } from '../api/change-event.ts';
import type { EventItem } from '../api/events-types.ts';

/** The organizer's buttons: the steps the server allows now, the registrations page, cancelling with a reason. */
export function OrganizerCard({ event }: { event: EventItem }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const change = useChangeEvent(event.id);
  const issue = useIssueCertificates();
  const [cancelling, setCancelling] = useState(false);
  const p = event.permissions;
  const steps: [boolean, EventStep, string][] = [
    [p.canPublish, 'published', t('events.manage.publish')],
    [p.canOpenRegistration, 'registration_open', t('events.manage.openRegistration')],
    [p.canCloseRegistration, 'registration_closed', t('events.manage.closeRegistration')],
    [p.canMarkHeld, 'held', t('events.manage.markHeld')],
    [p.canClose, 'closed', t('events.manage.close')],
  ];
  const shown = steps.filter(([allowed]) => allowed);
  if (shown.length === 0 && !p.canCancel && !p.canManageRegistrations && !p.canIssueCertificates) return null;
  return (
    <Card size="small" title={t('events.manage.title')}>
      <Flex vertical gap={12}>
        <ErrorAlert error={change.error ?? issue.error} />
        <Flex gap={8} wrap>
          {shown.map(([, status, label]) => (
            <Button
              key={status}
              type="primary"
              loading={change.isPending}
              onClick={() =>
                change.mutate({ action: 'status', status, version: event.version }, { onSuccess: () => void message.success(t('events.manage.done')) })
              }
            >
              {label}
            </Button>
          ))}
          {p.canManageRegistrations && <ButtonLink to={paths.events.registrations.getHref(event.id)}>{t('events.manage.registrations')}</ButtonLink>}
          {p.canIssueCertificates && (
            <Button
              loading={issue.isPending}
              onClick={() => issue.mutate(event.id, { onSuccess: (result) => void message.success(t('events.certificates.issued', result)) })}
            >
              {t('events.certificates.issue')}
            </Button>
          )}
          {p.canCancel && (
            <Button danger onClick={() => setCancelling(true)}>
              {t('events.manage.cancel')}
            </Button>
          )}
        </Flex>
      </Flex>
      <ReasonDialog
        open={cancelling}
        title={t('events.manage.cancelTitle')}
        hint={t('events.manage.cancelHint')}
        okText={t('events.manage.cancel')}
        danger
        loading={change.isPending}
        onCancel={() => setCancelling(false)}
        onSubmit={async (reason) => {
          await change.mutateAsync({ action: 'cancel', reason: reason ?? '', version: event.version });
          setCancelling(false);
        }}
      />
    </Card>
  );
}
