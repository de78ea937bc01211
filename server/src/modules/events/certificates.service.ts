import { randomUUID } from 'node:crypto';
import { maskName } from '../../../../common/masking.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { authorize, can } from '../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.ts';
import { nowIso, type Db, type DbOrTx } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import { notifyAll } from '../../platform/notifications/notify.ts';
import { deploymentDay, deploymentTime } from '../../platform/time/deployment-time.ts';
import { newVerificationCode, normalizeVerificationCode } from '../../platform/crypto/verification-code.ts';
import { renderCertificate } from './certificate-pdf.ts';
import * as certs from './certificates.repository.ts';
import type { CertificateView, PublicCertificateView, RevokeCertificateBody } from './certificates.schemas.ts';
import type { EventsResource } from './events.policy.ts';
import * as repo from './events.repository.ts';
import { eventResource, loadEvent } from './events.service.ts';

type CertificateResource = Extract<EventsResource, { type: 'event_certificate' }>;

/** 学时: the hours of the sessions attended, to a tenth. */
const hoursOf = (sessions: repo.SessionRow[], attended: Set<string>) =>
  Math.round(
    sessions.filter((s) => attended.has(s.id)).reduce((sum, s) => sum + (new Date(s.ends_at).getTime() - new Date(s.starts_at).getTime()) / 3_600_000, 0) * 10,
  ) / 10;

/**
 * Certificates for everyone confirmed who was checked in to at least one session, once the event was held;
 * nobody else gets one. Issuing again adds only those still without one.
 */
export async function issueCertificates(db: Db, actor: Actor, audit: AuditContext, eventId: string): Promise<{ issued: number; total: number }> {
  const { event } = await loadEvent(db, actor, eventId, 'update');
  if (event.status !== 'held' && event.status !== 'closed') throw new AppError('events.certificates_not_yet', 409);
  return db.transaction().execute(async (tx) => {
    const [registrations, sessions] = await Promise.all([repo.findActiveRegistrations(tx, eventId), repo.findSessions(tx, [eventId])]);
    const confirmed = registrations.filter((r) => r.status === 'confirmed');
    const attendance = await repo.findAttendance(
      tx,
      confirmed.map((r) => r.id),
    );
    const now = nowIso();
    const issuedTo: string[] = [];
    for (const registration of confirmed) {
      const attended = new Set(attendance.filter((a) => a.registration_id === registration.id).map((a) => a.session_id));
      if (attended.size === 0) continue;
      const inserted = await certs.insertCertificate(tx, {
        id: randomUUID(),
        registration_id: registration.id,
        event_id: eventId,
        user_id: registration.user_id,
        holder_name: registration.display_name,
        hours: hoursOf(sessions, attended),
        verification_code: newVerificationCode(),
        issued_at: now,
        issued_by: actor.userId,
        revoked_at: null,
        revoked_by: null,
        revoke_reason: null,
      });
      if (inserted) issuedTo.push(registration.user_id);
    }
    await notifyAll(
      tx,
      issuedTo.map((userId) => ({
        userId,
        kind: 'event_certificate_issued',
        params: { title: event.title },
        objectType: 'event',
        objectId: eventId,
        sms: false,
      })),
    );
    await recordAudit(tx, audit, {
      action: 'event.certificates.issue',
      objectType: 'event',
      objectId: eventId,
      result: 'success',
      detail: { issued: issuedTo.length },
    });
    return { issued: issuedTo.length, total: (await certs.findCertificatesOfEvent(tx, eventId)).length };
  });
}

async function loadCertificate(db: DbOrTx, actor: Actor, id: string) {
  const certificate = await certs.findCertificate(db, id);
  if (!certificate) throw notFound();
  const organizers = await repo.findOrganizers(db, [certificate.event_id]);
  const orgs = await repo.findOrganizations(
    db,
    organizers.map((o) => o.organization_id),
  );
  const resource: CertificateResource = {
    type: 'event_certificate',
    userId: certificate.user_id,
    organizers: eventResource({ status: 'held' }, organizers, orgs).organizers,
  };
  if (!can(actor, 'read', resource)) throw notFound();
  return { certificate, resource, organizerNames: organizers.map((o) => orgs.get(o.organization_id)) };
}

async function present(db: DbOrTx, rows: certs.CertificateRow[]): Promise<CertificateView[]> {
  const events = new Map(
    (
      await repo.findEvents(
        db,
        rows.map((r) => r.event_id),
      )
    ).map((e) => [e.id, e]),
  );
  return rows.map((r) => ({
    id: r.id,
    eventId: r.event_id,
    eventTitle: events.get(r.event_id)?.title ?? '',
    holderName: r.holder_name,
    hours: r.hours,
    verificationCode: r.verification_code,
    issuedAt: r.issued_at,
    revokedAt: r.revoked_at,
    revokeReason: r.revoke_reason,
  }));
}

/** A person's certificates, all in one place. */
export async function myCertificates(db: Db, actor: Actor) {
  authorize(actor, 'list', { type: 'event_catalogue' });
  return { items: await present(db, await certs.findCertificatesOfUser(db, actor.userId)) };
}

/** The PDF of a certificate still valid, in Chinese or English; `origin` is where its verification page lives. */
export async function downloadCertificate(db: Db, actor: Actor, audit: AuditContext, id: string, origin: string, locale: 'zh-CN' | 'en-US') {
  const { certificate, organizerNames } = await loadCertificate(db, actor, id);
  if (certificate.revoked_at !== null) throw new AppError('events.certificate_revoked', 409);
  const event = (await repo.findEvent(db, certificate.event_id))!;
  const registration = await repo.findRegistration(db, certificate.registration_id);
  const org = registration?.organization_id ? (await repo.findOrganizations(db, [registration.organization_id])).get(registration.organization_id) : undefined;
  const name = (o: { nameZh: string; nameEn: string } | undefined) => (o ? (locale === 'en-US' ? o.nameEn || o.nameZh : o.nameZh) : null);
  const body = await renderCertificate(
    {
      holderName: certificate.holder_name,
      organizationName: name(org),
      eventTitle: event.title,
      organizers: organizerNames.flatMap((o) => (o ? [name(o)!] : [])),
      heldAt: deploymentTime(event.starts_at),
      hours: certificate.hours,
      verificationCode: certificate.verification_code,
      verifyUrl: `${origin}/verify/certificates/${certificate.verification_code}`,
      issuedOn: deploymentDay(certificate.issued_at),
    },
    locale,
  );
  await recordAudit(db, audit, { action: 'event.certificate.download', objectType: 'event_certificate', objectId: id, result: 'success' });
  return { filename: `certificate-${certificate.verification_code}.pdf`, body };
}

export async function revokeCertificate(db: Db, actor: Actor, audit: AuditContext, id: string, body: RevokeCertificateBody): Promise<CertificateView> {
  const { resource } = await loadCertificate(db, actor, id);
  authorize(actor, 'cancel', resource);
  await db.transaction().execute(async (tx) => {
    await certs.revokeCertificate(tx, id, actor.userId, body.reason, nowIso());
    await recordAudit(tx, audit, { action: 'event.certificate.revoke', objectType: 'event_certificate', objectId: id, result: 'success' });
  });
  return (await present(db, [(await certs.findCertificate(db, id))!]))[0]!;
}

/** The public confirmation behind a certificate's QR code: masked name, event, hours, day of issue, valid or revoked. */
export async function verifyCertificate(db: Db, input: string): Promise<PublicCertificateView> {
  const code = normalizeVerificationCode(input);
  const certificate = code ? await certs.findCertificateByCode(db, code) : undefined;
  if (!certificate) throw notFound();
  const event = (await repo.findEvent(db, certificate.event_id))!;
  return {
    code: certificate.verification_code,
    maskedName: maskName(certificate.holder_name),
    eventTitle: event.title,
    hours: certificate.hours,
    issuedOn: deploymentDay(certificate.issued_at),
    status: certificate.revoked_at === null ? 'valid' : 'revoked',
    revokedOn: certificate.revoked_at ? deploymentDay(certificate.revoked_at) : null,
  };
}
