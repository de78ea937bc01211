import { randomUUID } from 'node:crypto';
import type { PairingStatus } from '../../../../../common/cooperation.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import { findOrganizations } from '../cooperation.repository.ts';
import * as repo from './pairings.repository.ts';
import { liveKeyOf } from './pairings.service.ts';

// Test data only: a pairing written straight into the tables at the wanted step of its life.

export interface PairingFixture {
  proposer: string;
  partners: string[];
  status?: PairingStatus;
  /** Regions whose side has approved (accepted pairings); active pairings have every side approved. */
  approvedRegions?: string[];
  batch?: number | null;
  startsOn?: string;
}

export async function insertPairingFixture(db: DbOrTx, fixture: PairingFixture): Promise<string> {
  const id = randomUUID();
  const now = nowIso();
  const status = fixture.status ?? 'proposed';
  const ids = [fixture.proposer, ...fixture.partners];
  const orgs = await findOrganizations(db, ids);
  const live = status === 'proposed' || status === 'accepted' || status === 'active';
  await repo.insertPairing(db, {
    id,
    batch: fixture.batch ?? 1,
    focus_areas: JSON.stringify(['management', 'curriculum']),
    agreement_id: null,
    starts_on: fixture.startsOn ?? '2025-09-01',
    ends_on: null,
    description: null,
    proposer_school_id: fixture.proposer,
    proposed_by: null,
    status,
    live_key: live ? liveKeyOf(ids) : null,
    decision_reason: null,
    decided_by: null,
    decided_at: null,
    activated_at: status === 'active' ? now : null,
    ended_at: status === 'ended' ? now : null,
    ended_by: null,
    end_reason: status === 'ended' ? 'test' : null,
    created_at: now,
    updated_at: now,
  });
  const accepted = status !== 'proposed' && status !== 'declined';
  await repo.insertSchools(
    db,
    ids.map((schoolId) => {
      const org = orgs.get(schoolId)!;
      return {
        pairing_id: id,
        school_id: schoolId,
        region_id: org.regionId,
        region_path: org.regionPath,
        accepted_at: accepted || schoolId === fixture.proposer ? now : null,
        accepted_by: null,
      };
    }),
  );
  const regions = [...new Set(ids.map((schoolId) => orgs.get(schoolId)!.regionId))];
  const approved = status === 'active' || status === 'ended' ? regions : (fixture.approvedRegions ?? []);
  for (const regionId of approved) await repo.insertApproval(db, { pairing_id: id, region_id: regionId, bureau_id: null, approved_by: null, approved_at: now });
  return id;
}

export async function pairingVersion(db: DbOrTx, id: string): Promise<number> {
  return (await repo.findPairing(db, id))!.version;
}
