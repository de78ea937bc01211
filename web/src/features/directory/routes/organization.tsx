import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSpinner, QueryError } from '../../../components/query-states.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useOrganization } from '../api/get-organization.ts';
import { OrganizationDetails } from '../components/organization-details.tsx';

/** One school or organization, with everything the directory knows about it. */
export function OrganizationRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id } = useParams();
  const organization = useOrganization(id);
  if (organization.isPending) return <PageSpinner />;
  if (organization.isError) return <QueryError error={organization.error} onRetry={() => void organization.refetch()} />;
  const o = organization.data;
  return (
    <>
      <PageHeader
        title={format.name(o.nameZh, o.nameEn)}
        subtitle={format.locale === 'en-US' ? o.nameZh : o.nameEn}
        backTo={paths.directory.root.getHref()}
        extra={
          o.canEdit && (
            <ButtonLink type="primary" icon={<EditOutlined aria-hidden />} to={paths.directory.editOrganization.getHref(o.id)}>
              {t('common.edit')}
            </ButtonLink>
          )
        }
      />
      <OrganizationDetails organization={o} />
    </>
  );
}
