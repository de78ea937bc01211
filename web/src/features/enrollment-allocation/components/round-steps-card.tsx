import { App, Button, Card, Flex, Popconfirm, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { usePublishLotterySeed } from '../api/publish-lottery-seed.ts';
import { useRunDryAllocation } from '../api/run-dry-allocation.ts';
import { useRunFinalAllocation } from '../api/run-final-allocation.ts';
import type { RoundState } from './allocation-rounds.ts';

interface RoundStepsCardProps {
  policyId: string;
  state: RoundState;
  /** Only a published policy allocates; a closed one shows what happened. */
  canAct: boolean;
  /** After the final run: the page keeps showing this round's result instead of moving to the next round. */
  onFinal: (round: number) => void;
}

/** One round, as its three steps: publish the seed, dry runs, the one final run. */
export function RoundStepsCard({ policyId, state, canAct, onFinal }: RoundStepsCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { message, modal } = App.useApp();
  const publishSeed = usePublishLotterySeed(policyId);
  const dryRun = useRunDryAllocation(policyId);
  const finalRun = useRunFinalAllocation(policyId);
  const { round, seed, final } = state;
  const onError = (error: Error) => void message.error(error.message);
  const actionable = canAct && state.isOpen;

  const confirmFinal = () =>
    modal.confirm({
      title: t('enrollmentAllocation.finalConfirmTitle', { round }),
      content: t('enrollmentAllocation.finalConfirmBody'),
      okText: t('enrollmentAllocation.finalConfirmOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        finalRun.mutateAsync(round).then((run) => {
          onFinal(round);
          void message.success(t('enrollmentAllocation.finalDone', { round, placed: run.placedCount, deadline: format.dateTime(run.offerDeadline) }));
        }, onError),
    });

  const current = final ? 3 : seed ? (state.latestDryRun ? 2 : 1) : 0;
  return (
    <Card size="small" title={t('enrollmentAllocation.stepsTitle', { round })}>
      {round > 1 && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t('enrollmentAllocation.secondRoundHint', { round })}
        </Typography.Paragraph>
      )}
      <Steps
        orientation="vertical"
        size="small"
        current={current}
        items={[
          {
            title: t('enrollmentAllocation.seedStep'),
            content: (
              <Flex vertical gap={8} align="flex-start" style={{ paddingBottom: 12 }}>
                {seed ? (
                  <>
                    <Typography.Text code copyable style={{ wordBreak: 'break-all', fontSize: 12 }}>
                      {seed.seed}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('enrollmentAllocation.seedPublishedAt', { time: format.dateTime(seed.publishedAt) })}
                    </Typography.Text>
                  </>
                ) : (
                  <>
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {t(actionable ? 'enrollmentAllocation.seedHint' : 'enrollmentAllocation.seedMissing')}
                    </Typography.Text>
                    {actionable && (
                      <Popconfirm
                        title={t('enrollmentAllocation.publishSeedConfirm', { round })}
                        description={t('enrollmentAllocation.publishSeedConfirmHint')}
                        okText={t('enrollmentAllocation.publishSeed')}
                        cancelText={t('common.cancel')}
                        onConfirm={() => publishSeed.mutateAsync(round).then(() => void message.success(t('enrollmentAllocation.seedPublished')), onError)}
                      >
                        <Button type="primary" loading={publishSeed.isPending}>
                          {t('enrollmentAllocation.publishSeed')}
                        </Button>
                      </Popconfirm>
                    )}
                  </>
                )}
              </Flex>
            ),
          },
          {
            title: t('enrollmentAllocation.dryRunStep'),
            content: (
              <Flex vertical gap={8} align="flex-start" style={{ paddingBottom: 12 }}>
                {actionable ? (
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {t('enrollmentAllocation.dryRunHint')}
                  </Typography.Text>
                ) : (
                  state.latestDryRun && (
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {t('enrollmentAllocation.latestDryRun', { time: format.dateTime(state.latestDryRun.runAt) })}
                    </Typography.Text>
                  )
                )}
                {actionable && (
                  <Button
                    disabled={!seed}
                    title={seed ? undefined : t('enrollmentAllocation.needSeed')}
                    loading={dryRun.isPending}
                    onClick={() =>
                      dryRun.mutate(round, {
                        onError,
                        onSuccess: (run) =>
                          void message.success(t('enrollmentAllocation.dryRunDone', { placed: run.placedCount, unplaced: run.unplacedCount })),
                      })
                    }
                  >
                    {t('enrollmentAllocation.runDry')}
                  </Button>
                )}
              </Flex>
            ),
          },
          {
            title: t('enrollmentAllocation.finalStep'),
            content: (
              <Flex vertical gap={8} align="flex-start">
                {final ? (
                  <Typography.Text>{t('enrollmentAllocation.finalRanAt', { time: format.dateTime(final.runAt), name: final.runByName })}</Typography.Text>
                ) : (
                  <>
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {t('enrollmentAllocation.finalHint')}
                    </Typography.Text>
                    {actionable && (
                      <Button
                        type="primary"
                        danger
                        disabled={!seed}
                        title={seed ? undefined : t('enrollmentAllocation.needSeed')}
                        loading={finalRun.isPending}
                        onClick={confirmFinal}
                      >
                        {t('enrollmentAllocation.runFinal')}
                      </Button>
                    )}
                  </>
                )}
              </Flex>
            ),
          },
        ]}
      />
    </Card>
  );
}
