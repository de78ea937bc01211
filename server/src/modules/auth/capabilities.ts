import type { Capability } from '../../../../common/capabilities.ts';
import type { Role } from '../../../../common/roles.ts';
import { installedModules } from '../../platform/modules/installed-modules.ts';

/**
 * The parts of the staff app that any of the actor's grants opens, in the order of the module list. Each
 * module declares its own (`<name>.capabilities.ts`); they keep menus and buttons to what can work, and the
 * access policy still decides every request.
 */
export function capabilitiesOf(actor: { grants: readonly { role: Role }[] }): Capability[] {
  const roles = new Set(actor.grants.map((grant) => grant.role));
  return installedModules().flatMap((module) =>
    Object.entries(module.capabilities ?? {})
      .filter(([, opening]) => opening?.some((role) => roles.has(role)))
      .map(([capability]) => capability as Capability),
  );
}
