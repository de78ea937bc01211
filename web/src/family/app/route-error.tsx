import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Page } from '../components/page.tsx';
import { familyPaths } from './paths.ts';

/** A page that does not exist, or failed to load (e.g. a chunk gone after a deploy): a way back, never a blank screen. */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (!notFound) console.error(error);
  return <ErrorPage notFound={notFound} />;
}

export function ErrorPage({ notFound }: { notFound: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <main className="content">
        <Page title={notFound ? t('family.errors.pageNotFound') : t('family.errors.crashTitle')} lead={notFound ? undefined : t('family.errors.crashHint')}>
          {/* A full load: after a deploy the page must fetch the new bundles. */}
          <a className="btn btn-primary btn-block" href={familyPaths.home.href()}>
            {t('family.common.backHome')}
          </a>
        </Page>
      </main>
    </div>
  );
}
