import type { App, ModuleOptions } from '../../platform/http/types.ts';

// School import and export (.xlsx/.csv): being written.
export async function schoolFileRoutes(_app: App, _options: ModuleOptions): Promise<void> {}
