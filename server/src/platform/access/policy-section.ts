import type { Actor } from './actor.ts';

/**
 * The resource types of the one policy, each module adding its own by interface merging in its
 * `<name>.policy.ts`: `declare module '…/policy-section.ts' { interface ResourceTypes { my_thing: { type: 'my_thing'; … } } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ResourceTypes {}

export type ResourceType = keyof ResourceTypes & string;
export type Resource = ResourceTypes[keyof ResourceTypes];

/** Actions every module may use; a module adds its own verbs (`submit`, `approve` …) to `ActionNames` the same way. */
export interface ActionNames {
  read: true;
  create: true;
  update: true;
  delete: true;
  list: true;
  import: true;
  export: true;
}

export type Action = keyof ActionNames & string;

/** A module's part of the policy: the rules for the resource types it owns, deciding alone (platform admins included). */
export interface PolicySection {
  resourceTypes: readonly ResourceType[];
  can(actor: Actor, action: Action, resource: Resource): boolean;
}

/** A section over some resource types; its rule sees only those types. */
export function definePolicySection<T extends ResourceType>(
  resourceTypes: readonly T[],
  can: (actor: Actor, action: Action, resource: ResourceTypes[T]) => boolean,
): PolicySection {
  return { resourceTypes, can: can as PolicySection['can'] };
}
