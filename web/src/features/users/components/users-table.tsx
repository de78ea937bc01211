import { Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { GrantTags } from '../../../components/grant-tags.tsx';
import { useFormat } from '../../../lib/format.ts';
import type { User } from '../../../types/api.ts';
import { DataTable } from '../../../components/data-table.tsx';

interface UsersTableProps {
  items: User[] | undefined;
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
}

export function UsersTable({ items, total, loading, page, pageSize, onPage }: UsersTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: TableColumnsType<User> = [
    {
      title: t('users.displayName'),
      key: 'name',
      render: (_, u) => (
        <Flex vertical style={{ minWidth: 140 }}>
          <Link to={paths.users.user.getHref(u.id)}>{u.displayName}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {u.username ?? u.mobileMasked}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('users.roles'),
      key: 'roles',
      render: (_, u) => (
        <div style={{ minWidth: 200, maxWidth: 420 }}>
          <GrantTags grants={u.grants} />
        </div>
      ),
    },
    {
      title: t('users.status'),
      key: 'status',
      render: (_, u) => (u.isDisabled ? <Tag color="default">{t('users.disabled')}</Tag> : <Tag color="success">{t('users.active')}</Tag>),
    },
    { title: t('users.totp'), key: 'totp', render: (_, u) => (u.hasTotp ? t('users.totpOn') : t('users.totpOff')) },
    { title: t('users.createdAt'), key: 'createdAt', render: (_, u) => format.date(u.createdAt) },
  ];
  return (
    <DataTable<User>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      rowClassName={(u) => (u.isDisabled ? 'row-muted' : '')}
      paging={{ page, pageSize, total, onPage }}
    />
  );
}
