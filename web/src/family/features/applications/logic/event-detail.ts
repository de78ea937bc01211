import type { ApplicationEvent, Material } from '../../../types.ts';

const MATERIALS = new Set<string>([
  'residence_permit',
  'employment_proof',
  'labour_contract',
  'business_licence',
  'social_insurance_record',
  'hukou_register',
  'birth_certificate',
  'housing_proof',
  'other',
] satisfies Material[]);

/** What of an event's detail the timeline shows: a reason, a message, a deadline, materials asked for. */
export interface EventDetail {
  reason: string | null;
  message: string | null;
  deadline: string | null;
  materials: Material[];
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** Reads only the fields it knows, of the types it expects: the detail is free-form JSON from the server. */
export function eventDetail(event: Pick<ApplicationEvent, 'detail'>): EventDetail {
  const detail = event.detail ?? {};
  const materials = Array.isArray(detail.materials) ? detail.materials.filter((m): m is Material => typeof m === 'string' && MATERIALS.has(m)) : [];
  return { reason: text(detail.reason), message: text(detail.message), deadline: text(detail.deadline), materials };
}

/** The timeline newest first, as a family reads what happened last. */
export const newestFirst = <T extends Pick<ApplicationEvent, 'at'>>(events: readonly T[]): T[] => [...events].sort((a, b) => b.at.localeCompare(a.at));

/** The last day to appeal: the decision plus the policy's appeal days. */
export function appealDeadline(decidedAt: string | null, appealDays: number): string | null {
  if (!decidedAt) return null;
  return new Date(Date.parse(decidedAt) + appealDays * 24 * 3600_000).toISOString();
}
