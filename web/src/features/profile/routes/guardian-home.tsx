import { FileTextOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../components/language-switch.tsx';
import { useCurrentUser } from '../../../lib/session.ts';
import { useSignOut } from '../../../lib/sign-out.ts';
import { useMyAccount } from '../api/get-my-account.ts';

/** 我的: a guardian's page. The enrollment service will live here; until then it says so, plainly. */
export function GuardianHomeRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const account = useMyAccount(user.id);
  const signOut = useSignOut();

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('guardian.title')}
      </Typography.Title>
      <Card>
        <Flex gap={16} align="center">
          <Avatar size={56} icon={<UserOutlined aria-hidden />} style={{ background: '#1d5fa8', flex: 'none' }} />
          <Flex vertical style={{ minWidth: 0 }}>
            <Typography.Text strong style={{ fontSize: 18 }} ellipsis>
              {user.displayName}
            </Typography.Text>
            {/* A guardian who never set a name is called by the masked number: no need to show it twice. */}
            {account.data?.mobileMasked && account.data.mobileMasked !== user.displayName && (
              <Typography.Text type="secondary">{account.data.mobileMasked}</Typography.Text>
            )}
            <Typography.Text type="secondary">{t('roles.guardian')}</Typography.Text>
          </Flex>
        </Flex>
      </Card>

      <Card>
        <Flex gap={12} align="flex-start">
          <FileTextOutlined aria-hidden style={{ fontSize: 28, color: '#1d5fa8', marginTop: 4 }} />
          <div style={{ minWidth: 0 }}>
            <Flex gap={8} align="center" wrap>
              <Typography.Text strong style={{ fontSize: 16 }}>
                {t('guardian.enrollmentTitle')}
              </Typography.Text>
              <Tag color="blue">{t('guardian.comingSoon')}</Tag>
            </Flex>
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
              {t('guardian.enrollmentText')}
            </Typography.Paragraph>
          </div>
        </Flex>
      </Card>

      <Card title={t('common.language')}>
        <LanguageSwitch size="large" />
      </Card>

      <Button size="large" block danger icon={<LogoutOutlined aria-hidden />} loading={signOut.isPending} onClick={() => signOut.mutate()} style={{ height: 48 }}>
        {t('auth.signOut')}
      </Button>
    </Flex>
  );
}
