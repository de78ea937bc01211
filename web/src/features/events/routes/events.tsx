import { PlusOutlined } from '@ant-design/icons';
import { Card, Flex, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-states.tsx';
import { useCanAccess } from '../../../lib/access.ts';
import { useFormat } from '../../../lib/format.ts';
import { useIsMobile } from '../../../lib/use-is-mobile.ts';
import type { EventItem } from '../api/events-types.ts';
import { useEvents } from '../api/get-events.ts';
import { EventKindTag, EventStatusTag, RegistrationStatusTag } from '../components/event-tags.tsx';

type View = 'all' | 'open' | 'organizing';

/** 活动: every event the caller may see, those open for registration, and those their organization runs. */
export function EventsRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const isMobile = useIsMobile();
  const canCreate = useCanAccess('eventsCreate');
  const [params, setParams] = useSearchParams();
  const view = (['all', 'open', 'organizing'] as const).find((v) => v === params.get('view')) ?? 'all';
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('pageSize') ?? 20) || 20;
  const events = useEvents({ page, pageSize, status: view === 'open' ? 'registration_open' : undefined, organizing: view === 'organizing' ? true : undefined });
  const update = (next: { view?: View; page?: number; pageSize?: number }) =>
    setParams({ view: next.view ?? view, page: String(next.page ?? 1), pageSize: String(next.pageSize ?? pageSize) }, { replace: true });

  return (
    <>
      <PageHeader
        title={t('events.title')}
        subtitle={t('events.subtitle')}
        extra={
          <>
            <ButtonLink to={paths.events.mine.getHref()}>{t('events.mine')}</ButtonLink>
            {canCreate && (
              <ButtonLink type="primary" icon={<PlusOutlined aria-hidden />} to={paths.events.newEvent.getHref()}>
                {t('events.new')}
              </ButtonLink>
            )}
          </>
        }
      />
      <Card size="small">
        <Flex vertical gap={12}>
          <Segmented<View>
            value={view}
            onChange={(next) => update({ view: next })}
            options={[
              { value: 'all', label: t('events.filters.all') },
              { value: 'open', label: t('events.filters.open') },
              ...(canCreate ? [{ value: 'organizing' as const, label: t('events.filters.organizing') }] : []),
            ]}
          />
          {events.isError ? (
            <QueryError error={events.error} onRetry={() => void events.refetch()} />
          ) : (
            <DataTable<EventItem>
              rowKey="id"
              size="small"
              compact={isMobile}
              loading={events.isFetching}
              dataSource={events.data?.items}
              paging={{ page, pageSize, total: events.data?.total ?? 0, onPage: (p, s) => update({ page: p, pageSize: s }) }}
              columns={[
                {
                  key: 'title',
                  title: t('events.columns.title'),
                  render: (_, e) => (
                    <Flex vertical gap={2}>
                      <Link to={paths.events.event.getHref(e.id)}>{e.title}</Link>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {e.organizers.map((o) => format.name(o.nameZh, o.nameEn)).join('、')}
                      </Typography.Text>
                      {isMobile && (
                        <Flex gap={4} wrap>
                          <EventStatusTag status={e.status} />
                          {e.myRegistration && <RegistrationStatusTag status={e.myRegistration.status} />}
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {format.dateTime(e.startsAt)}
                          </Typography.Text>
                        </Flex>
                      )}
                    </Flex>
                  ),
                },
                ...(isMobile
                  ? []
                  : [
                      { key: 'kind', title: t('events.columns.kind'), render: (_: unknown, e: EventItem) => <EventKindTag kind={e.kind} /> },
                      { key: 'mode', title: t('events.columns.mode'), render: (_: unknown, e: EventItem) => t(`events.modes.${e.mode}`) },
                      { key: 'startsAt', title: t('events.columns.startsAt'), render: (_: unknown, e: EventItem) => format.dateTime(e.startsAt) },
                      {
                        key: 'status',
                        title: t('events.columns.status'),
                        render: (_: unknown, e: EventItem) => (
                          <Flex gap={4} wrap>
                            <EventStatusTag status={e.status} />
                            {e.myRegistration && <RegistrationStatusTag status={e.myRegistration.status} />}
                          </Flex>
                        ),
                      },
                      {
                        key: 'seats',
                        title: t('events.columns.seats'),
                        render: (_: unknown, e: EventItem) =>
                          `${t('events.seatsOf', { confirmed: e.confirmed, capacity: e.capacity })}${e.waitlisted > 0 ? ` · ${t('events.waitlistedN', { count: e.waitlisted })}` : ''}`,
                      },
                    ]),
              ]}
            />
          )}
        </Flex>
      </Card>
    </>
  );
}
