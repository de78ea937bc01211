import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { CooperationFileTable } from './cooperation.tables.ts';

export type FileRow = Selectable<CooperationFileTable>;
export type FileOwner = FileRow['owner_type'];

export async function insertFile(db: DbOrTx, row: FileRow): Promise<void> {
  await db.insertInto('cooperation_files').values(row).execute();
}

export function findFile(db: DbOrTx, ownerType: FileOwner, ownerId: string, id: string) {
  return db
    .selectFrom('cooperation_files')
    .selectAll()
    .where('id', '=', id)
    .where('owner_type', '=', ownerType)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
}

export function findFiles(db: DbOrTx, ownerType: FileOwner, ownerIds: string[]): Promise<FileRow[]> {
  if (ownerIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('cooperation_files')
    .selectAll()
    .where('owner_type', '=', ownerType)
    .where('owner_id', 'in', ownerIds)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
}

export async function countFiles(db: DbOrTx, ownerType: FileOwner, ownerId: string): Promise<number> {
  const row = await db
    .selectFrom('cooperation_files')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('owner_type', '=', ownerType)
    .where('owner_id', '=', ownerId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteFile(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('cooperation_files').where('id', '=', id).execute();
}

export async function deleteFilesOf(db: DbOrTx, ownerType: FileOwner, ownerId: string): Promise<void> {
  await db.deleteFrom('cooperation_files').where('owner_type', '=', ownerType).where('owner_id', '=', ownerId).execute();
}
