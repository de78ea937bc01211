import type { Role } from '../../../../common/roles.ts';
import { AppError } from '../http/errors.ts';
import { onModulesInstalled } from '../modules/installed-modules.ts';
import type { Actor } from './actor.ts';
import { grantsOf, isPlatformAdmin } from './grants.ts';
import type { Action, PolicySection, Resource } from './policy-section.ts';

export type { Action, Resource } from './policy-section.ts';

/**
 * The one access policy. Every handler asks it first: `authorize(actor, 'update', resource)`. Each module
 * brings the section for its resource types (`<module>.policy.ts`); the platform only finds the section
 * and denies what no section owns.
 */
const sections = new Map<string, PolicySection>();

onModulesInstalled((modules) => {
  sections.clear();
  for (const section of modules.flatMap((m) => m.policy ?? [])) {
    for (const type of section.resourceTypes) {
      if (sections.has(type)) throw new Error(`two policy sections own the resource type ${type}`);
      sections.set(type, section);
    }
  }
});

/** The resource types some section owns (the database-free policy table checks that it covers them all). */
export const policyResourceTypes = (): string[] => [...sections.keys()];

export function can(actor: Actor | null, action: Action, resource: Resource): boolean {
  if (!actor) return false;
  const section = sections.get(resource.type);
  return section ? section.can(actor, action, resource) : false;
}

/** `can` or a 403 (401 when nobody is signed in). */
export function authorize(actor: Actor | null, action: Action, resource: Resource): asserts actor is Actor {
  if (!actor) throw new AppError('auth.required', 401);
  if (!can(actor, action, resource)) throw new AppError('auth.forbidden', 403);
}

/** The region paths an actor administers (for filtering lists); null means everything. */
export function jurisdictionOf(actor: Actor, ...roles: Role[]): string[] | null {
  if (isPlatformAdmin(actor)) return null;
  return grantsOf(actor, ...roles)
    .map((g) => g.scopePath)
    .filter((p): p is string => p !== null);
}
