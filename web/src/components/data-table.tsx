import { Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';

/** One page of a list the server pages through. */
export interface ServerPaging {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number, pageSize: number) => void;
  /** The page sizes a person may pick; false when the list has one fixed size. */
  pageSizeOptions?: number[] | false;
  /** The server stopped counting at `total` (a very long list): "at least N". */
  totalIsLowerBound?: boolean;
  hideOnSinglePage?: boolean;
}

interface DataTableProps<T> extends Omit<TableProps<T>, 'pagination'> {
  paging: ServerPaging;
  /** Phones: the simple pager, without the size changer. */
  compact?: boolean;
}

const PAGE_SIZES = [10, 20, 50, 100];

/** An antd table whose pages come from the server: the one pager of every list in the staff app. */
export function DataTable<T extends object>({ paging, compact = false, ...table }: DataTableProps<T>) {
  const { t } = useTranslation();
  const { page, pageSize, total, onPage, pageSizeOptions = PAGE_SIZES, totalIsLowerBound = false, hideOnSinglePage } = paging;
  return (
    <Table<T>
      {...table}
      pagination={{
        current: page,
        pageSize,
        total,
        simple: compact,
        showSizeChanger: !compact && pageSizeOptions !== false,
        pageSizeOptions: pageSizeOptions === false ? undefined : pageSizeOptions,
        hideOnSinglePage,
        showTotal: (count) => (totalIsLowerBound ? t('common.totalItemsAtLeast', { count }) : t('common.totalItems', { count })),
        onChange: onPage,
      }}
    />
  );
}
