import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../lib/api-client.ts';

interface Row {
  key: number;
  row: string;
  column: string;
  message: string;
}

/** '第 17 行 / 学段' → row '第 17 行', column '学段'; anything else stays whole in the row cell. */
function split(field: string): Pick<Row, 'row' | 'column'> {
  const at = field.indexOf(' / ');
  return at < 0 ? { row: field, column: '' } : { row: field.slice(0, at), column: field.slice(at + 3) };
}

/** Every problem the server found in an import file, one line each, so all can be fixed in one go. */
export function ImportErrorTable({ fields }: { fields: readonly FieldError[] }) {
  const { t } = useTranslation();
  const rows: Row[] = fields.map((f, index) => ({ key: index, ...split(f.field), message: f.message }));
  return (
    <Table<Row>
      size="small"
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      columns={[
        { title: t('schoolFiles.errorRow'), dataIndex: 'row', width: 96 },
        { title: t('schoolFiles.errorColumn'), dataIndex: 'column', width: 112 },
        { title: t('schoolFiles.errorMessage'), dataIndex: 'message', render: (message: string) => <span style={{ wordBreak: 'break-word' }}>{message}</span> },
      ]}
    />
  );
}
