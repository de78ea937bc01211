import { Button, Flex, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api-client.ts';

export function PageSpinner() {
  return (
    <Flex justify="center" align="center" style={{ minHeight: 240 }}>
      <Spin size="large" />
    </Flex>
  );
}

/** A query that failed: the server's own message, and a way to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const notFound = error instanceof ApiError && error.status === 404;
  return (
    <Result
      status={notFound ? '404' : 'warning'}
      title={notFound ? t('errors.notFoundTitle') : t('errors.loadFailed')}
      subTitle={error instanceof Error ? error.message : undefined}
      extra={onRetry && !notFound ? <Button onClick={onRetry}>{t('common.retry')}</Button> : undefined}
    />
  );
}
