import { App, Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useCurrentUser } from '../../../lib/session.ts';
import { TotpEnrollment } from '../components/totp-enrollment.tsx';

/** Setting up an authenticator later, from the profile page (staff other than platform admins may choose to). */
export function AuthenticatorSetupRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const back = paths.profile.root.getHref();
  return (
    <>
      <PageHeader title={t('auth.enroll.title')} backTo={back} />
      <Card style={{ maxWidth: 480 }}>
        {user.hasTotp ? (
          <Result status="success" title={t('auth.enroll.alreadyEnabled')} extra={<ButtonLink to={back}>{t('common.back')}</ButtonLink>} />
        ) : (
          <TotpEnrollment
            onEnabled={() => {
              void message.success(t('auth.enroll.enabled'));
              void navigate(back);
            }}
          />
        )}
      </Card>
    </>
  );
}
