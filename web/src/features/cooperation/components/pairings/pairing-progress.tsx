import { Card, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../lib/format.ts';
import type { PairingDetail } from '../../api/cooperation-types.ts';
import { currentStepIndex, pairingProgress, STOPPED_STATUSES, type ProgressStep } from '../../logic/pairing-progress.ts';

/** The two-step approval at a glance: who accepted, which side's bureau approved, and what is still open. */
export function PairingProgress({ pairing }: { pairing: PairingDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const steps = pairingProgress(pairing);
  const current = currentStepIndex(steps);
  const stopped = STOPPED_STATUSES.includes(pairing.status);
  const school = (id: string | null) => pairing.schools.find((s) => s.id === id);
  const side = (id: string | null) => pairing.sides.find((s) => s.regionId === id);

  const title = (step: ProgressStep) => {
    switch (step.kind) {
      case 'proposed':
      case 'accepted': {
        const s = school(step.subjectId);
        return t(`cooperation.progress.${step.kind}`, { name: s ? format.name(s.nameZh, s.nameEn) : '' });
      }
      case 'approved': {
        const s = side(step.subjectId);
        return t('cooperation.progress.approved', { region: s ? format.name(s.regionNameZh, s.regionNameEn) : '' });
      }
      case 'active':
        return t('cooperation.progress.active');
    }
  };
  const content = (step: ProgressStep, index: number) => {
    if (step.done) {
      const by = step.bureau ? ` · ${format.name(step.bureau.nameZh, step.bureau.nameEn)}` : '';
      return step.at ? `${format.dateTime(step.at)}${by}` : undefined;
    }
    if (index !== current) return t('cooperation.progress.waiting');
    return stopped ? t(`cooperation.pairingStatuses.${pairing.status}`) : t('cooperation.progress.pending');
  };

  return (
    <Card size="small" title={t('cooperation.progress.title')}>
      <Steps
        orientation="vertical"
        size="small"
        current={Math.min(current, steps.length - 1)}
        status={stopped ? 'error' : current >= steps.length ? 'finish' : 'process'}
        items={steps.map((step, index) => ({
          key: `${step.kind}:${step.subjectId ?? ''}`,
          title: title(step),
          content: (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {content(step, index)}
            </Typography.Text>
          ),
        }))}
      />
    </Card>
  );
}
