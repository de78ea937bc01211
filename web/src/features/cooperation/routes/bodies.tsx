import { PlusOutlined } from '@ant-design/icons';
import { Card, Flex, Input, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-states.tsx';
import { useCanAccess } from '../../../lib/access.ts';
import { useIsMobile } from '../../../lib/use-is-mobile.ts';
import { useAlliances } from '../api/get-alliances.ts';
import type { BodyType } from '../api/get-body.ts';
import { useCommunities } from '../api/get-communities.ts';
import { BodyTable } from '../components/bodies/body-table.tsx';
import { RegionSelect } from '../components/region-select.tsx';
import { parseSimpleListView, simpleListSearchParams, type SimpleListView } from '../logic/list-view.ts';

/** 共同体与联盟: school development communities and alliances, a tab each (each tab its own address). */
function BodiesRoute({ type }: { type: BodyType }) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const canCreate = useCanAccess('cooperationBodyCreate');
  const [params, setParams] = useSearchParams();
  const view = parseSimpleListView<never>(params);
  const filter = { q: view.q, regionId: view.regionId, page: view.page, pageSize: view.pageSize };
  const communities = useCommunities(filter, type === 'community');
  const alliances = useAlliances(filter, type === 'alliance');
  const list = type === 'community' ? communities : alliances;
  const update = (change: Partial<SimpleListView<never>>) => setParams(simpleListSearchParams({ ...view, page: 1, ...change }), { replace: true });

  return (
    <>
      <PageHeader
        title={t('cooperation.bodies.title')}
        subtitle={t('cooperation.bodies.subtitle')}
        extra={
          canCreate && (
            <ButtonLink
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              to={type === 'community' ? paths.cooperation.newCommunity.getHref() : paths.cooperation.newAlliance.getHref()}
            >
              {t(`cooperation.bodies.new.${type}`)}
            </ButtonLink>
          )
        }
      />
      <Card size="small">
        <Tabs
          activeKey={type}
          onChange={(key) => void navigate(key === 'community' ? paths.cooperation.communities.getHref() : paths.cooperation.alliances.getHref())}
          items={[
            { key: 'community', label: t('cooperation.bodies.communities') },
            { key: 'alliance', label: t('cooperation.bodies.alliances') },
          ]}
        />
        <Flex vertical gap={12}>
          <Flex gap={8} wrap>
            <Input.Search
              key={view.q ?? ''}
              defaultValue={view.q}
              allowClear
              placeholder={t('cooperation.bodies.searchName')}
              aria-label={t('cooperation.bodies.searchName')}
              onSearch={(q) => update({ q: q.trim() || undefined })}
              style={{ flex: '2 1 220px', minWidth: 0 }}
            />
            <div style={{ flex: '1 1 200px', minWidth: 0 }}>
              <RegionSelect value={view.regionId} onChange={(regionId) => update({ regionId })} />
            </div>
          </Flex>
          {list.isError ? (
            <QueryError error={list.error} onRetry={() => void list.refetch()} />
          ) : (
            <BodyTable
              type={type}
              items={list.data?.items}
              total={list.data?.total ?? 0}
              loading={list.isFetching}
              page={view.page}
              pageSize={view.pageSize}
              onPage={(page, pageSize) => update({ page, pageSize })}
              compact={isMobile}
            />
          )}
        </Flex>
      </Card>
    </>
  );
}

export const CommunitiesRoute = () => <BodiesRoute type="community" />;
export const AlliancesRoute = () => <BodiesRoute type="alliance" />;
