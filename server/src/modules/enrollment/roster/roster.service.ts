import { applicationResource } from '../enrollment.policy.ts';
import { maskName } from '../../../../../common/masking.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { authorize, can, type Resource } from '../../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { notify } from '../../../platform/notifications/notify.ts';
import { changeApplicationStatus } from '../applications/application-status.ts';
import { revokeAdmissionNotices } from '../notices/notices.service.ts';
import * as repo from './roster.repository.ts';
import {
  ROSTER_STATUSES,
  type ArrivalBody,
  type NoticeStatus,
  type RosterList,
  type RosterPupil,
  type RosterQuery,
  type RosterStatus,
} from './roster.schemas.ts';

const rosterOf = (schoolId: string): Resource => ({ type: 'enrollment_school_roster', schoolId });

/** The school that admitted the pupil needs the name to call the register; anyone else allowed to look sees it masked. */
function toPupil(row: repo.PupilRow, fullName: boolean): RosterPupil {
  return {
    applicationId: row.id,
    reference: row.reference,
    policyId: row.policy_id,
    schoolYear: row.school_year,
    grade: row.entry_grade,
    childName: fullName ? row.child_name : maskName(row.child_name),
    sex: row.sex,
    birthDate: row.birth_date,
    idNumberMasked: row.id_number_masked,
    routeCode: row.route_code,
    routeNameZh: row.route_name_zh,
    routeNameEn: row.route_name_en,
    status: row.status as RosterStatus,
    offerAcceptedAt: row.offer_accepted_at,
    notice: noticeOf(row),
    arrivalRecordedAt: row.arrival_recorded_at,
    version: row.version,
  };
}

function noticeOf(row: repo.PupilRow): RosterPupil['notice'] {
  const status: NoticeStatus = !row.notice_issued_at ? 'not_issued' : row.notice_revoked_at ? 'revoked' : 'valid';
  return { status, issuedAt: row.notice_issued_at, revokedAt: row.notice_revoked_at };
}

/** The pupils admitted to a school (accepted, enrolled, no-show), for its school admin. */
export async function listPupils(db: Db, actor: Actor, schoolId: string, query: RosterQuery): Promise<RosterList> {
  authorize(actor, 'list', rosterOf(schoolId));
  const fullName = can(actor, 'record_arrival', rosterOf(schoolId));
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const statuses = query.status ? [query.status] : ROSTER_STATUSES;
  const [{ rows, total }, counts] = await Promise.all([
    repo.findPupils(db, { schoolId, policyId: query.policyId, statuses, offset: (page - 1) * pageSize, limit: pageSize }),
    repo.countByStatus(db, { schoolId, policyId: query.policyId, statuses: ROSTER_STATUSES }),
  ]);
  return {
    items: rows.map((row) => toPupil(row, fullName)),
    total,
    counts: { accepted: counts.get('accepted') ?? 0, enrolled: counts.get('enrolled') ?? 0, no_show: counts.get('no_show') ?? 0 },
  };
}

/**
 * 报到: the school records that an admitted pupil reported (enrolled) or did not come (no_show), at the version
 * it saw. A no-show's admission notice stops verifying; a family whose child reported is told.
 */
export async function recordArrival(db: Db, actor: Actor, audit: AuditContext, applicationId: string, input: ArrivalBody): Promise<RosterPupil> {
  const row = await repo.findPupil(db, applicationId);
  if (!row || !can(actor, 'read', applicationResource(row))) throw notFound();
  authorize(actor, 'record_arrival', applicationResource(row));
  const to = input.arrived ? 'enrolled' : 'no_show';
  const at = nowIso();
  await db.transaction().execute(async (tx) => {
    await changeApplicationStatus(
      tx,
      { id: row.id, status: row.status, version: input.version },
      to,
      { actorUserId: actor.userId, kind: to, detail: { schoolId: row.placed_school_id } },
      { arrival_recorded_by: actor.userId, arrival_recorded_at: at },
    );
    if (to === 'no_show') await revokeAdmissionNotices(tx, row.id, at);
    else {
      await notify(tx, {
        userId: row.guardian_user_id,
        kind: 'enrolled',
        params: { reference: row.reference, schoolZh: row.school_name_zh ?? '', schoolEn: row.school_name_en ?? '' },
        objectType: 'enrollment_application',
        objectId: row.id,
        sms: true,
      });
    }
    await recordAudit(tx, audit, {
      action: `enrollment_application.${to}`,
      objectType: 'enrollment_application',
      objectId: row.id,
      result: 'success',
      detail: { schoolId: row.placed_school_id },
    });
  });
  const updated = await repo.findPupil(db, applicationId);
  if (!updated) throw notFound();
  return toPupil(updated, true);
}
