import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { useCreateOrganization } from '../api/create-organization.ts';
import { OrganizationForm } from '../components/organization-form.tsx';

export function NewOrganizationRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const create = useCreateOrganization();
  const back = paths.directory.root.getHref();
  return (
    <>
      <PageHeader title={t('directory.newOrganization')} backTo={back} />
      <OrganizationForm
        isNew
        initialValues={{ kind: 'school', regionId: params.get('regionId') ?? undefined, ownership: 'public' }}
        onCancel={() => void navigate(back)}
        onSubmit={async (fields, kind) => {
          const created = await create.mutateAsync({ ...fields, kind });
          void message.success(t('directory.created'));
          void navigate(paths.directory.organization.getHref(created.id));
        }}
      />
    </>
  );
}
