import { randomUUID } from 'node:crypto';
import { CONSENT_TEXT_VERSION } from '../../../../../common/consent.ts';
import { maskIdNumber, parseIdNumber } from '../../../../../common/id-number.ts';
import { normalizeMobile } from '../../../../../common/mobile.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { authorize } from '../../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { DataProtector } from '../../../platform/crypto/data-protection.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import { groupCommitOf } from '../../../platform/db/group-commit.ts';
import { AppError, type FieldError } from '../../../platform/http/errors.ts';
import { idempotently } from '../../../platform/http/idempotency.ts';
import * as accounts from '../../users/account.service.ts';
import * as children from '../children/children.repository.ts';
import { loadPublishedPolicy } from './application-policy.ts';
import { submitInTransaction } from './application-submit.service.ts';
import type { ApplicationView, AssistedApplicationBody } from './applications.schemas.ts';
import { getApplication, insertDraft, type ApplicationDeps } from './applications.service.ts';

type ChildInput = AssistedApplicationBody['child'];

/** The ID number as the children service checks it: valid, and agreeing with the stated birth date and sex. */
function checkIdNumber(input: ChildInput) {
  const parsed = parseIdNumber(input.idNumber);
  if (!parsed.ok) throw new AppError('enrollment.id_number_invalid', 400, { reason: `reason:${parsed.reason}` }, [{ field: '/child/idNumber', message: '' }]);
  const fields: FieldError[] = [];
  if (parsed.birthDate !== input.birthDate) fields.push({ field: '/child/birthDate', message: '' });
  if (parsed.sex !== input.sex) fields.push({ field: '/child/sex', message: '' });
  if (fields.length > 0) throw new AppError('enrollment.id_number_mismatch', 400, {}, fields);
  return parsed;
}

/** The guardian account of the mobile number, created as SMS sign-in would create it; never a staff or disabled account. */
async function guardianAccount(tx: DbOrTx, mobile: string): Promise<{ id: string; created: boolean }> {
  const { account, created } = await accounts.findOrCreateGuardian(tx, mobile, 'zh-CN');
  const roles = (await accounts.findGrantsForSession(tx, account.id)).map((g) => g.role);
  if (account.isDisabled || !roles.includes('guardian'))
    throw new AppError('enrollment.guardian_mobile_unavailable', 409, {}, [{ field: '/guardianMobile', message: '' }]);
  return { id: account.id, created };
}

/** The child profile by ID number: an existing one must already be this guardian's; a new one is created with the relation. */
async function guardiansChild(tx: DbOrTx, protector: DataProtector, audit: AuditContext, guardianId: string, input: ChildInput): Promise<children.ChildRow> {
  const parsed = checkIdNumber(input);
  const hash = protector.keyedHash(parsed.value);
  const now = nowIso();
  const id = randomUUID();
  const inserted = await children.insertChild(tx, {
    id,
    name: input.name,
    sex: parsed.sex,
    birth_date: parsed.birthDate,
    id_number_enc: protector.encrypt(parsed.value),
    id_number_hash: hash,
    id_number_masked: maskIdNumber(parsed.value),
    hukou_division_code: input.hukouDivisionCode ?? parsed.divisionCode,
    hukou_address_enc: input.hukouAddress ? protector.encrypt(input.hukouAddress) : null,
    created_by: audit.actorUserId ?? guardianId,
    created_at: now,
    updated_at: now,
  });
  if (inserted) {
    await children.insertGuardian(tx, { child_id: id, user_id: guardianId, relation: input.relation, created_at: now });
    await recordAudit(tx, audit, { action: 'child.create', objectType: 'child', objectId: id, result: 'success', detail: { assisted: true } });
    return (await children.findChildById(tx, id))!;
  }
  const existing = await children.findChildByIdNumberHash(tx, hash);
  const guardians = existing ? await children.findGuardians(tx, [existing.id]) : [];
  if (!existing || !guardians.some((g) => g.user_id === guardianId))
    throw new AppError('enrollment.child_exists', 409, {}, [{ field: '/child/idNumber', message: '' }]);
  return existing;
}

/** The consent the guardian signed on paper at the counter, recorded for them (and who recorded it). */
async function recordPaperConsent(tx: DbOrTx, audit: AuditContext, childId: string, guardianId: string): Promise<void> {
  if ((await children.childrenWithConsent(tx, [childId], 'sensitive_personal_information', CONSENT_TEXT_VERSION)).has(childId)) return;
  const consentId = randomUUID();
  await children.insertConsent(tx, {
    id: consentId,
    child_id: childId,
    user_id: guardianId,
    purpose: 'sensitive_personal_information',
    text_version: CONSENT_TEXT_VERSION,
    locale: 'zh-CN',
    given_at: nowIso(),
    withdrawn_at: null,
    ip: audit.ip,
  });
  await recordAudit(tx, audit, {
    action: 'child.consent.give',
    objectType: 'child',
    objectId: childId,
    result: 'success',
    detail: { consentId, textVersion: CONSENT_TEXT_VERSION, assisted: true },
  });
}

/**
 * Assisted filing (窗口代办): a reviewer of the host district files for a family at a service counter. The
 * guardian's account (by mobile), the child, the consent and the application are created and submitted in
 * one transaction, marked as assisted; the counter then scans the documents into it.
 */
export async function fileAssistedApplication(
  deps: ApplicationDeps,
  actor: Actor,
  audit: AuditContext,
  input: AssistedApplicationBody,
  key: string | null,
): Promise<{ view: ApplicationView; statusCode: number }> {
  const facts = await loadPublishedPolicy(deps.db, input.application.policyId);
  authorize(actor, 'create', { type: 'enrollment_application_collection', regionPath: facts.policy.host_region_path });
  const mobile = normalizeMobile(input.guardianMobile);
  if (!mobile) throw new AppError('auth.mobile_invalid', 400, {}, [{ field: '/guardianMobile', message: '' }]);
  if (input.consentTextVersion !== CONSENT_TEXT_VERSION) throw new AppError('enrollment.consent_outdated', 409, { version: CONSENT_TEXT_VERSION });
  const { policyId, ...fields } = input.application;
  const answer = await groupCommitOf(deps.db).run((tx) =>
    idempotently(tx, { userId: actor.userId, key, scope: 'POST /enrollment/review/assisted-applications', payload: input }, async () => {
      const guardian = await guardianAccount(tx, mobile);
      if (guardian.created)
        await recordAudit(tx, audit, {
          action: 'user.create_guardian',
          objectType: 'user',
          objectId: guardian.id,
          result: 'success',
          detail: { assisted: true },
        });
      const child = await guardiansChild(tx, deps.protector, audit, guardian.id, input.child);
      await recordPaperConsent(tx, audit, child.id, guardian.id);
      const facts = await loadPublishedPolicy(tx, policyId);
      const app = await insertDraft(tx, deps.protector, { actor, audit, child, facts, fields, guardianUserId: guardian.id, assistedBy: actor.userId });
      await submitInTransaction(tx, { app, version: app.version, actor, audit, eventKind: 'assisted_filing', documentsFollow: true });
      return { statusCode: 201, body: { id: app.id } };
    }),
  );
  return { view: await getApplication(deps, actor, audit, answer.body.id), statusCode: answer.statusCode };
}
