import { Alert, App, Button, Card, Flex, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../app/paths.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import type { EventItem } from '../api/events-types.ts';
import { useCancelRegistration, useRegister } from '../api/register.ts';
import { RegisterTeachers } from './register-teachers.tsx';

/** The caller's own registration: register, see the waitlist place, cancel — only what the server allows. */
export function RegistrationCard({ event }: { event: EventItem }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const register = useRegister();
  const cancel = useCancelRegistration();
  const mine = event.myRegistration;
  const { canRegister, canCancelRegistration, canRegisterTeachers } = event.permissions;
  if (!mine && !canRegister && !canRegisterTeachers && event.status !== 'registration_open') return null;
  return (
    <Card size="small" title={t('events.register.title')}>
      <Flex vertical gap={12} align="flex-start">
        {mine?.status === 'confirmed' && <Alert type="success" showIcon title={t('events.register.confirmed')} />}
        {mine?.status === 'waitlisted' && <Alert type="warning" showIcon title={t('events.register.waitlisted', { position: mine.waitlistPosition ?? 0 })} />}
        {!mine && !canRegister && <Alert type="info" showIcon title={t('events.register.notOpen')} />}
        <ErrorAlert error={register.error ?? cancel.error} />
        <Flex gap={8} wrap>
          {canRegister && (
            <Button
              type="primary"
              loading={register.isPending}
              onClick={() => register.mutate(event.id, { onSuccess: () => void message.success(t('events.register.done')) })}
            >
              {t('events.register.button')}
            </Button>
          )}
          {mine?.status === 'confirmed' && <ButtonLink to={paths.events.mine.getHref()}>{t('events.register.showQr')}</ButtonLink>}
          {mine && canCancelRegistration && (
            <Popconfirm
              title={t('events.register.cancelConfirm')}
              onConfirm={() => cancel.mutateAsync(mine.id).then(() => void message.success(t('events.register.cancelled')))}
            >
              <Button danger loading={cancel.isPending}>
                {t('events.register.cancel')}
              </Button>
            </Popconfirm>
          )}
          {canRegisterTeachers && <RegisterTeachers event={event} />}
        </Flex>
      </Flex>
    </Card>
  );
}
