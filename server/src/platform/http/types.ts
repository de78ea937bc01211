import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { Config } from '../../config.ts';
import type { SmsSender } from '../auth/sms-sender.ts';
import type { DataProtector } from '../crypto/data-protection.ts';
import type { Db } from '../db/database.ts';
import type { FileStore } from '../files/file-store.ts';

/** The Fastify instance every module registers its routes on: schemas give the handler's types. */
export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

/** What modules may use, passed explicitly at registration: no service locator. */
export interface AppDeps {
  config: Config;
  db: Db;
  sms: SmsSender;
  protector: DataProtector;
  /** The one encrypted store of uploaded files (documents, evidence, attachments). */
  files: FileStore;
}

export interface ModuleOptions {
  deps: AppDeps;
}
