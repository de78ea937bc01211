import { Card, Descriptions, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { useIsMobile } from '../../../lib/use-is-mobile.ts';
import type { EventItem } from '../api/events-types.ts';

/** What, who, where and when; the seats and the quotas; the agenda. */
export function EventFacts({ event }: { event: EventItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  const isMobile = useIsMobile();
  const separator = format.locale === 'en-US' ? '; ' : '、';
  const names = (items: { nameZh: string; nameEn: string }[]) => items.map((o) => format.name(o.nameZh, o.nameEn)).join(separator);
  const audience =
    event.audience === 'regions'
      ? t('events.facts.audienceList', { audience: t('events.audiences.regions'), names: names(event.audienceRegions) })
      : event.audience === 'invited_schools'
        ? t('events.facts.audienceList', { audience: t('events.audiences.invited_schools'), names: names(event.audienceSchools) })
        : t('events.audiences.staff');
  const items = [
    { key: 'kind', label: t('events.facts.kind'), children: t(`events.kinds.${event.kind}`) },
    ...(event.subject || event.stage
      ? [
          {
            key: 'subject',
            label: t('events.facts.subjectStage'),
            children: [
              event.subject && t(`cooperation.subjects.${event.subject}` as 'cooperation.subjects.chinese'),
              event.stage && t(`stages.${event.stage}` as 'stages.primary'),
            ]
              .filter(Boolean)
              .join(' · '),
          },
        ]
      : []),
    { key: 'organizers', label: t('events.facts.organizers'), children: names(event.organizers) },
    { key: 'time', label: t('events.facts.time'), children: `${format.dateTime(event.startsAt)} – ${format.dateTime(event.endsAt)}` },
    { key: 'mode', label: t('events.facts.mode'), children: t(`events.modes.${event.mode}`) },
    ...(event.venue ? [{ key: 'venue', label: t('events.facts.venue'), children: [event.venue, event.address].filter(Boolean).join(' · ') }] : []),
    ...(event.meetingUrl
      ? [
          {
            key: 'link',
            label: t('events.facts.meetingUrl'),
            children: (
              <Typography.Link href={event.meetingUrl} target="_blank" rel="noreferrer">
                {event.meetingUrl}
              </Typography.Link>
            ),
          },
        ]
      : []),
    ...(event.registrationDeadline ? [{ key: 'deadline', label: t('events.facts.deadline'), children: format.dateTime(event.registrationDeadline) }] : []),
    { key: 'audience', label: t('events.facts.audience'), children: audience },
    {
      key: 'capacity',
      label: t('events.facts.capacity'),
      children: `${t('events.seatsOf', { confirmed: event.confirmed, capacity: event.capacity })}${event.waitlisted > 0 ? ` · ${t('events.waitlistedN', { count: event.waitlisted })}` : ''}`,
    },
    ...(event.quotas.length > 0
      ? [
          {
            key: 'quotas',
            label: t('events.facts.quotas'),
            children: (
              <div>
                {event.quotas.map((q) => (
                  <div key={q.id}>
                    {t('events.facts.quotaTaken', {
                      name: format.name(q.region?.nameZh ?? q.organization?.nameZh, q.region?.nameEn ?? q.organization?.nameEn),
                      taken: q.taken,
                      seats: q.seats,
                    })}
                  </div>
                ))}
                <Typography.Text type="secondary">{t('events.facts.openSeats')}</Typography.Text>
              </div>
            ),
          },
        ]
      : []),
    ...(event.cancelReason ? [{ key: 'cancel', label: t('events.facts.cancelReason'), children: event.cancelReason }] : []),
    ...(event.description ? [{ key: 'description', label: t('events.facts.description'), children: event.description }] : []),
  ];
  return (
    <>
      <Card size="small" title={t('events.facts.title')}>
        <Descriptions column={1} size="small" layout={isMobile ? 'vertical' : 'horizontal'} items={items} />
      </Card>
      <Card size="small" title={t('events.agenda.title')}>
        <List
          dataSource={event.sessions}
          renderItem={(s) => (
            <List.Item key={s.id}>
              <List.Item.Meta
                title={s.title}
                description={
                  <>
                    <div>{`${format.dateTime(s.startsAt)} – ${format.dateTime(s.endsAt)}`}</div>
                    {s.room && <div>{t('events.agenda.room', { room: s.room })}</div>}
                    {s.speakers.length > 0 && <div>{t('events.agenda.speakers', { names: s.speakers.join(separator) })}</div>}
                    {s.meetingUrl && (
                      <Typography.Link href={s.meetingUrl} target="_blank" rel="noreferrer">
                        {t('events.agenda.link')}
                      </Typography.Link>
                    )}
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}
