import type { Grade, OrganizationKind, Stage } from '../../../../../common/directory.ts';

export const KIND_COLORS: Record<OrganizationKind, string> = {
  bureau: 'blue',
  coordination_body: 'purple',
  research_institute: 'cyan',
  school: 'green',
};

/** The grades a stage teaches: which seat fields the form offers for the stages ticked. */
export const STAGE_GRADES: Record<Stage, readonly Grade[]> = {
  kindergarten: ['k1', 'k2', 'k3'],
  primary: ['g1', 'g2', 'g3', 'g4', 'g5', 'g6'],
  junior: ['g7', 'g8', 'g9'],
  senior: ['g10', 'g11', 'g12'],
  vocational: ['g10', 'g11', 'g12'],
};
