import { PlusOutlined } from '@ant-design/icons';
import { Card, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AGREEMENT_STATUSES, type AgreementStatus } from '../../../../../common/cooperation.ts';
import { paths } from '../../../app/paths.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-states.tsx';
import { useCanAccess } from '../../../lib/access.ts';
import { useIsMobile } from '../../../lib/use-is-mobile.ts';
import { useAgreements } from '../api/get-agreements.ts';
import { AgreementTable } from '../components/agreements/agreement-table.tsx';
import { RegionSelect } from '../components/region-select.tsx';
import { parseSimpleListView, simpleListSearchParams, type SimpleListView } from '../logic/list-view.ts';

/** 合作协议: agreements between bureaus and schools, drafts of the caller's organizations included. */
export function AgreementsRoute() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const canCreate = useCanAccess('cooperationAgreementCreate');
  const [params, setParams] = useSearchParams();
  const view = parseSimpleListView(params, AGREEMENT_STATUSES);
  const agreements = useAgreements({ status: view.status, regionId: view.regionId, page: view.page, pageSize: view.pageSize });
  const update = (change: Partial<SimpleListView<AgreementStatus>>) => setParams(simpleListSearchParams({ ...view, page: 1, ...change }), { replace: true });
  const field = { flex: '1 1 180px', minWidth: 0 };
  return (
    <>
      <PageHeader
        title={t('cooperation.agreements.title')}
        subtitle={t('cooperation.agreements.subtitle')}
        extra={
          canCreate && (
            <ButtonLink type="primary" icon={<PlusOutlined aria-hidden />} to={paths.cooperation.newAgreement.getHref()}>
              {t('cooperation.agreements.new')}
            </ButtonLink>
          )
        }
      />
      <Card size="small">
        <Flex vertical gap={12}>
          <Flex gap={8} wrap>
            <Select
              allowClear
              placeholder={t('cooperation.agreements.status')}
              aria-label={t('cooperation.agreements.status')}
              value={view.status}
              onChange={(status) => update({ status })}
              options={AGREEMENT_STATUSES.map((status) => ({ value: status, label: t(`cooperation.agreementStatuses.${status}`) }))}
              style={field}
            />
            <div style={{ ...field, flex: '2 1 220px' }}>
              <RegionSelect value={view.regionId} onChange={(regionId) => update({ regionId })} />
            </div>
          </Flex>
          {agreements.isError ? (
            <QueryError error={agreements.error} onRetry={() => void agreements.refetch()} />
          ) : (
            <AgreementTable
              items={agreements.data?.items}
              total={agreements.data?.total ?? 0}
              loading={agreements.isFetching}
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
