import { CheckOutlined, CloseOutlined, RollbackOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../lib/api-client.ts';
import { useFormat } from '../../../../lib/format.ts';
import type { PairingDetail } from '../../api/cooperation-types.ts';
import { useDecidePairing, type PairingDecision } from '../../api/decide-pairing.ts';
import { ReasonDialog } from '../../../../components/reason-dialog.tsx';

type ReasonAction = 'decline' | 'reject' | 'withdraw' | 'end';

/** The buttons the caller may use now (the server says which), each with its reason where others read one. */
export function PairingActions({ pairing }: { pairing: PairingDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { message, modal } = App.useApp();
  const decide = useDecidePairing(pairing.id);
  const [asking, setAsking] = useState<ReasonAction | null>(null);
  const pendingSides = pairing.sides.filter((s) => s.approvedAt === null);
  // Asked only when the server finds the caller covers several pending sides (e.g. a municipality's bureau).
  const [side, setSide] = useState<string | undefined>(undefined);
  const [mustChooseSide, setMustChooseSide] = useState(false);
  const p = pairing.permissions;

  const run = async (decision: PairingDecision, done: string) => {
    try {
      await decide.mutateAsync(decision);
      void message.success(done);
      setAsking(null);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'cooperation.pairing_side_ambiguous') setMustChooseSide(true);
      modal.error({ title: error instanceof Error ? error.message : t('errors.loadFailed') });
    }
  };

  const approve = () =>
    void run(
      { action: 'approve', version: pairing.version, regionId: mustChooseSide ? (side ?? pendingSides[0]?.regionId) : undefined },
      t('cooperation.pairings.approved'),
    );

  const any = p.canAccept || p.canDecline || p.canWithdraw || p.canApprove || p.canReject || p.canEnd;
  if (!any) return null;
  return (
    <Card
      size="small"
      title={p.canAccept || p.canApprove || p.canDecline || p.canReject ? t('cooperation.pairings.yourTurn') : t('cooperation.pairings.actions')}
    >
      <Flex vertical gap={12}>
        {p.canApprove && mustChooseSide && (
          <div>
            <Typography.Text type="secondary">{t('cooperation.pairings.approveWhichSide')}</Typography.Text>
            <Radio.Group
              value={side ?? pendingSides[0]?.regionId}
              onChange={(e) => setSide(e.target.value as string)}
              options={pendingSides.map((s) => ({ value: s.regionId, label: format.name(s.regionNameZh, s.regionNameEn) }))}
              style={{ display: 'flex', flexDirection: 'column', marginTop: 4 }}
            />
          </div>
        )}
        <Flex gap={8} wrap>
          {p.canAccept && (
            <Button
              type="primary"
              icon={<CheckOutlined aria-hidden />}
              loading={decide.isPending}
              onClick={() => void run({ action: 'accept', version: pairing.version }, t('cooperation.pairings.accepted'))}
            >
              {t('cooperation.pairings.accept')}
            </Button>
          )}
          {p.canApprove && (
            <Button type="primary" icon={<CheckOutlined aria-hidden />} loading={decide.isPending} onClick={approve}>
              {t('cooperation.pairings.approve')}
            </Button>
          )}
          {p.canDecline && (
            <Button danger icon={<CloseOutlined aria-hidden />} onClick={() => setAsking('decline')}>
              {t('cooperation.pairings.decline')}
            </Button>
          )}
          {p.canReject && (
            <Button danger icon={<CloseOutlined aria-hidden />} onClick={() => setAsking('reject')}>
              {t('cooperation.pairings.reject')}
            </Button>
          )}
          {p.canWithdraw && (
            <Button icon={<RollbackOutlined aria-hidden />} onClick={() => setAsking('withdraw')}>
              {t('cooperation.pairings.withdraw')}
            </Button>
          )}
          {p.canEnd && (
            <Button danger icon={<StopOutlined aria-hidden />} onClick={() => setAsking('end')}>
              {t('cooperation.pairings.end')}
            </Button>
          )}
        </Flex>
      </Flex>
      <ReasonDialog
        open={asking !== null}
        title={asking ? t(`cooperation.pairings.${asking}Title`) : ''}
        hint={asking ? t(`cooperation.pairings.${asking}Hint`) : undefined}
        okText={asking ? t(`cooperation.pairings.${asking}`) : ''}
        danger={asking !== 'withdraw'}
        required={asking !== 'withdraw'}
        dateLabel={asking === 'end' ? t('cooperation.pairings.endsOn') : undefined}
        loading={decide.isPending}
        onCancel={() => setAsking(null)}
        onSubmit={(reason, date) => {
          if (!asking) return;
          const done = t(`cooperation.pairings.${asking}Done`);
          const version = pairing.version;
          if (asking === 'withdraw') return run({ action: 'withdraw', version, reason }, done);
          if (asking === 'end') return run({ action: 'end', version, reason: reason ?? '', endsOn: date }, done);
          return run({ action: asking, version, reason: reason ?? '' }, done);
        }}
      />
    </Card>
  );
}
