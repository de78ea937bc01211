import { PlusOutlined } from '@ant-design/icons';
import { Card, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-states.tsx';
import { useIsMobile } from '../../../lib/use-is-mobile.ts';
import { useExchanges } from '../api/get-exchanges.ts';
import { ExchangeFilters } from '../components/exchanges/exchange-filters.tsx';
import { ExchangeTable } from '../components/exchanges/exchange-table.tsx';
import { exchangeListSearchParams, parseExchangeListView, toExchangeFilter, type ExchangeListView } from '../logic/exchange-filter.ts';

/** 交流活动: the log of visits, research sessions, trainings… of the caller's organizations and jurisdiction. */
export function ExchangesRoute() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const view = parseExchangeListView(params);
  const exchanges = useExchanges(toExchangeFilter(view));
  const update = (change: Partial<ExchangeListView>) => setParams(exchangeListSearchParams({ ...view, page: 1, ...change }), { replace: true });
  const link = view.pairingId
    ? { type: 'pairing' as const, id: view.pairingId }
    : view.communityId
      ? { type: 'community' as const, id: view.communityId }
      : view.allianceId
        ? { type: 'alliance' as const, id: view.allianceId }
        : undefined;

  return (
    <>
      <PageHeader
        title={t('cooperation.exchanges.title')}
        subtitle={t('cooperation.exchanges.subtitle')}
        extra={
          <ButtonLink type="primary" icon={<PlusOutlined aria-hidden />} to={paths.cooperation.newExchange.getHref(link)}>
            {t('cooperation.exchanges.log')}
          </ButtonLink>
        }
      />
      <Card size="small">
        <Flex vertical gap={12}>
          <ExchangeFilters view={view} onChange={update} />
          {link && (
            <div>
              <Tag closable color="blue" onClose={() => update({ pairingId: undefined, communityId: undefined, allianceId: undefined })}>
                {t(`cooperation.exchanges.onlyOf.${link.type}`)}
              </Tag>
            </div>
          )}
          {exchanges.isError ? (
            <QueryError error={exchanges.error} onRetry={() => void exchanges.refetch()} />
          ) : (
            <ExchangeTable
              items={exchanges.data?.items}
              total={exchanges.data?.total ?? 0}
              totalIsLowerBound={exchanges.data?.totalIsLowerBound}
              loading={exchanges.isFetching}
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
