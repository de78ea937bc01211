import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { GRADES } from '../../../../../common/directory.ts';
import { useFormat } from '../../../lib/format.ts';
import type { Seat } from '../../../types/api.ts';

/** Seats per grade (学位), in school order, with the total. */
export function SeatTable({ seats }: { seats: readonly Seat[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = [...seats].sort((a, b) => GRADES.indexOf(a.grade) - GRADES.indexOf(b.grade));
  const total = rows.reduce((sum, row) => sum + row.seats, 0);
  return (
    <Table<Seat>
      rowKey="grade"
      size="small"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: t('directory.noSeats') }}
      columns={[
        { title: t('directory.grade'), key: 'grade', render: (_, row) => t(`grades.${row.grade}`) },
        { title: t('directory.seats'), key: 'seats', align: 'right', render: (_, row) => format.number(row.seats) },
      ]}
      summary={() =>
        rows.length > 0 && (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t('common.total')}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <Typography.Text strong>{format.number(total)}</Typography.Text>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )
      }
    />
  );
}
