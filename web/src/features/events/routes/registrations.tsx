import { App, Button, Card, Flex, Input, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { DataTable } from '../../../components/data-table.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSpinner, QueryError } from '../../../components/query-states.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useIsMobile } from '../../../lib/use-is-mobile.ts';
import { useCheckIn, type CheckIn } from '../api/check-in.ts';
import type { Registration } from '../api/events-types.ts';
import { useEvent } from '../api/get-event.ts';
import { useRegistrations } from '../api/get-registrations.ts';
import { RegistrationStatusTag } from '../components/event-tags.tsx';

/** 报名与签到: the organizer's list of registrations, and check-in per session by the QR code's token or from the list. */
export function EventRegistrationsRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const { id = '' } = useParams();
  const event = useEvent(id);
  const [sessionId, setSessionId] = useState<string>();
  const [token, setToken] = useState('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState({ page: 1, pageSize: 50 });
  const q = useDebouncedValue(search);
  const registrations = useRegistrations(id, { ...page, q: q.trim() || undefined });
  const checkIn = useCheckIn(id);
  if (event.isPending) return <PageSpinner />;
  if (event.isError) return <QueryError error={event.error} onRetry={() => void event.refetch()} />;
  const session = sessionId ?? event.data.sessions[0]?.id;
  const send = (body: Omit<CheckIn, 'sessionId'>) => {
    if (!session) return;
    checkIn.mutate({ sessionId: session, ...body } as CheckIn, {
      onSuccess: (result) => {
        const name = result.registration.displayName;
        void message.success(result.isNew ? t('events.registrations.checkedInName', { name }) : t('events.registrations.already', { name }));
        setToken('');
      },
    });
  };

  return (
    <>
      <PageHeader title={t('events.registrations.title')} subtitle={event.data.title} backTo={paths.events.event.getHref(id)} />
      <Flex vertical gap={16}>
        <Card size="small">
          <Flex gap={12} wrap align="flex-end">
            <label style={{ flex: '1 1 240px', minWidth: 0 }}>
              <div>{t('events.registrations.session')}</div>
              <Select
                style={{ width: '100%' }}
                value={session}
                onChange={setSessionId}
                options={event.data.sessions.map((s) => ({ value: s.id, label: `${s.title} · ${format.dateTime(s.startsAt)}` }))}
              />
            </label>
            <form
              style={{ flex: '1 1 240px', minWidth: 0, display: 'flex', gap: 8, alignItems: 'flex-end' }}
              onSubmit={(e) => {
                e.preventDefault();
                if (token.trim()) send({ token: token.trim() });
              }}
            >
              <label style={{ flex: 1, minWidth: 0 }}>
                <div>{t('events.registrations.token')}</div>
                <Input value={token} onChange={(e) => setToken(e.target.value)} placeholder={t('events.registrations.tokenPlaceholder')} autoComplete="off" />
              </label>
              <Button type="primary" htmlType="submit" loading={checkIn.isPending}>
                {t('events.registrations.checkInByToken')}
              </Button>
            </form>
          </Flex>
          <div style={{ marginTop: 12 }}>
            <ErrorAlert error={checkIn.error} />
          </div>
        </Card>
        <Card size="small">
          <Flex vertical gap={12}>
            <Input.Search
              allowClear
              placeholder={t('events.registrations.search')}
              aria-label={t('events.registrations.search')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              style={{ maxWidth: 320 }}
            />
            {registrations.isError ? (
              <QueryError error={registrations.error} onRetry={() => void registrations.refetch()} />
            ) : (
              <DataTable<Registration>
                rowKey="id"
                size="small"
                compact={isMobile}
                loading={registrations.isFetching}
                dataSource={registrations.data?.items}
                paging={{ ...page, total: registrations.data?.total ?? 0, onPage: (p, s) => setPage({ page: p, pageSize: s }) }}
                columns={[
                  ...(isMobile ? [] : [{ key: 'seq', title: t('events.registrations.columns.seq'), render: (_: unknown, r: Registration) => r.seq }]),
                  {
                    key: 'name',
                    title: t('events.registrations.columns.name'),
                    render: (_, r) => (
                      <Flex vertical>
                        <span>{r.displayName}</span>
                        {isMobile && r.organization && <span style={{ fontSize: 12 }}>{format.name(r.organization.nameZh, r.organization.nameEn)}</span>}
                        {isMobile && (
                          <span>
                            <RegistrationStatusTag status={r.status} />
                          </span>
                        )}
                      </Flex>
                    ),
                  },
                  ...(isMobile
                    ? []
                    : [
                        {
                          key: 'org',
                          title: t('events.registrations.columns.organization'),
                          render: (_: unknown, r: Registration) => (r.organization ? format.name(r.organization.nameZh, r.organization.nameEn) : ''),
                        },
                      ]),
                  ...(isMobile
                    ? []
                    : [
                        {
                          key: 'status',
                          title: t('events.registrations.columns.status'),
                          render: (_: unknown, r: Registration) => <RegistrationStatusTag status={r.status} />,
                        },
                      ]),
                  {
                    key: 'attendance',
                    title: t('events.registrations.columns.attendance'),
                    render: (_, r) =>
                      session && r.attended.includes(session) ? (
                        <Tag color="success">{t('events.registrations.checkedIn')}</Tag>
                      ) : r.status === 'confirmed' ? (
                        <Button
                          size="small"
                          onClick={() => send({ registrationId: r.id })}
                          aria-label={`${t('events.registrations.checkIn')} ${r.displayName}`}
                        >
                          {t('events.registrations.checkIn')}
                        </Button>
                      ) : null,
                  },
                ]}
              />
            )}
          </Flex>
        </Card>
      </Flex>
    </>
  );
}
