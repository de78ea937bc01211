import type { FastifyBaseLogger } from 'fastify';
import type { Capability } from '../../../../common/capabilities.ts';
import type { Locale } from '../../../../common/locales.ts';
import type { Role } from '../../../../common/roles.ts';
import type { Config } from '../../config.ts';
import type { DataProtector } from '../crypto/data-protection.ts';
import type { Db } from '../db/database.ts';
import type { FileStore } from '../files/file-store.ts';
import type { App, ModuleOptions } from '../http/types.ts';
import type { PolicySection } from '../access/policy-section.ts';
import type { TodoSource } from '../todos/todo-contract.ts';

/** A text in every locale the platform speaks. */
export type Localised = Record<Locale, string>;

/** Tables of names for error and notification params: `status:<key>` (errors) or a bare key (notifications). */
export type ParamNames = Record<string, Record<string, Localised>>;

export interface ModuleRoutes {
  /** Where the plugin's routes live, e.g. '/api/enrollment'; '' for routes that name their full path. */
  prefix: string;
  plugin: (app: App, options: ModuleOptions) => Promise<void>;
}

/** What a periodic job or a seed may use: the same explicit dependencies as routes, no service locator. */
export interface ModuleContext {
  db: Db;
  config: Config;
  files: FileStore;
  protector: DataProtector;
  log: Pick<FastifyBaseLogger, 'info' | 'error'>;
}

/** A periodic job: each run is idempotent, so several app instances running it do no harm. */
export interface ModuleJob {
  name: string;
  run(ctx: ModuleContext): Promise<Record<string, number> | void>;
}

/**
 * One business module as the platform sees it: everything it brings, declared in its
 * `<name>.module.ts`. The platform iterates over the descriptors in `server/src/module-list.ts` and
 * never names a module; a module's table types are declared in its `<name>.tables.ts` (merged into
 * the platform's `Database`), and its error codes and notification kinds are merged the same way.
 */
export interface PlatformModule {
  name: string;
  routes?: ModuleRoutes[];
  /** Its part of the one access policy: the resource types it owns and the rules for them. */
  policy?: PolicySection[];
  /**
   * The parts of the staff app it opens (menus, pages, create buttons) and the roles that open each one; the
   * names are added to `common/capabilities.ts` by declaration merging. The policy still decides each request.
   */
  capabilities?: Partial<Record<Capability, readonly Role[]>>;
  /** Its error codes with their zh-CN and en-US messages (`{param}` placeholders). */
  errors?: Record<string, Localised>;
  /** Names used by `<param>:<key>` error params (statuses, materials …). */
  errorParamNames?: ParamNames;
  /** Its notification kinds, with the title and body in each locale. */
  notifications?: Record<string, Record<Locale, { title: string; body: string }>>;
  /** Names of bare-key notification params (e.g. a material key shown as 居住证 / residence permit). */
  notificationParamNames?: ParamNames;
  /** What waits for a staff member in this module: read by the to-do list and its header count. */
  todos?: TodoSource[];
  /** Periodic work (expiry, reminders, retention). */
  jobs?: ModuleJob[];
  /** Reference data every deployment needs (run at every start, idempotent). */
  referenceData?: (ctx: ModuleContext) => Promise<number>;
  /** Demonstration data for an empty development database, in the order of the module list. */
  demoSeed?: (ctx: ModuleContext) => Promise<number>;
  /** Its audit action names with their localised labels. */
  auditActions?: Record<string, Localised>;
}
