import { PlusOutlined } from '@ant-design/icons';
import { Card, Flex, Input, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ROLES, type Role } from '../../../../../common/roles.ts';
import { paths } from '../../../app/paths.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-states.tsx';
import { useCurrentUser } from '../../../lib/session.ts';
import { useUsers, type UserFilter } from '../api/get-users.ts';
import { grantableRoles } from '../components/grantable-roles.ts';
import { UsersTable } from '../components/users-table.tsx';

/** 用户与角色: the people in the caller's jurisdiction (or school), searchable by name or account. */
export function UsersRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const filter: UserFilter = {
    q: params.get('q') ?? undefined,
    role: ROLES.includes(params.get('role') as Role) ? (params.get('role') as Role) : undefined,
    includeDisabled: params.get('disabled') === '1',
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: [10, 20, 50, 100].includes(Number(params.get('size'))) ? Number(params.get('size')) : 20,
  };
  const users = useUsers(filter);

  const update = (change: Partial<UserFilter>) => {
    const next = { ...filter, page: 1, ...change };
    const search = new URLSearchParams();
    if (next.q) search.set('q', next.q);
    if (next.role) search.set('role', next.role);
    if (next.includeDisabled) search.set('disabled', '1');
    if (next.page > 1) search.set('page', String(next.page));
    if (next.pageSize !== 20) search.set('size', String(next.pageSize));
    setParams(search, { replace: true });
  };

  return (
    <>
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        extra={
          grantableRoles(user.grants).length > 0 && (
            <ButtonLink type="primary" icon={<PlusOutlined aria-hidden />} to={paths.users.newUser.getHref()}>
              {t('users.newUser')}
            </ButtonLink>
          )
        }
      />
      <Card size="small">
        <Flex vertical gap={12}>
          <Flex gap={8} wrap align="center">
            <Input.Search
              key={filter.q ?? ''}
              defaultValue={filter.q}
              allowClear
              placeholder={t('users.search')}
              aria-label={t('users.search')}
              onSearch={(q) => update({ q: q.trim() || undefined })}
              style={{ flex: '2 1 240px', minWidth: 0 }}
            />
            <Select
              allowClear
              placeholder={t('users.allRoles')}
              aria-label={t('users.role')}
              value={filter.role}
              onChange={(role?: Role) => update({ role })}
              options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              style={{ flex: '1 1 160px', minWidth: 0 }}
            />
            <Flex gap={8} align="center" component="label">
              <Switch checked={filter.includeDisabled} onChange={(includeDisabled) => update({ includeDisabled })} />
              <Typography.Text>{t('users.showDisabled')}</Typography.Text>
            </Flex>
          </Flex>
          {users.isError ? (
            <QueryError error={users.error} onRetry={() => void users.refetch()} />
          ) : (
            <UsersTable
              items={users.data?.items}
              total={users.data?.total ?? 0}
              loading={users.isFetching}
              page={filter.page}
              pageSize={filter.pageSize}
              onPage={(page, pageSize) => update({ page, pageSize })}
            />
          )}
        </Flex>
      </Card>
    </>
  );
}
