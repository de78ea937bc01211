import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSpinner, QueryError } from '../../../components/query-states.tsx';
import { useExchange } from '../api/get-exchange.ts';
import { useUpdateExchange } from '../api/update-exchange.ts';
import { ExchangeForm } from '../components/exchanges/exchange-form.tsx';
import { fromExchange } from '../logic/exchange-form-values.ts';

/** Correcting an exchange (its photos and documents are changed on its own page). */
export function EditExchangeRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const exchange = useExchange(id);
  const update = useUpdateExchange(id);
  if (exchange.isPending) return <PageSpinner />;
  if (exchange.isError) return <QueryError error={exchange.error} onRetry={() => void exchange.refetch()} />;
  const e = exchange.data;
  return (
    <>
      <PageHeader title={t('cooperation.exchanges.editTitle')} subtitle={e.title} backTo={paths.cooperation.exchange.getHref(id)} />
      <ExchangeForm
        initial={fromExchange(e)}
        known={[e.host, ...e.partners]}
        knownParticipants={e.participants}
        submitLabel={t('common.save')}
        submitting={update.isPending}
        onSubmit={async (input) => {
          await update.mutateAsync({ ...input, version: e.version });
          void message.success(t('common.saved'));
          await navigate(paths.cooperation.exchange.getHref(id));
        }}
      />
    </>
  );
}
