import type { WizardStep } from '../../../app/paths.ts';
import type { Application, Material } from '../../../types.ts';

/** One thing the server checks on submission, and the step where the family fixes it. */
export type ChecklistItem =
  | { key: 'consent' | 'guardianName' | 'residenceAddress' | 'workKind' | 'employer' | 'preferences' | 'window'; step: WizardStep | 'consent' }
  | { key: 'material' | 'resupply'; step: 'documents'; material: Material };

const LIVE = new Set(['pending', 'accepted']);

/**
 * What still keeps this application from being submitted, as the server's completeness rules say
 * (applications/application-rules.ts): shown on the review page so a family fixes all of it in one go.
 * The server checks again; its answer wins.
 */
export function submitChecklist(application: Application): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  if (!application.policy.isWindowOpen) items.push({ key: 'window', step: 'review' });
  if (!application.child.hasConsent) items.push({ key: 'consent', step: 'consent' });
  if (!application.guardianName) items.push({ key: 'guardianName', step: 'work' });
  if (!application.residenceAddress) items.push({ key: 'residenceAddress', step: 'residence' });
  if (!application.workKind) items.push({ key: 'workKind', step: 'work' });
  else if ((application.workKind === 'employed' || application.workKind === 'self_employed') && !application.employer)
    items.push({ key: 'employer', step: 'work' });
  if (application.preferences.length === 0) items.push({ key: 'preferences', step: 'schools' });
  const live = application.documents.filter((d) => LIVE.has(d.status));
  for (const { material, requirement } of application.route.materials) {
    if (requirement === 'mandatory' && !live.some((d) => d.material === material)) items.push({ key: 'material', step: 'documents', material });
  }
  const supplement = application.supplementRequest;
  for (const material of supplement?.materials ?? []) {
    if (!live.some((d) => d.material === material && d.supplementRequestId === supplement!.id)) items.push({ key: 'resupply', step: 'documents', material });
  }
  return items;
}
