import { Card, Flex, Progress, Result, Segmented, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-states.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useIsMobile } from '../../../lib/use-is-mobile.ts';
import { PUPIL_STATUSES, useSchoolPupils, type PupilFilter, type PupilStatus } from '../api/get-school-pupils.ts';
import { PupilsTable } from '../components/pupils-table.tsx';
import { pickSchool, rosterSchools } from '../components/roster-schools.ts';

const isStatus = (value: string | null): value is PupilStatus => PUPIL_STATUSES.includes(value as PupilStatus);

/** 新生报到: the pupils admitted to the caller's school, filtered by status, each recorded as arrived or not. */
export function RosterRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const isMobile = useIsMobile();
  const { grants } = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const schools = rosterSchools(grants);
  const school = pickSchool(schools, params.get('school'));
  const status = params.get('status');
  const filter: PupilFilter = {
    status: isStatus(status) ? status : undefined,
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: [10, 20, 50, 100].includes(Number(params.get('size'))) ? Number(params.get('size')) : 20,
  };
  const pupils = useSchoolPupils(school?.id, filter);
  const counts = pupils.data?.counts;
  const total = counts ? counts.accepted + counts.enrolled + counts.no_show : 0;

  const update = (change: Partial<PupilFilter> & { school?: string }) => {
    const next = { ...filter, page: 1, school: school?.id, ...change };
    const search = new URLSearchParams();
    if (next.school && next.school !== schools[0]?.id) search.set('school', next.school);
    if (next.status) search.set('status', next.status);
    if (next.page > 1) search.set('page', String(next.page));
    if (next.pageSize !== 20) search.set('size', String(next.pageSize));
    setParams(search, { replace: true });
  };

  if (!school) return <Result status="info" title={t('enrollmentRoster.title')} subTitle={t('enrollmentRoster.noSchool')} />;
  const label = (key: 'all' | PupilStatus, count: number | undefined) =>
    `${key === 'all' ? t('enrollmentRoster.all') : t(`enrollmentRoster.statuses.${key}`)}${count === undefined ? '' : ` ${format.number(count)}`}`;

  return (
    <>
      <PageHeader
        title={t('enrollmentRoster.title')}
        subtitle={schools.length === 1 ? format.name(school.nameZh, school.nameEn) : t('enrollmentRoster.subtitle')}
        extra={
          schools.length > 1 && (
            <Select
              aria-label={t('enrollmentRoster.school')}
              value={school.id}
              onChange={(id: string) => update({ school: id, status: undefined })}
              options={schools.map((s) => ({ value: s.id, label: format.name(s.nameZh, s.nameEn) }))}
              style={{ minWidth: 220, maxWidth: '100%' }}
            />
          )
        }
      />
      <Card size="small">
        <Flex vertical gap={12}>
          <Flex gap={16} wrap align="center" justify="space-between">
            <div style={{ maxWidth: '100%', overflowX: 'auto' }}>
              <Segmented<'all' | PupilStatus>
                aria-label={t('enrollmentRoster.statusFilter')}
                value={filter.status ?? 'all'}
                onChange={(value) => update({ status: value === 'all' ? undefined : value })}
                options={[{ value: 'all', label: label('all', counts && total) }, ...PUPIL_STATUSES.map((s) => ({ value: s, label: label(s, counts?.[s]) }))]}
              />
            </div>
            {counts && total > 0 && (
              <Flex vertical gap={0} style={{ minWidth: 180, flex: '0 1 240px' }}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('enrollmentRoster.arrivalRate', { enrolled: counts.enrolled, total })}
                </Typography.Text>
                <Progress
                  percent={Math.round((counts.enrolled / total) * 100)}
                  status="success"
                  showInfo={false}
                  size="small"
                  aria-label={t('enrollmentRoster.arrivalRate', { enrolled: counts.enrolled, total })}
                />
              </Flex>
            )}
          </Flex>
          {pupils.isError ? (
            <QueryError error={pupils.error} onRetry={() => void pupils.refetch()} />
          ) : (
            <PupilsTable
              items={pupils.data?.items}
              total={pupils.data?.total ?? 0}
              loading={pupils.isFetching}
              page={filter.page}
              pageSize={filter.pageSize}
              onPage={(page, pageSize) => update({ page, pageSize })}
              compact={isMobile}
            />
          )}
        </Flex>
      </Card>
    </>
  );
}
