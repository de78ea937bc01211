import { Alert, Col, Flex, Row, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSpinner, QueryError } from '../../../components/query-states.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useIsMobile } from '../../../lib/use-is-mobile.ts';
import { useAllocationPolicy } from '../api/get-allocation-policy.ts';
import { useAllocationRuns } from '../api/get-allocation-runs.ts';
import { allocationRounds, shownRun } from '../components/allocation-rounds.ts';
import { PolicyStatusTag } from '../components/policy-status-tag.tsx';
import { RoundStepsCard } from '../components/round-steps-card.tsx';
import { RunHistoryCard } from '../components/run-history-card.tsx';
import { RunResultCard } from '../components/run-result-card.tsx';
import { UnplacedCard } from '../components/unplaced-card.tsx';

/** The allocation (派位) of one policy: rounds with seed, dry and final runs; the unplaced list; every run so far. */
export function AllocationRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const isMobile = useIsMobile();
  const policyId = useParams().policyId ?? '';
  const [params, setParams] = useSearchParams();
  const policy = useAllocationPolicy(policyId);
  const runs = useAllocationRuns(policyId);

  if (policy.isPending || runs.isPending) return <PageSpinner />;
  if (policy.isError) return <QueryError error={policy.error} onRetry={() => void policy.refetch()} />;
  if (runs.isError) return <QueryError error={runs.error} onRetry={() => void runs.refetch()} />;

  const p = policy.data;
  const rounds = allocationRounds(runs.data);
  const open = rounds.find((r) => r.isOpen) ?? rounds.at(-1)!;
  const state = rounds.find((r) => r.round === Number(params.get('round'))) ?? open;
  const canAct = p.status === 'published';
  const showRound = (round: number) => setParams(round === open.round ? {} : { round: String(round) }, { replace: true });
  const routeName = (code: string) => {
    const route = p.routes.find((r) => r.code === code);
    return route ? format.name(route.nameZh, route.nameEn) : code;
  };

  return (
    <>
      <PageHeader
        title={format.name(p.titleZh, p.titleEn)}
        subtitle={
          <Flex gap={8} wrap align="center" component="span">
            <span>{[format.name(p.hostRegionNameZh, p.hostRegionNameEn), p.schoolYear, t(`grades.${p.entryGrade}`)].join(' · ')}</span>
            <PolicyStatusTag status={p.status} />
          </Flex>
        }
        backTo={paths.enrollmentAllocation.root.getHref()}
      />
      <Flex vertical gap={16}>
        {!canAct && <Alert type="info" showIcon title={t('enrollmentAllocation.closedNotice')} />}
        {rounds.length > 1 && (
          <Segmented
            aria-label={t('enrollmentAllocation.roundLabel')}
            value={state.round}
            onChange={showRound}
            options={rounds.map((r) => ({
              value: r.round,
              label: t(r.final ? 'enrollmentAllocation.roundDone' : 'enrollmentAllocation.round', { round: r.round }),
            }))}
            style={{ alignSelf: 'flex-start', maxWidth: '100%', overflowX: 'auto' }}
          />
        )}
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={9}>
            <RoundStepsCard policyId={policyId} state={state} canAct={canAct} onFinal={(round) => setParams({ round: String(round) }, { replace: true })} />
          </Col>
          <Col xs={24} lg={15}>
            <RunResultCard run={shownRun(state)} compact={isMobile} />
          </Col>
        </Row>
        <UnplacedCard policyId={policyId} routeName={routeName} canPlace={canAct} compact={isMobile} />
        <RunHistoryCard runs={runs.data.items} compact={isMobile} />
      </Flex>
    </>
  );
}
