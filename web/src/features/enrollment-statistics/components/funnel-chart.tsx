import { Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import type { FunnelCounts } from '../api/get-statistics.ts';
import { formatShare, funnelSteps } from './funnel.ts';

/** The funnel drawn as centred bars, each as wide as its share of the applications. */
export function FunnelChart({ counts }: { counts: FunnelCounts }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { token } = theme.useToken();
  const steps = funnelSteps(counts);
  // One blue per stage, darker as the funnel narrows; each with a text colour that reads on it (4.5:1).
  const colors = [
    { background: token.blue2, color: token.blue9 },
    { background: token.blue3, color: token.blue9 },
    { background: token.blue7, color: token.colorTextLightSolid },
    { background: token.blue8, color: token.colorTextLightSolid },
  ];
  return (
    <Flex vertical gap={6} role="list" aria-label={t('enrollmentStatistics.funnelTitle')}>
      {steps.map((step, i) => (
        <Flex key={step.stage} vertical align="center" gap={2} role="listitem">
          <div
            style={{
              // Never thinner than its label, so a tiny stage still reads.
              width: `max(${Math.max(step.ofApplied, 0) * 100}%, 120px)`,
              maxWidth: '100%',
              ...colors[i],
              borderRadius: token.borderRadiusSM,
              padding: `${token.paddingXXS + 2}px ${token.paddingSM}px`,
              textAlign: 'center',
              transition: 'width .3s',
            }}
          >
            <span style={{ fontWeight: 600 }}>{t(`enrollmentStatistics.stages.${step.stage}`)}</span>{' '}
            <span style={{ fontVariantNumeric: 'tabular-nums' }}>{format.number(step.count)}</span>
          </div>
          {step.ofPrevious !== null && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('enrollmentStatistics.ofPrevious', { share: formatShare(step.ofPrevious, format.locale) })}
              {' · '}
              {t('enrollmentStatistics.ofApplied', { share: formatShare(step.ofApplied, format.locale) })}
            </Typography.Text>
          )}
        </Flex>
      ))}
    </Flex>
  );
}
