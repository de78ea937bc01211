import type { DbOrTx } from '../../../platform/db/database.ts';

/** Closed policies whose retention ran out and that still hold applications with personal data. */
export function findExpiredPolicies(db: DbOrTx, closedBefore: string) {
  return db
    .selectFrom('enrollment_policies as p')
    .select(['p.id', 'p.closed_at'])
    .where('p.status', '=', 'closed')
    .where('p.closed_at', '<=', closedBefore)
    .where((eb) =>
      eb.exists(
        eb.selectFrom('enrollment_applications as a').select('a.id').whereRef('a.policy_id', '=', 'p.id').where('a.personal_data_deleted_at', 'is', null),
      ),
    )
    .orderBy('p.closed_at')
    .execute();
}

export async function findUnpurgedApplications(db: DbOrTx, policyId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('enrollment_applications')
    .select('id')
    .where('policy_id', '=', policyId)
    .where('personal_data_deleted_at', 'is', null)
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}

/** Documents whose file is still in the store. */
export function findStoredDocuments(db: DbOrTx, applicationId: string) {
  return db
    .selectFrom('enrollment_documents')
    .select(['id', 'storage_key'])
    .where('application_id', '=', applicationId)
    .where('storage_key', 'is not', null)
    .execute() as Promise<{ id: string; storage_key: string }[]>;
}

export async function countStoredDocuments(db: DbOrTx, applicationIds: string[]): Promise<number> {
  if (applicationIds.length === 0) return 0;
  const row = await db
    .selectFrom('enrollment_documents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('application_id', 'in', applicationIds)
    .where('storage_key', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Clears what identifies the family beyond the child's profile: address, employer, the guardian's name, the
 * families' own words (appeal and decline reasons) and the file names they uploaded. False when another
 * run got there first.
 */
export async function erasePersonalData(tx: DbOrTx, applicationId: string, at: string): Promise<boolean> {
  const result = await tx
    .updateTable('enrollment_applications')
    .set({ residence_address_enc: null, employer: null, guardian_name: null, personal_data_deleted_at: at })
    .where('id', '=', applicationId)
    .where('personal_data_deleted_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await tx.updateTable('enrollment_documents').set({ storage_key: null, original_name: '' }).where('application_id', '=', applicationId).execute();
  await tx.updateTable('enrollment_appeals').set({ reason: '' }).where('application_id', '=', applicationId).execute();
  await tx
    .updateTable('enrollment_offers')
    .set({ decline_reason: null })
    .where('application_id', '=', applicationId)
    .where('decline_reason', 'is not', null)
    .execute();
  return true;
}
