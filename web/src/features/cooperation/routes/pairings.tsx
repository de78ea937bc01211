import { AimOutlined, PlusOutlined } from '@ant-design/icons';
import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-states.tsx';
import { useCanAccess } from '../../../lib/access.ts';
import { useIsMobile } from '../../../lib/use-is-mobile.ts';
import { usePairings } from '../api/get-pairings.ts';
import { PairingFilters } from '../components/pairings/pairing-filters.tsx';
import { PairingTable } from '../components/pairings/pairing-table.tsx';
import { pairingListSearchParams, parsePairingListView, toPairingFilter, type PairingListView } from '../logic/pairing-filter.ts';

/** 结对学校: pairings across regions by batch and status, and those waiting for the caller. */
export function PairingsRoute() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const canPropose = useCanAccess('cooperationPairingCreate');
  const canFind = useCanAccess('cooperationPartnerFinder');
  const [params, setParams] = useSearchParams();
  const view = parsePairingListView(params);
  const pairings = usePairings(toPairingFilter(view));
  // Any change but paging goes back to page 1.
  const update = (change: Partial<PairingListView>) => setParams(pairingListSearchParams({ ...view, page: 1, ...change }), { replace: true });

  return (
    <>
      <PageHeader
        title={t('cooperation.pairings.title')}
        subtitle={t('cooperation.pairings.subtitle')}
        extra={
          <>
            {canFind && (
              <ButtonLink icon={<AimOutlined aria-hidden />} to={paths.cooperation.partnerFinder.getHref()}>
                {t('cooperation.finder.open')}
              </ButtonLink>
            )}
            {canPropose && (
              <ButtonLink type="primary" icon={<PlusOutlined aria-hidden />} to={paths.cooperation.newPairing.getHref()}>
                {t('cooperation.pairings.propose')}
              </ButtonLink>
            )}
          </>
        }
      />
      <Card size="small">
        <Flex vertical gap={12}>
          <PairingFilters view={view} onChange={update} />
          {pairings.isError ? (
            <QueryError error={pairings.error} onRetry={() => void pairings.refetch()} />
          ) : (
            <PairingTable
              items={pairings.data?.items}
              total={pairings.data?.total ?? 0}
              loading={pairings.isFetching}
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
