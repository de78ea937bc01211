import { PlusOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Row, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../app/paths.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-states.tsx';
import { useCanAccess } from '../../../lib/access.ts';
import { useFormat } from '../../../lib/format.ts';
import { useIsMobile } from '../../../lib/use-is-mobile.ts';
import { useOrganizations } from '../api/get-organizations.ts';
import { useRegions } from '../api/get-regions.ts';
import { OrganizationFilters } from '../components/organization-filters.tsx';
import { OrganizationTable } from '../components/organization-table.tsx';
import { RegionTree } from '../components/region-tree.tsx';
import { useOrganizationFilter } from '../components/use-organization-filter.ts';

/** 机构目录: the region tree beside a filtered list of bureaus, bodies and schools. */
export function DirectoryRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const isMobile = useIsMobile();
  const canCreate = useCanAccess('organizationCreate');
  const regions = useRegions();
  const { filter, update } = useOrganizationFilter();
  const organizations = useOrganizations(filter);
  const region = regions.data?.find((r) => r.id === filter.regionId);

  return (
    <>
      <PageHeader
        title={t('directory.title')}
        subtitle={t('directory.subtitle')}
        extra={
          canCreate && (
            <ButtonLink type="primary" icon={<PlusOutlined aria-hidden />} to={paths.directory.newOrganization.getHref(filter.regionId)}>
              {t('directory.newOrganization')}
            </ButtonLink>
          )
        }
      />
      <Row gutter={[16, 16]}>
        {!isMobile && (
          // Sticky: the tree stays in view while a long list scrolls.
          <Col md={9} lg={7} style={{ position: 'sticky', top: 88, alignSelf: 'flex-start' }}>
            <Card
              title={t('directory.regions')}
              size="small"
              styles={{ body: { height: 'calc(100vh - 150px)', minHeight: 360, display: 'flex', flexDirection: 'column', overflow: 'hidden' } }}
            >
              {regions.data ? (
                <RegionTree regions={regions.data} selectedId={filter.regionId} onSelect={(regionId) => update({ regionId })} />
              ) : regions.isError ? (
                <QueryError error={regions.error} onRetry={() => void regions.refetch()} />
              ) : (
                <Skeleton active />
              )}
            </Card>
          </Col>
        )}
        <Col xs={24} md={15} lg={17}>
          <Card size="small">
            <Flex vertical gap={12}>
              <OrganizationFilters filter={filter} onChange={update} showRegion={isMobile} />
              {region && !isMobile && (
                <div>
                  <Tag closable color="blue" onClose={() => update({ regionId: undefined })}>
                    {format.name(region.nameZh, region.nameEn)}
                  </Tag>
                </div>
              )}
              {organizations.isError ? (
                <QueryError error={organizations.error} onRetry={() => void organizations.refetch()} />
              ) : (
                <OrganizationTable
                  items={organizations.data?.items}
                  total={organizations.data?.total ?? 0}
                  loading={organizations.isFetching}
                  page={filter.page}
                  pageSize={filter.pageSize}
                  onPage={(page, pageSize) => update({ page, pageSize })}
                  compact={isMobile}
                />
              )}
            </Flex>
          </Card>
        </Col>
      </Row>
    </>
  );
}
