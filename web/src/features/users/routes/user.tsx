import { EditOutlined, KeyOutlined, LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Popconfirm, Row, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSpinner, QueryError } from '../../../components/query-states.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useDisableUser } from '../api/disable-user.ts';
import { useEnableUser } from '../api/enable-user.ts';
import { useUser } from '../api/get-user.ts';
import { EditNameModal } from '../components/edit-name-modal.tsx';
import { grantableRoles } from '../components/grantable-roles.ts';
import { ResetPasswordModal } from '../components/reset-password-modal.tsx';
import { UserGrants } from '../components/user-grants.tsx';

export function UserRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const me = useCurrentUser();
  const { id = '' } = useParams();
  const user = useUser(id);
  const disable = useDisableUser();
  const enable = useEnableUser();
  const [dialog, setDialog] = useState<'name' | 'password' | null>(null);

  if (user.isPending) return <PageSpinner />;
  if (user.isError) return <QueryError error={user.error} onRetry={() => void user.refetch()} />;
  const u = user.data;
  const isSelf = u.id === me.id;
  const onError = (error: Error) => void message.error(error.message);

  return (
    <>
      <PageHeader
        title={u.displayName}
        subtitle={u.username ?? u.mobileMasked}
        backTo={paths.users.root.getHref()}
        extra={
          !isSelf && (
            <>
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setDialog('name')}>
                {t('users.editName')}
              </Button>
              {u.username && (
                <Button icon={<KeyOutlined aria-hidden />} onClick={() => setDialog('password')}>
                  {t('users.resetPassword')}
                </Button>
              )}
              {u.isDisabled ? (
                <Button
                  icon={<UnlockOutlined aria-hidden />}
                  loading={enable.isPending}
                  onClick={() => enable.mutate(u.id, { onError, onSuccess: () => void message.success(t('users.enabledDone')) })}
                >
                  {t('users.enable')}
                </Button>
              ) : (
                <Popconfirm
                  title={t('users.disableConfirm', { name: u.displayName })}
                  description={t('users.disableHint')}
                  okText={t('users.disable')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => disable.mutateAsync(u.id).then(() => void message.success(t('users.disabledDone')), onError)}
                >
                  <Button danger icon={<LockOutlined aria-hidden />} loading={disable.isPending}>
                    {t('users.disable')}
                  </Button>
                </Popconfirm>
              )}
            </>
          )
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t('users.account')} size="small">
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'name', label: t('users.displayName'), children: u.displayName },
                { key: 'username', label: t('users.username'), children: u.username ?? '—' },
                { key: 'mobile', label: t('users.mobile'), children: u.mobileMasked ?? '—' },
                { key: 'locale', label: t('common.language'), children: u.locale === 'en-US' ? 'English' : '中文' },
                {
                  key: 'status',
                  label: t('users.status'),
                  children: u.isDisabled ? <Tag>{t('users.disabled')}</Tag> : <Tag color="success">{t('users.active')}</Tag>,
                },
                { key: 'totp', label: t('users.totp'), children: u.hasTotp ? t('users.totpOn') : t('users.totpOff') },
                { key: 'created', label: t('users.createdAt'), children: format.dateTime(u.createdAt) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <UserGrants user={u} grantable={grantableRoles(me.grants)} editable={!isSelf} />
        </Col>
      </Row>
      <EditNameModal user={u} open={dialog === 'name'} onClose={() => setDialog(null)} />
      <ResetPasswordModal user={u} open={dialog === 'password'} onClose={() => setDialog(null)} />
    </>
  );
}
