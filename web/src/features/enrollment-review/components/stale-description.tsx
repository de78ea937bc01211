import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../lib/api-client.ts';

/** What changed (unless it is only "someone changed it") and that the page now shows the current state. */
export function StaleDescription({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  return (
    <>
      {error.code !== 'resource.conflict' && <div>{error.message}</div>}
      <div>{t('enrollmentReview.staleHint')}</div>
    </>
  );
}
