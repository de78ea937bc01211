import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../../common/roles.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ROLE_COLORS } from '../../../components/grant-tags.tsx';
import { useFormat } from '../../../lib/format.ts';
import type { Grant, User } from '../../../types/api.ts';
import { useAddGrant, type GrantInput } from '../api/add-grant.ts';
import { useRemoveGrant } from '../api/remove-grant.ts';
import { GrantFields } from './grant-fields.tsx';

interface UserGrantsProps {
  user: User;
  /** Roles the caller may hand out (grantable-roles.ts). */
  grantable: readonly Role[];
  /** False on one's own page: nobody changes their own roles. */
  editable: boolean;
}

/** A user's roles, with removing one and granting another. */
export function UserGrants({ user, grantable, editable }: UserGrantsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const add = useAddGrant(user.id);
  const remove = useRemoveGrant(user.id);
  const [form] = Form.useForm<GrantInput>();

  const columns: TableColumnsType<Grant> = [
    { title: t('users.role'), key: 'role', render: (_, g) => <Tag color={ROLE_COLORS[g.role]}>{t(`roles.${g.role}`)}</Tag> },
    {
      title: t('users.organization'),
      key: 'organization',
      render: (_, g) => (g.organizationId ? format.name(g.organizationNameZh, g.organizationNameEn) : '—'),
    },
  ];
  if (editable) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      align: 'right',
      render: (_, g) => (
        <Popconfirm
          title={t('users.removeRoleConfirm', { role: t(`roles.${g.role}`) })}
          okText={t('common.remove')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() =>
            remove.mutateAsync(g.id).then(
              () => void message.success(t('users.roleRemoved')),
              (error: Error) => void message.error(error.message),
            )
          }
        >
          <Button type="text" danger size="small" icon={<DeleteOutlined aria-hidden />}>
            {t('common.remove')}
          </Button>
        </Popconfirm>
      ),
    });
  }

  return (
    <Card title={t('users.roles')} size="small">
      <Table<Grant>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={user.grants}
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('users.noRoles') }}
      />
      {editable && grantable.length > 0 && (
        <Form<GrantInput>
          form={form}
          layout="vertical"
          style={{ marginTop: 24 }}
          disabled={add.isPending}
          onFinish={(values) =>
            add.mutate(
              { role: values.role, organizationId: values.organizationId ?? null },
              {
                onSuccess: () => {
                  form.resetFields();
                  void message.success(t('users.roleAdded'));
                },
              },
            )
          }
        >
          <Typography.Title level={5}>{t('users.addRole')}</Typography.Title>
          <ErrorAlert error={add.error} />
          <GrantFields prefix={[]} roles={grantable} />
          <Flex justify="flex-end">
            <Button type="primary" htmlType="submit" icon={<PlusOutlined aria-hidden />} loading={add.isPending}>
              {t('users.addRole')}
            </Button>
          </Flex>
        </Form>
      )}
    </Card>
  );
}
