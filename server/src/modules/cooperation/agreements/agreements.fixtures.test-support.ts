import { randomUUID } from 'node:crypto';
import type { AgreementStatus } from '../../../../../common/cooperation.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import { findOrganizations } from '../cooperation.repository.ts';
import * as repo from './agreements.repository.ts';

// Test data only: an agreement written straight into the tables.

export async function insertAgreementFixture(
  db: DbOrTx,
  fixture: { parties: string[]; createdBy: string; status?: AgreementStatus; endsOn?: string | null },
): Promise<string> {
  const id = randomUUID();
  const now = nowIso();
  const status = fixture.status ?? 'draft';
  const infos = await findOrganizations(db, fixture.parties);
  await repo.insertAgreement(
    db,
    {
      id,
      title: '教育合作框架协议',
      scope: null,
      focus_areas: JSON.stringify(['management']),
      signed_on: status === 'draft' ? null : '2025-03-01',
      starts_on: '2025-03-01',
      ends_on: fixture.endsOn ?? null,
      status,
      document_file_id: null,
      in_force_at: status === 'draft' ? null : now,
      ended_at: null,
      ended_by: null,
      end_reason: null,
      client_key: null,
      created_by: fixture.createdBy,
      created_at: now,
      updated_at: now,
    },
    fixture.parties.map((organizationId) => ({
      agreement_id: id,
      organization_id: organizationId,
      region_path: infos.get(organizationId)!.regionPath,
      confirmed_at: status === 'draft' ? null : now,
      confirmed_by: null,
    })),
  );
  return id;
}
