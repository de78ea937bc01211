import { Flex, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import type { SchoolPupil } from '../api/get-school-pupils.ts';
import { ArrivalButtons } from './arrival-buttons.tsx';
import { OfferAndNotice, OfferAndNoticeLines } from './offer-and-notice.tsx';
import { PupilStatusTag } from './pupil-status-tag.tsx';
import { DataTable } from '../../../components/data-table.tsx';

interface PupilsTableProps {
  items: SchoolPupil[] | undefined;
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  /** Phones: one column per pupil, the buttons under the name. */
  compact: boolean;
}

export function PupilsTable({ items, total, loading, page, pageSize, onPage, compact }: PupilsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const person = (p: SchoolPupil) => (
    <Flex vertical gap={0}>
      <Typography.Text strong>{p.childName}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(`enrollmentRoster.sexes.${p.sex}`)} · {format.date(p.birthDate)} · {p.idNumberMasked}
      </Typography.Text>
    </Flex>
  );
  const outcome = (p: SchoolPupil) =>
    p.status === 'accepted' ? (
      <ArrivalButtons pupil={p} />
    ) : (
      p.arrivalRecordedAt && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('enrollmentRoster.recordedAt', { time: format.dateTime(p.arrivalRecordedAt) })}
        </Typography.Text>
      )
    );

  const columns: TableColumnsType<SchoolPupil> = compact
    ? [
        {
          key: 'pupil',
          render: (_, p) => (
            <Flex vertical gap={6}>
              <Flex justify="space-between" align="flex-start" gap={8}>
                {person(p)}
                <PupilStatusTag status={p.status} />
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[p.reference, t(`grades.${p.grade}`), format.name(p.routeNameZh, p.routeNameEn)].join(' · ')}
              </Typography.Text>
              <OfferAndNoticeLines pupil={p} />
              {outcome(p)}
            </Flex>
          ),
        },
      ]
    : [
        { title: t('enrollmentRoster.name'), key: 'name', render: (_, p) => person(p) },
        { title: t('enrollmentRoster.reference'), key: 'reference', render: (_, p) => <Typography.Text copyable>{p.reference}</Typography.Text> },
        {
          title: t('enrollmentRoster.gradeAndRoute'),
          key: 'route',
          render: (_, p) => (
            <Flex vertical gap={0}>
              {`${p.schoolYear} · ${t(`grades.${p.grade}`)}`}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {format.name(p.routeNameZh, p.routeNameEn)}
              </Typography.Text>
            </Flex>
          ),
        },
        { title: t('enrollmentRoster.offerAndNotice'), key: 'offer', render: (_, p) => <OfferAndNotice pupil={p} /> },
        { title: t('enrollmentRoster.status'), key: 'status', render: (_, p) => <PupilStatusTag status={p.status} /> },
        { title: t('common.actions'), key: 'actions', render: (_, p) => outcome(p) },
      ];

  return (
    <DataTable<SchoolPupil>
      rowKey="applicationId"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      showHeader={!compact}
      // No sideways scrolling on a desktop: the cells wrap (the two arrival buttons one above the other if need be).
      locale={{ emptyText: t('enrollmentRoster.empty') }}
      compact={compact}
      paging={{ page, pageSize, total, onPage, hideOnSinglePage: compact }}
    />
  );
}
