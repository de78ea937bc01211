import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from '../types.ts';

type Tone = 'grey' | 'blue' | 'orange' | 'green' | 'red' | 'purple' | 'teal';

/** The colour says how it is going; the word says what it is (colour is never the only sign). */
const TONES: Record<ApplicationStatus, Tone> = {
  draft: 'grey',
  submitted: 'blue',
  supplement_requested: 'orange',
  approved: 'green',
  rejected: 'red',
  appealed: 'purple',
  placed: 'teal',
  unplaced: 'orange',
  accepted: 'green',
  declined: 'grey',
  enrolled: 'green',
  no_show: 'grey',
  withdrawn: 'grey',
};

export function StatusChip({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return <span className={`chip chip-${TONES[status]}`}>{t(`family.status.${status}`)}</span>;
}

export function Chip({ tone = 'grey', children }: { tone?: Tone; children: string }) {
  return <span className={`chip chip-${tone}`}>{children}</span>;
}
