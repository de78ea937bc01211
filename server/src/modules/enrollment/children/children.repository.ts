import type { Insertable, Selectable } from 'kysely';
import type { DbOrTx } from '../../../platform/db/database.ts';
import type { ChildGuardianTable, ChildTable, ConsentTable } from '../enrollment.tables.ts';

export type ChildRow = Selectable<ChildTable>;
export type GuardianRow = Selectable<ChildGuardianTable>;
export type ConsentRow = Selectable<ConsentTable>;

export function findChildById(db: DbOrTx, id: string) {
  return db.selectFrom('children').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findChildByIdNumberHash(db: DbOrTx, hash: string) {
  return db.selectFrom('children').selectAll().where('id_number_hash', '=', hash).executeTakeFirst();
}

/** Inserts unless a child with the same ID-number hash exists (a race lost to another request): true when inserted. */
export async function insertChild(db: DbOrTx, row: Insertable<ChildTable>): Promise<boolean> {
  const result = await db
    .insertInto('children')
    .values(row)
    .onConflict((oc) => oc.column('id_number_hash').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function updateChild(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  changes: Partial<Pick<ChildRow, 'name' | 'hukou_division_code' | 'hukou_address_enc' | 'updated_at'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('children')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function hasApplications(db: DbOrTx, childId: string): Promise<boolean> {
  const row = await db.selectFrom('enrollment_applications').select('id').where('child_id', '=', childId).limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function deleteChild(db: DbOrTx, id: string): Promise<void> {
  // The foreign keys cascade too; deleting explicitly keeps what goes with a child readable here.
  await db.deleteFrom('consents').where('child_id', '=', id).execute();
  await db.deleteFrom('child_guardians').where('child_id', '=', id).execute();
  await db.deleteFrom('children').where('id', '=', id).execute();
}

export function findGuardians(db: DbOrTx, childIds: string[]): Promise<GuardianRow[]> {
  if (childIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('child_guardians').selectAll().where('child_id', 'in', childIds).orderBy('created_at').execute();
}

export async function insertGuardian(db: DbOrTx, row: GuardianRow): Promise<void> {
  await db.insertInto('child_guardians').values(row).execute();
}

export async function updateRelation(db: DbOrTx, childId: string, userId: string, relation: GuardianRow['relation']): Promise<void> {
  await db.updateTable('child_guardians').set({ relation }).where('child_id', '=', childId).where('user_id', '=', userId).execute();
}

export function listChildrenOfGuardian(db: DbOrTx, userId: string): Promise<ChildRow[]> {
  return db
    .selectFrom('children')
    .innerJoin('child_guardians', 'child_guardians.child_id', 'children.id')
    .selectAll('children')
    .where('child_guardians.user_id', '=', userId)
    .orderBy('children.created_at')
    .orderBy('children.id')
    .execute();
}

/** Children among the given ones with a live consent to the given text version. */
export async function childrenWithConsent(db: DbOrTx, childIds: string[], purpose: ConsentRow['purpose'], textVersion: string): Promise<Set<string>> {
  if (childIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('consents')
    .select('child_id')
    .where('child_id', 'in', childIds)
    .where('purpose', '=', purpose)
    .where('text_version', '=', textVersion)
    .where('withdrawn_at', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.child_id));
}

export async function insertConsent(db: DbOrTx, row: ConsentRow): Promise<void> {
  await db.insertInto('consents').values(row).execute();
}

/** Withdraws every live consent of the child for the purpose; returns how many there were. */
export async function withdrawConsents(db: DbOrTx, childId: string, purpose: ConsentRow['purpose'], at: string): Promise<number> {
  const result = await db
    .updateTable('consents')
    .set({ withdrawn_at: at })
    .where('child_id', '=', childId)
    .where('purpose', '=', purpose)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
