import type { PlatformModule } from './module-contract.ts';

let installed: readonly PlatformModule[] | null = null;

/**
 * Makes the module list known to the platform (policy sections, error texts, notification texts, jobs,
 * seeds). Called once by `server/src/module-list.ts`; the platform itself names no module.
 */
export function installModules(modules: readonly PlatformModule[]): void {
  const names = new Set<string>();
  for (const m of modules) {
    if (names.has(m.name)) throw new Error(`module ${m.name} is listed twice`);
    names.add(m.name);
  }
  installed = modules;
  for (const listener of listeners) listener(modules);
}

const listeners: ((modules: readonly PlatformModule[]) => void)[] = [];

/** Platform parts that index the modules (the policy by resource type, the error catalogue) rebuild here. */
export function onModulesInstalled(listener: (modules: readonly PlatformModule[]) => void): void {
  listeners.push(listener);
  if (installed) listener(installed);
}

export function installedModules(): readonly PlatformModule[] {
  if (!installed) throw new Error('No modules installed: import server/src/module-list.ts before using the platform');
  return installed;
}
