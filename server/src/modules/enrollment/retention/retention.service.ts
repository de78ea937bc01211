import { recordAudit, systemAuditContext } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import type { FileStore } from '../../../platform/files/file-store.ts';
import { recordApplicationEvent } from '../applications/application-status.ts';
import * as repo from './retention.repository.ts';

const DAY = 86_400_000;

export interface RetentionDeps {
  db: Db;
  files: FileStore;
}

export interface PurgeOptions {
  /** Days after a policy closed that its documents and personal data are kept (ENROLLMENT_RETENTION_DAYS). */
  retentionDays: number;
  /** Count what would go, change nothing. */
  dryRun: boolean;
  now?: Date;
}

export interface PolicyPurge {
  policyId: string;
  closedAt: string;
  applications: number;
  documents: number;
}

export interface PurgeResult {
  dryRun: boolean;
  /** Policies closed at or before this instant are purged. */
  closedBefore: string;
  policies: PolicyPurge[];
}

/**
 * Deletes the documents and personal data of applications to policies closed more than `retentionDays` ago.
 * Per application: the files leave the store first, then one transaction clears the fields, the storage keys
 * and adds a 'personal_data_deleted' event; an interrupted run is finished by the next one (deleting a missing
 * file succeeds), and concurrent runs erase each application once. One audit entry per policy with the counts.
 */
export async function purgeEnrollmentPersonalData(deps: RetentionDeps, options: PurgeOptions): Promise<PurgeResult> {
  const now = options.now ?? new Date();
  const closedBefore = new Date(now.getTime() - options.retentionDays * DAY).toISOString();
  const result: PurgeResult = { dryRun: options.dryRun, closedBefore, policies: [] };
  for (const policy of await repo.findExpiredPolicies(deps.db, closedBefore)) {
    const applicationIds = await repo.findUnpurgedApplications(deps.db, policy.id);
    const purge: PolicyPurge = { policyId: policy.id, closedAt: policy.closed_at!, applications: 0, documents: 0 };
    if (options.dryRun) {
      result.policies.push({ ...purge, applications: applicationIds.length, documents: await repo.countStoredDocuments(deps.db, applicationIds) });
      continue;
    }
    for (const applicationId of applicationIds) {
      const documents = await repo.findStoredDocuments(deps.db, applicationId);
      for (const document of documents) await deps.files.delete(document.storage_key);
      const at = new Date().toISOString();
      const erased = await deps.db.transaction().execute(async (tx) => {
        if (!(await repo.erasePersonalData(tx, applicationId, at))) return false;
        await recordApplicationEvent(tx, applicationId, { actorUserId: null, kind: 'personal_data_deleted', detail: { documents: documents.length } }, at);
        return true;
      });
      if (!erased) continue;
      purge.applications += 1;
      purge.documents += documents.length;
    }
    if (purge.applications === 0) continue;
    await recordAudit(deps.db, systemAuditContext('enrollment-retention'), {
      action: 'enrollment_policy.personal_data_deleted',
      objectType: 'enrollment_policy',
      objectId: policy.id,
      result: 'success',
      detail: { applications: purge.applications, documents: purge.documents, retentionDays: options.retentionDays, closedAt: policy.closed_at },
    });
    result.policies.push(purge);
  }
  return result;
}
