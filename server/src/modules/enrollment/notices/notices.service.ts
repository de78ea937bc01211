import { applicationResource } from '../enrollment.policy.ts';
import { randomUUID } from 'node:crypto';
import type { ApplicationStatus } from '../../../../../common/enrollment-application.ts';
import { maskName } from '../../../../../common/masking.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { authorize, can } from '../../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import { AppError, notFound } from '../../../platform/http/errors.ts';
import { chinaDay, GRADE_NAMES, MATERIAL_NAMES_ZH } from './enrollment-labels.ts';
import { renderAdmissionNotice } from './notice-pdf.ts';
import * as repo from './notices.repository.ts';
import type { PublicNoticeView } from './notices.schemas.ts';
import { newVerificationCode, normalizeVerificationCode } from '../../../platform/crypto/verification-code.ts';

/** A notice is issued once the family accepted the offer, and stays valid when the pupil reports. */
const NOTICE_STATUSES: readonly ApplicationStatus[] = ['accepted', 'enrolled'];

export interface NoticeFile {
  filename: string;
  body: Buffer;
}

const notIssuable = (status: ApplicationStatus) => new AppError('enrollment.application_status_invalid', 409, { status: `status:${status}` });

/**
 * The admission notice (入学通知书) as a PDF, for the guardian once the offer is accepted. The notice row and its
 * verification code are made at the first download and reused after, so every copy carries the same code.
 * `origin` is where the verification page lives (the site the guardian downloaded from).
 */
export async function downloadAdmissionNotice(db: Db, actor: Actor, audit: AuditContext, applicationId: string, origin: string): Promise<NoticeFile> {
  const subject = await repo.findNoticeSubject(db, applicationId);
  if (!subject || !can(actor, 'read', applicationResource(subject))) throw notFound();
  // The guardian's alone: the notice carries the child's full name and is what the school asks for.
  authorize(actor, 'respond', applicationResource(subject));
  if (!NOTICE_STATUSES.includes(subject.status)) throw notIssuable(subject.status);
  const offer = await repo.findAcceptedOffer(db, applicationId);
  if (!offer || !subject.school_name_zh) throw notIssuable(subject.status);

  const { notice, created } = await repo.insertNoticeOnce(db, {
    id: randomUUID(),
    application_id: applicationId,
    offer_id: offer.id,
    verification_code: newVerificationCode(),
    school_id: offer.school_id,
    issued_at: nowIso(),
    revoked_at: null,
  });
  const materials = await repo.findRouteMaterials(db, subject.route_id);
  const body = await renderAdmissionNotice({
    childName: subject.child_name,
    schoolName: subject.school_name_zh,
    schoolAddress: subject.school_address,
    bureauName: subject.bureau_name_zh,
    gradeName: GRADE_NAMES[subject.entry_grade]['zh-CN'],
    schoolYear: subject.school_year,
    reportDate: subject.report_date,
    reportNote: subject.report_note_zh,
    materials: materials.map((m) => ({ name: MATERIAL_NAMES_ZH[m.material], description: m.description_zh })),
    reference: subject.reference,
    verificationCode: notice.verification_code,
    verifyUrl: `${origin}/verify/${notice.verification_code}`,
    issuedOn: chinaDay(notice.issued_at),
  });
  await recordAudit(db, audit, {
    action: 'enrollment_admission_notice.download',
    objectType: 'enrollment_application',
    objectId: applicationId,
    result: 'success',
    detail: { noticeId: notice.id, issued: created },
  });
  return { filename: `admission-notice-${subject.reference}.pdf`, body };
}

/** The public confirmation behind a notice's QR code: masked name, school, grade, year, date of issue, valid or revoked. */
export async function verifyAdmissionNotice(db: Db, input: string): Promise<PublicNoticeView> {
  const code = normalizeVerificationCode(input);
  const notice = code ? await repo.findNoticeByCode(db, code) : undefined;
  if (!notice) throw notFound();
  const valid = notice.revoked_at === null && NOTICE_STATUSES.includes(notice.status);
  return {
    code: notice.verification_code,
    maskedName: maskName(notice.child_name),
    schoolNameZh: notice.school_name_zh,
    schoolNameEn: notice.school_name_en,
    grade: notice.entry_grade,
    schoolYear: notice.school_year,
    issuedOn: chinaDay(notice.issued_at),
    status: valid ? 'valid' : 'revoked',
    revokedOn: notice.revoked_at ? chinaDay(notice.revoked_at) : null,
  };
}

/** A pupil who did not report no longer holds the seat: their notice stops verifying. Call in the status change's transaction. */
export const revokeAdmissionNotices = repo.revokeNotices;
