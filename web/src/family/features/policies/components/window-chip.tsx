import { useTranslation } from 'react-i18next';
import { Chip } from '../../../components/status-chip.tsx';
import type { WindowState } from '../policy-rules.ts';

const TONES = { open: 'green', upcoming: 'blue', closed: 'grey' } as const;

export function WindowChip({ state }: { state: WindowState }) {
  const { t } = useTranslation();
  return <Chip tone={TONES[state]}>{t(`family.policy.window.${state}`)}</Chip>;
}
