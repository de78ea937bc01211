import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../lib/api-client.ts';
import { splitCellLabel } from '../lib/cell-label.ts';

interface Row {
  key: number;
  row: string;
  column: string;
  message: string;
}

/** Every problem the server found in an import file (schools, cooperation records), one line each, so all can be fixed in one go. */
export function ImportErrorTable({ fields }: { fields: readonly FieldError[] }) {
  const { t } = useTranslation();
  const rows: Row[] = fields.map((f, index) => ({ key: index, ...splitCellLabel(f.field), message: f.message }));
  return (
    <Table<Row>
      size="small"
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      columns={[
        { title: t('common.importErrors.row'), dataIndex: 'row', width: 96 },
        { title: t('common.importErrors.column'), dataIndex: 'column', width: 112 },
        {
          title: t('common.importErrors.problem'),
          dataIndex: 'message',
          render: (message: string) => <span style={{ wordBreak: 'break-word' }}>{message}</span>,
        },
      ]}
    />
  );
}
