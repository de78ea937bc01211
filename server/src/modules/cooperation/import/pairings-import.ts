import { grantsReaching } from '../../../platform/access/grants.ts';
import { randomUUID } from 'node:crypto';
import type { FocusArea, PairingStatus } from '../../../../../common/cooperation.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { nowIso } from '../../../platform/db/database.ts';
import { recordPairingEvent } from '../pairings/pairing-status.ts';
import * as pairings from '../pairings/pairings.repository.ts';
import { liveKeyOf } from '../pairings/pairings.service.ts';
import { both, column, count, parseDate, parseFocusAreas, text, choice, type ImportColumn } from './import.columns.ts';
import type { ImportKind } from './import.kind.ts';
import { FOCUS_AREA_LABELS, IMPORTED_PAIRING_STATUS_LABELS, allowedOf } from './import.labels.ts';
import { loadAgreements, loadPairings, type OrganizationRef } from './import.repository.ts';

// Existing pairings from a file. A bureau vouches for the sides in its jurisdiction (their approvals are
// recorded as its own); a side outside it still waits for its bureau, as a proposal would.

interface PairingDraft {
  batch?: number;
  schools?: OrganizationRef[];
  proposer?: OrganizationRef;
  focusAreas?: FocusArea[];
  startsOn?: string;
  endsOn?: string;
  status?: 'active' | 'ended';
  endReason?: string;
  description?: string;
  agreement?: string;
}

interface PairingPlan {
  draft: PairingDraft & { schools: OrganizationRef[]; proposer: OrganizationRef; focusAreas: FocusArea[]; startsOn: string };
  status: PairingStatus;
  agreementId: string | null;
  /** Sides the importer vouches for, with the bureau it does so as (null: the platform). */
  approvals: { regionId: string; bureauId: string | null }[];
}

const columns: ImportColumn<PairingDraft>[] = [
  column({
    key: 'batch',
    header: both('批次', 'Batch'),
    note: both('选填。1 到 999 的整数。', 'Optional. A whole number from 1 to 999.'),
    parse: count(1, 999),
    set: (d, v) => {
      d.batch = v;
    },
  }),
  column({
    key: 'schools',
    header: both('结对学校', 'Schools'),
    required: true,
    note: both(
      '必填。两所或以上来自不同地区的学校：学校标识码或准确的校名，用顿号、逗号或分号分隔。',
      'Required. Two or more schools of different regions: school codes or exact names, separated by commas or semicolons.',
    ),
    parse: (v, ctx) => ctx.organizations.findAll(v, true),
    set: (d, v) => {
      d.schools = v;
    },
  }),
  column({
    key: 'proposer',
    header: both('发起学校', 'Proposing school'),
    note: both('选填。结对学校之一；留空则为第一所。', 'Optional. One of the schools; empty means the first.'),
    parse: (v, ctx) => ctx.organizations.find(v, true),
    set: (d, v) => {
      d.proposer = v;
    },
  }),
  column({
    key: 'focusAreas',
    header: both('结对领域', 'Focus areas'),
    required: true,
    note: both(`必填。一项或多项：${allowedOf(FOCUS_AREA_LABELS, 'zh-CN')}。`, `Required. One or more of: ${allowedOf(FOCUS_AREA_LABELS, 'en-US')}.`),
    parse: parseFocusAreas,
    set: (d, v) => {
      d.focusAreas = v;
    },
  }),
  column({
    key: 'startsOn',
    header: both('开始日期', 'Start date'),
    required: true,
    note: both('必填。如 2023-09-01。', 'Required. E.g. 2023-09-01.'),
    parse: parseDate,
    set: (d, v) => {
      d.startsOn = v;
    },
  }),
  column({
    key: 'endsOn',
    header: both('结束日期', 'End date'),
    note: both('选填。', 'Optional.'),
    parse: parseDate,
    set: (d, v) => {
      d.endsOn = v;
    },
  }),
  column({
    key: 'status',
    header: both('状态', 'Status'),
    note: both('选填。结对中（默认）或 已结束。', 'Optional. active (default) or ended.'),
    parse: choice(IMPORTED_PAIRING_STATUS_LABELS),
    set: (d, v: 'active' | 'ended') => {
      d.status = v;
    },
  }),
  column({
    key: 'endReason',
    header: both('结束原因', 'End reason'),
    note: both('已结束的结对必填。', 'Required for an ended pairing.'),
    parse: text(1, 500),
    set: (d, v) => {
      d.endReason = v;
    },
  }),
  column({
    key: 'agreement',
    header: both('所属协议', 'Agreement'),
    note: both('选填。平台上已有协议的准确标题。', 'Optional. The exact title of an agreement on the platform.'),
    parse: text(1, 200),
    set: (d, v) => {
      d.agreement = v;
    },
  }),
  column({
    key: 'description',
    header: both('说明', 'Description'),
    note: both('选填。最多 2000 个字符。', 'Optional. At most 2000 characters.'),
    parse: text(1, 2000),
    set: (d, v) => {
      d.description = v;
    },
  }),
];

/** The bureau admin grant that vouches for a side: the most local one reaching it. */
const vouchingGrant = (actor: Actor, regionPath: string) => grantsReaching(actor, regionPath, 'bureau_admin')[0];

export const pairingsImport: ImportKind<PairingDraft, PairingPlan> = {
  name: 'pairings',
  sheet: both('结对', 'Pairings'),
  columns,
  async prepare(db, actor) {
    const isPlatform = actor.grants.some((g) => g.role === 'platform_admin');
    const [agreements, existing] = await Promise.all([loadAgreements(db), loadPairings(db)]);
    const setOf = new Map<string, string[]>();
    for (const s of existing.schools) setOf.set(s.pairing_id, [...(setOf.get(s.pairing_id) ?? []), s.school_id]);
    const live = new Set(existing.pairings.filter((p) => p.live_key).map((p) => p.live_key!));
    const started = new Set(existing.pairings.map((p) => `${liveKeyOf(setOf.get(p.id) ?? [])}@${p.starts_on}`));
    const inFile = new Map<string, number>();

    return ({ number, draft }, report) => {
      const schools = draft.schools!;
      if (schools.length < 2) return (report('schools', { key: 'tooFewSchools' }), null);
      if (new Set(schools.map((s) => s.regionId)).size < 2) return (report('schools', { key: 'sameRegion' }), null);
      const proposer = draft.proposer ?? schools[0]!;
      if (!schools.some((s) => s.id === proposer.id)) return (report('proposer', { key: 'proposerNotInPairing' }), null);
      if (draft.endsOn && draft.endsOn < draft.startsOn!) return (report('endsOn', { key: 'endBeforeStart' }), null);
      const ended = draft.status === 'ended';
      if (ended && !draft.endReason) return (report('endReason', { key: 'endReasonRequired' }), null);
      const agreementId = draft.agreement ? (agreements.find((a) => a.title === draft.agreement)?.id ?? null) : null;
      if (draft.agreement && !agreementId) return (report('agreement', { key: 'agreementUnknown', params: { value: draft.agreement } }), null);

      const sides = [...new Map(schools.map((s) => [s.regionId, s.regionPath])).entries()];
      const approvals = sides
        .map(([regionId, path]) => ({ regionId, grant: isPlatform ? null : vouchingGrant(actor, path) }))
        .filter((side) => isPlatform || side.grant)
        .map((side) => ({ regionId: side.regionId, bureauId: side.grant?.organizationId ?? null }));
      if (approvals.length === 0) return (report('schools', { key: 'outsideJurisdiction' }), null);
      const complete = approvals.length === sides.length;
      if (ended && !complete) return (report('schools', { key: 'otherSideMustApprove' }), null);

      const key = liveKeyOf(schools.map((s) => s.id));
      if ((!ended && live.has(key)) || started.has(`${key}@${draft.startsOn}`)) return (report('schools', { key: 'pairingExists' }), null);
      const fileKey = ended ? `${key}@${draft.startsOn}` : key;
      const earlier = inFile.get(fileKey) ?? inFile.get(`${key}@${draft.startsOn}`);
      if (earlier !== undefined) return (report('schools', { key: 'duplicateRow', params: { row: earlier } }), null);
      inFile.set(fileKey, number);
      inFile.set(`${key}@${draft.startsOn}`, number);

      const status: PairingStatus = ended ? 'ended' : complete ? 'active' : 'accepted';
      return { draft: { ...draft, schools, proposer, focusAreas: draft.focusAreas!, startsOn: draft.startsOn! }, status, agreementId, approvals };
    };
  },
  async write(tx, plans, actor) {
    for (const { draft, status, agreementId, approvals } of plans) {
      const id = randomUUID();
      const now = nowIso();
      const live = status !== 'ended';
      await pairings.insertPairing(tx, {
        id,
        batch: draft.batch ?? null,
        focus_areas: JSON.stringify(draft.focusAreas),
        agreement_id: agreementId,
        starts_on: draft.startsOn,
        ends_on: draft.endsOn ?? null,
        description: draft.description ?? null,
        proposer_school_id: draft.proposer.id,
        proposed_by: null,
        status,
        live_key: live ? liveKeyOf(draft.schools.map((s) => s.id)) : null,
        decision_reason: null,
        decided_by: null,
        decided_at: null,
        activated_at: status === 'accepted' ? null : now,
        ended_at: status === 'ended' ? now : null,
        ended_by: status === 'ended' ? actor.userId : null,
        end_reason: draft.endReason ?? null,
        created_at: now,
        updated_at: now,
      });
      await pairings.insertSchools(
        tx,
        draft.schools.map((s) => ({ pairing_id: id, school_id: s.id, region_id: s.regionId, region_path: s.regionPath, accepted_at: now, accepted_by: null })),
      );
      for (const approval of approvals) {
        await pairings.insertApproval(tx, {
          pairing_id: id,
          region_id: approval.regionId,
          bureau_id: approval.bureauId,
          approved_by: actor.userId,
          approved_at: now,
        });
      }
      await recordPairingEvent(tx, id, { actorUserId: actor.userId, kind: 'imported', to: status }, now);
    }
  },
};
