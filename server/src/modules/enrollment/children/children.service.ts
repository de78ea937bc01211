import { randomUUID } from 'node:crypto';
import { CONSENT_TEXT_VERSION, CONSENT_TEXTS } from '../../../../../common/consent.ts';
import { maskIdNumber, parseIdNumber } from '../../../../../common/id-number.ts';
import { maskName } from '../../../../../common/masking.ts';
import type { Locale } from '../../../../../common/locales.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { authorize, can, type Action } from '../../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { DataProtector } from '../../../platform/crypto/data-protection.ts';
import type { Db, DbOrTx } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import { isForeignKeyViolation } from '../../../platform/db/db-errors.ts';
import { AppError, conflict, notFound, type FieldError } from '../../../platform/http/errors.ts';
import * as repo from './children.repository.ts';
import type { ChildView, ConsentBody, CreateChildBody, UpdateChildBody } from './children.schemas.ts';

const PURPOSE = 'sensitive_personal_information' as const;

export interface ChildDeps {
  db: Db;
  protector: DataProtector;
}

/** Guardians see their child in full but for the ID number; anyone else allowed to read sees a masked name and no address. */
function toChildView(deps: ChildDeps, actor: Actor, child: repo.ChildRow, guardians: repo.GuardianRow[], consented: Set<string>): ChildView {
  const own = guardians.filter((g) => g.child_id === child.id);
  const mine = own.find((g) => g.user_id === actor.userId);
  return {
    id: child.id,
    name: mine ? child.name : maskName(child.name),
    sex: child.sex,
    birthDate: child.birth_date,
    idNumberMasked: child.id_number_masked,
    hukouDivisionCode: child.hukou_division_code,
    hukouAddress: mine && child.hukou_address_enc ? deps.protector.decrypt(child.hukou_address_enc) : null,
    relation: mine?.relation ?? null,
    guardianCount: own.length,
    hasConsent: consented.has(child.id),
    createdAt: child.created_at,
    version: child.version,
  };
}

async function presentChildren(deps: ChildDeps, actor: Actor, children: repo.ChildRow[]): Promise<ChildView[]> {
  const ids = children.map((c) => c.id);
  const [guardians, consented] = await Promise.all([repo.findGuardians(deps.db, ids), repo.childrenWithConsent(deps.db, ids, PURPOSE, CONSENT_TEXT_VERSION)]);
  return children.map((c) => toChildView(deps, actor, c, guardians, consented));
}

/** The child for an action; a 404 for those who may not even see it, so its existence does not leak. */
async function loadChild(db: DbOrTx, actor: Actor, id: string, action: Action) {
  const child = await repo.findChildById(db, id);
  if (!child) throw notFound();
  const guardians = await repo.findGuardians(db, [id]);
  const resource = { type: 'child' as const, guardianUserIds: guardians.map((g) => g.user_id) };
  if (!can(actor, 'read', resource)) throw notFound();
  authorize(actor, action, resource);
  return child;
}

/** Normalises and checks the ID number, and that the stated birth date and sex agree with it. */
function checkIdNumber(input: CreateChildBody) {
  const parsed = parseIdNumber(input.idNumber);
  if (!parsed.ok) throw new AppError('enrollment.id_number_invalid', 400, { reason: `reason:${parsed.reason}` }, [{ field: '/idNumber', message: '' }]);
  const fields: FieldError[] = [];
  if (parsed.birthDate !== input.birthDate) fields.push({ field: '/birthDate', message: '' });
  if (parsed.sex !== input.sex) fields.push({ field: '/sex', message: '' });
  if (fields.length > 0) throw new AppError('enrollment.id_number_mismatch', 400, {}, fields);
  return parsed;
}

export async function listChildren(deps: ChildDeps, actor: Actor): Promise<ChildView[]> {
  authorize(actor, 'list', { type: 'child_collection' });
  return presentChildren(deps, actor, await repo.listChildrenOfGuardian(deps.db, actor.userId));
}

export async function getChild(deps: ChildDeps, actor: Actor, id: string): Promise<ChildView> {
  const child = await loadChild(deps.db, actor, id, 'read');
  return (await presentChildren(deps, actor, [child]))[0]!;
}

/**
 * One profile per ID number nationwide. A retry by a guardian of the existing profile gets that profile
 * back (created: false) instead of a conflict; anyone else learns only that it exists, not whose it is.
 */
export async function createChild(deps: ChildDeps, actor: Actor, audit: AuditContext, input: CreateChildBody): Promise<{ child: ChildView; created: boolean }> {
  authorize(actor, 'create', { type: 'child_collection' });
  const parsed = checkIdNumber(input);
  const hash = deps.protector.keyedHash(parsed.value);
  const id = randomUUID();
  const existingId = await deps.db.transaction().execute(async (tx) => {
    const now = nowIso();
    const inserted = await repo.insertChild(tx, {
      id,
      name: input.name,
      sex: parsed.sex,
      birth_date: parsed.birthDate,
      id_number_enc: deps.protector.encrypt(parsed.value),
      id_number_hash: hash,
      id_number_masked: maskIdNumber(parsed.value),
      hukou_division_code: input.hukouDivisionCode ?? parsed.divisionCode,
      hukou_address_enc: input.hukouAddress ? deps.protector.encrypt(input.hukouAddress) : null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    if (!inserted) {
      const existing = await repo.findChildByIdNumberHash(tx, hash);
      const guardians = existing ? await repo.findGuardians(tx, [existing.id]) : [];
      if (existing && guardians.some((g) => g.user_id === actor.userId)) return existing.id;
      throw new AppError('enrollment.child_exists', 409);
    }
    await repo.insertGuardian(tx, { child_id: id, user_id: actor.userId, relation: input.relation, created_at: now });
    await recordAudit(tx, audit, { action: 'child.create', objectType: 'child', objectId: id, result: 'success' });
    return null;
  });
  return { child: await getChild(deps, actor, existingId ?? id), created: existingId === null };
}

export async function updateChild(deps: ChildDeps, actor: Actor, audit: AuditContext, id: string, input: UpdateChildBody): Promise<ChildView> {
  await loadChild(deps.db, actor, id, 'update');
  await deps.db.transaction().execute(async (tx) => {
    const changed = await repo.updateChild(tx, id, input.version, {
      name: input.name,
      hukou_division_code: input.hukouDivisionCode,
      hukou_address_enc: input.hukouAddress ? deps.protector.encrypt(input.hukouAddress) : null,
      updated_at: nowIso(),
    });
    if (!changed) throw conflict();
    await repo.updateRelation(tx, id, actor.userId, input.relation);
    await recordAudit(tx, audit, {
      action: 'child.update',
      objectType: 'child',
      objectId: id,
      result: 'success',
      detail: { fields: ['name', 'hukouDivisionCode', 'hukouAddress', 'relation'] },
    });
  });
  return getChild(deps, actor, id);
}

/** Only while the child has no application (applications do not exist yet): the way to correct a mistyped ID number. */
export async function deleteChild(deps: ChildDeps, actor: Actor, audit: AuditContext, id: string): Promise<void> {
  await loadChild(deps.db, actor, id, 'delete');
  const hasApplications = () => new AppError('enrollment.child_has_applications', 409);
  try {
    await deps.db.transaction().execute(async (tx) => {
      if (await repo.hasApplications(tx, id)) throw hasApplications();
      await repo.deleteChild(tx, id);
      await recordAudit(tx, audit, { action: 'child.delete', objectType: 'child', objectId: id, result: 'success' });
    });
  } catch (error) {
    // An application filed between the check and the delete trips the foreign key: the same answer.
    if (isForeignKeyViolation(error)) throw hasApplications();
    throw error;
  }
}

/** The full ID number, for the child's guardians only; every view is audited. */
export async function revealIdNumber(deps: ChildDeps, actor: Actor, audit: AuditContext, id: string): Promise<{ idNumber: string }> {
  const child = await loadChild(deps.db, actor, id, 'reveal_id_number');
  await recordAudit(deps.db, audit, { action: 'child.id_number.view', objectType: 'child', objectId: id, result: 'success' });
  return { idNumber: deps.protector.decrypt(child.id_number_enc) };
}

/** Records consent to the current text; agreeing again while a consent to it stands adds nothing. */
export async function giveConsent(deps: ChildDeps, actor: Actor, audit: AuditContext, id: string, input: ConsentBody): Promise<ChildView> {
  await loadChild(deps.db, actor, id, 'update');
  if (input.textVersion !== CONSENT_TEXT_VERSION) throw new AppError('enrollment.consent_outdated', 409, { version: CONSENT_TEXT_VERSION });
  await deps.db.transaction().execute(async (tx) => {
    if ((await repo.childrenWithConsent(tx, [id], PURPOSE, CONSENT_TEXT_VERSION)).has(id)) return;
    const consentId = randomUUID();
    await repo.insertConsent(tx, {
      id: consentId,
      child_id: id,
      user_id: actor.userId,
      purpose: PURPOSE,
      text_version: input.textVersion,
      locale: input.locale,
      given_at: nowIso(),
      withdrawn_at: null,
      ip: audit.ip,
    });
    await recordAudit(tx, audit, {
      action: 'child.consent.give',
      objectType: 'child',
      objectId: id,
      result: 'success',
      detail: { consentId, textVersion: input.textVersion },
    });
  });
  return getChild(deps, actor, id);
}

/** Withdraws every standing consent for the child (whichever guardian gave it); withdrawing twice is harmless. */
export async function withdrawConsent(deps: ChildDeps, actor: Actor, audit: AuditContext, id: string): Promise<ChildView> {
  await loadChild(deps.db, actor, id, 'update');
  await deps.db.transaction().execute(async (tx) => {
    const withdrawn = await repo.withdrawConsents(tx, id, PURPOSE, nowIso());
    if (withdrawn > 0)
      await recordAudit(tx, audit, { action: 'child.consent.withdraw', objectType: 'child', objectId: id, result: 'success', detail: { withdrawn } });
  });
  return getChild(deps, actor, id);
}

export function consentText(locale: Locale) {
  return { version: CONSENT_TEXT_VERSION, locale, ...CONSENT_TEXTS[locale] };
}
