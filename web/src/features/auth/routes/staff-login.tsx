import { MobileOutlined } from '@ant-design/icons';
import { Button, Card, Divider, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../app/paths.ts';
import { useSession } from '../../../lib/session.ts';
import { useSignOut } from '../../../lib/sign-out.ts';
import { PasswordForm } from '../components/password-form.tsx';
import { TotpCodeForm } from '../components/totp-code-form.tsx';
import { TotpEnrollment } from '../components/totp-enrollment.tsx';
import { PageTitle } from '../../../components/page-title.tsx';

/** Staff sign-in: account and password, then (when the session says so) the authenticator step. */
export function StaffLoginRoute() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const signOut = useSignOut();
  const pending = session?.pending ?? null;

  const title = pending === 'totp' ? t('auth.totpTitle') : pending === 'totp_enroll' ? t('auth.enroll.title') : t('auth.staffTitle');
  const subtitle = pending === 'totp_enroll' ? t('auth.enroll.required') : pending ? session?.user?.displayName : t('auth.staffSubtitle');

  return (
    <Card>
      <PageTitle style={{ marginTop: 0 }}>{title}</PageTitle>
      <Typography.Paragraph type="secondary">{subtitle}</Typography.Paragraph>
      {pending === 'totp' && <TotpCodeForm />}
      {pending === 'totp_enroll' && <TotpEnrollment />}
      {!pending && <PasswordForm />}
      {pending ? (
        <Button type="link" block onClick={() => signOut.mutate()} loading={signOut.isPending} style={{ marginTop: 8 }}>
          {t('auth.useAnotherAccount')}
        </Button>
      ) : (
        <>
          <Divider plain>{t('auth.or')}</Divider>
          {/* The family app is another entry: a plain link, a full page load. */}
          <Button href={paths.auth.familyLogin.getHref()} size="large" block icon={<MobileOutlined aria-hidden />}>
            {t('auth.guardianLink')}
          </Button>
        </>
      )}
    </Card>
  );
}
