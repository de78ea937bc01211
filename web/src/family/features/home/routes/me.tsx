import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { LanguageSwitch } from '../../../components/language-switch.tsx';
import { Page } from '../../../components/page.tsx';
import { useCurrentUser } from '../../../../lib/session.ts';
import { useSignOut } from '../../../../lib/sign-out.ts';

/** 我的: who is signed in, the language, signing out. */
export function MeRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const signOut = useSignOut();
  return (
    <Page title={t('family.me.title')}>
      <section className="card">
        <p className="strong large">{user.displayName}</p>
        <p className="muted">{t('family.me.role')}</p>
      </section>
      <section className="card spread center-y">
        <h2 id="me-language">{t('family.common.language')}</h2>
        <LanguageSwitch />
      </section>
      <p className="small muted">{t('family.me.privacy')}</p>
      <Button variant="danger" block busy={signOut.isPending} onClick={() => signOut.mutate()}>
        {t('family.auth.signOut')}
      </Button>
    </Page>
  );
}
