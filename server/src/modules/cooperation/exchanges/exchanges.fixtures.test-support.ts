import { randomUUID } from 'node:crypto';
import type { ExchangeKind } from '../../../../../common/cooperation.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import { findOrganizations } from '../cooperation.repository.ts';
import * as repo from './exchanges.repository.ts';

// Test data only: an exchange written straight into the tables (with its activity counts).

export interface ExchangeFixture {
  host: string;
  partners: string[];
  occurredOn?: string;
  kind?: ExchangeKind;
  participantCount?: number;
  pairingId?: string | null;
  createdBy?: string | null;
}

export async function insertExchangeFixture(db: DbOrTx, fixture: ExchangeFixture): Promise<string> {
  const id = randomUUID();
  const now = nowIso();
  const occurredOn = fixture.occurredOn ?? '2026-03-15';
  const ids = [fixture.host, ...fixture.partners];
  const orgs = await findOrganizations(db, ids);
  await repo.insertExchange(db, {
    exchange: {
      id,
      kind: fixture.kind ?? 'visit',
      title: '测试交流',
      occurred_on: occurredOn,
      occurred_month: occurredOn.slice(0, 7),
      host_organization_id: fixture.host,
      pairing_id: fixture.pairingId ?? null,
      community_id: null,
      alliance_id: null,
      participant_count: fixture.participantCount ?? 10,
      summary: null,
      client_key: null,
      created_by: fixture.createdBy ?? null,
      created_at: now,
      updated_at: now,
    },
    organizations: ids.map((organizationId, index) => ({
      organizationId,
      role: index === 0 ? 'host' : 'partner',
      regionPath: orgs.get(organizationId)!.regionPath,
    })),
    participants: [],
  });
  return id;
}
