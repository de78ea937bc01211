import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { Forbidden } from '../../../components/forbidden.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSpinner, QueryError } from '../../../components/query-states.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useOrganization } from '../api/get-organization.ts';
import { useUpdateOrganization } from '../api/update-organization.ts';
import { OrganizationForm } from '../components/organization-form.tsx';
import { toFormValues } from '../components/organization-form-values.ts';

export function EditOrganizationRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const organization = useOrganization(id);
  const update = useUpdateOrganization(id);
  const back = paths.directory.organization.getHref(id);

  if (organization.isPending) return <PageSpinner />;
  if (organization.isError) return <QueryError error={organization.error} onRetry={() => void organization.refetch()} />;
  const o = organization.data;
  if (!o.canEdit) return <Forbidden />;

  return (
    <>
      <PageHeader title={t('directory.editTitle', { name: format.name(o.nameZh, o.nameEn) })} backTo={back} />
      <OrganizationForm
        // A newer version (after "load latest") starts the form afresh.
        key={o.version}
        isNew={false}
        initialValues={toFormValues(o)}
        onCancel={() => void navigate(back)}
        onReload={() => void organization.refetch()}
        onSubmit={async (fields) => {
          await update.mutateAsync({ ...fields, version: o.version });
          void message.success(t('common.saved'));
          void navigate(back);
        }}
      />
    </>
  );
}
