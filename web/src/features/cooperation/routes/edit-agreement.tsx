import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSpinner, QueryError } from '../../../components/query-states.tsx';
import { useAgreement } from '../api/get-agreement.ts';
import { useUpdateAgreement } from '../api/update-agreement.ts';
import { AgreementForm } from '../components/agreements/agreement-form.tsx';
import { fromAgreement } from '../logic/agreement-form-values.ts';

/** Changing a draft withdraws the confirmations given so far. */
export function EditAgreementRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const agreement = useAgreement(id);
  const update = useUpdateAgreement(id);
  if (agreement.isPending) return <PageSpinner />;
  if (agreement.isError) return <QueryError error={agreement.error} onRetry={() => void agreement.refetch()} />;
  const a = agreement.data;
  return (
    <>
      <PageHeader
        title={t('cooperation.agreements.editTitle')}
        subtitle={t('cooperation.agreements.editHint')}
        backTo={paths.cooperation.agreement.getHref(id)}
      />
      <AgreementForm
        initial={fromAgreement(a)}
        known={a.parties}
        submitLabel={t('common.save')}
        submitting={update.isPending}
        onSubmit={async (input) => {
          await update.mutateAsync({ ...input, version: a.version });
          void message.success(t('common.saved'));
          await navigate(paths.cooperation.agreement.getHref(id));
        }}
      />
    </>
  );
}
