import type { FileStore } from '../../platform/files/file-store.ts';
import type { ModuleOptions } from '../../platform/http/types.ts';

/** What the cooperation parts receive: the platform's dependencies and the store of uploaded files. */
export interface CooperationOptions extends ModuleOptions {
  files: FileStore;
}
