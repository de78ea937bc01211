import type { Insertable, Selectable } from 'kysely';
import type { AgreementStatus } from '../../../../../common/cooperation.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import type { CooperationAgreementPartyTable, CooperationAgreementTable } from '../cooperation.tables.ts';
import { prefixRange, type Visibility } from '../scope.ts';

export type AgreementRow = Selectable<CooperationAgreementTable>;
export type PartyRow = Selectable<CooperationAgreementPartyTable>;

export function findAgreement(db: DbOrTx, id: string) {
  return db.selectFrom('cooperation_agreements').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findAgreementByClientKey(db: DbOrTx, userId: string, clientKey: string) {
  return db.selectFrom('cooperation_agreements').selectAll().where('created_by', '=', userId).where('client_key', '=', clientKey).executeTakeFirst();
}

export function findParties(db: DbOrTx, agreementIds: string[]): Promise<PartyRow[]> {
  if (agreementIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('cooperation_agreement_parties').selectAll().where('agreement_id', 'in', agreementIds).execute();
}

export async function countPairings(db: DbOrTx, agreementIds: string[]): Promise<Map<string, number>> {
  if (agreementIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('cooperation_pairings')
    .select(['agreement_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('agreement_id', 'in', agreementIds)
    .groupBy('agreement_id')
    .execute();
  return new Map(rows.map((r) => [r.agreement_id!, Number(r.n)]));
}

export async function insertAgreement(db: DbOrTx, row: Insertable<CooperationAgreementTable>, parties: PartyRow[]): Promise<void> {
  await db.insertInto('cooperation_agreements').values(row).execute();
  await db.insertInto('cooperation_agreement_parties').values(parties).execute();
}

/** Changes the agreement if it is still at the version (and status) the caller read: true when it was. */
export async function updateAgreement(
  db: DbOrTx,
  id: string,
  expected: { version: number; status: AgreementStatus },
  changes: Partial<Omit<AgreementRow, 'id' | 'version' | 'created_at'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('cooperation_agreements')
    .set({ ...changes, version: expected.version + 1 })
    .where('id', '=', id)
    .where('version', '=', expected.version)
    .where('status', '=', expected.status)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceParties(db: DbOrTx, agreementId: string, parties: PartyRow[]): Promise<void> {
  await db.deleteFrom('cooperation_agreement_parties').where('agreement_id', '=', agreementId).execute();
  await db.insertInto('cooperation_agreement_parties').values(parties).execute();
}

export async function markConfirmed(db: DbOrTx, agreementId: string, organizationIds: string[], userId: string, at: string): Promise<void> {
  await db
    .updateTable('cooperation_agreement_parties')
    .set({ confirmed_at: at, confirmed_by: userId })
    .where('agreement_id', '=', agreementId)
    .where('organization_id', 'in', organizationIds)
    .where('confirmed_at', 'is', null)
    .execute();
}

export async function deleteAgreement(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('cooperation_agreement_parties').where('agreement_id', '=', id).execute();
  await db.deleteFrom('cooperation_agreements').where('id', '=', id).execute();
}

/** Agreements in force whose term ended before `today`: they expire. Returns their ids. */
export async function expireAgreements(db: DbOrTx, today: string, at: string): Promise<string[]> {
  const rows = await db
    .updateTable('cooperation_agreements')
    .set((eb) => ({ status: 'expired', updated_at: at, version: eb('version', '+', 1) }))
    .where('status', '=', 'in_force')
    .where('ends_on', '<', today)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

export interface AgreementFilter {
  status?: AgreementStatus;
  organizationId?: string;
  regionPath?: string;
  visibility: Visibility | null;
  offset: number;
  limit: number;
}

export async function listAgreements(db: DbOrTx, filter: AgreementFilter): Promise<{ rows: AgreementRow[]; total: number }> {
  let query = db.selectFrom('cooperation_agreements');
  const parties = (eb: DbOrTx) => eb.selectFrom('cooperation_agreement_parties').select('agreement_id');
  if (filter.status) query = query.where('status', '=', filter.status);
  const organizationId = filter.organizationId;
  if (organizationId) query = query.where('id', 'in', parties(db).where('organization_id', '=', organizationId));
  if (filter.regionPath) {
    const [low, high] = prefixRange(filter.regionPath);
    query = query.where('id', 'in', parties(db).where('region_path', '>=', low).where('region_path', '<', high));
  }
  const visibility = filter.visibility;
  if (visibility) {
    query = query.where((eb) =>
      eb.or([
        eb('status', '!=', 'draft'),
        eb('id', 'in', parties(db).where('organization_id', 'in', [...visibility.organizationIds, ''])),
        ...visibility.scopePaths.map((path) => {
          const [low, high] = prefixRange(path);
          return eb('id', 'in', parties(db).where('region_path', '>=', low).where('region_path', '<', high));
        }),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('updated_at', 'desc').orderBy('id').offset(filter.offset).limit(filter.limit).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
