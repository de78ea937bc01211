import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api-client.ts';

export function Spinner() {
  return <span className="spinner" aria-hidden />;
}

/** While a page's data loads. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status">
      <Spinner />
      <span className="visually-hidden">{t('family.common.loading')}</span>
    </div>
  );
}

/** A failed request: the server's own message (already in the page's language), and what it says of each field. */
export function ErrorMessage({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const fields = error instanceof ApiError ? error.fields.filter((f) => f.message && f.message !== message) : [];
  return (
    <div className="alert alert-error" role="alert">
      {title && <strong>{title}</strong>}
      {message}
      {fields.length > 0 && (
        <ul>
          {fields.map((f) => (
            <li key={f.field + f.message}>{f.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A page whose data could not be read: what went wrong, and a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const notFound = error instanceof ApiError && error.status === 404;
  return (
    <div className="stack">
      <ErrorMessage error={error} title={notFound ? t('family.errors.notFound') : t('family.errors.loadFailed')} />
      {onRetry && !notFound && (
        <button type="button" className="btn" onClick={onRetry}>
          {t('family.common.retry')}
        </button>
      )}
    </div>
  );
}

export function Alert({ kind = 'info', children }: { kind?: 'info' | 'warning' | 'success' | 'error'; children: ReactNode }) {
  return (
    <div className={`alert alert-${kind}`} role={kind === 'error' ? 'alert' : undefined}>
      {children}
    </div>
  );
}

/** Nothing to show yet: what that means, and (when there is one) the way to start. */
export function Empty({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty">
      <p>{children}</p>
      {action}
    </div>
  );
}
