import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { VisuallyHidden } from '../../components/visually-hidden.tsx';
import { useSignOut } from '../../lib/sign-out.ts';
import { useCurrentUser } from '../../lib/session.ts';
import { paths } from '../paths.ts';

export function UserMenu({ showName }: { showName: boolean }) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const signOut = useSignOut();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'profile', icon: <UserOutlined aria-hidden />, label: t('nav.profile') },
          { type: 'divider' },
          { key: 'sign-out', icon: <LogoutOutlined aria-hidden />, label: t('auth.signOut'), danger: true },
        ],
        onClick: ({ key }) => {
          if (key === 'profile') void navigate(paths.profile.root.getHref());
          if (key === 'sign-out') signOut.mutate();
        },
      }}
    >
      {/* Named by what it shows (the person's name) followed by what it is: a label that hid the visible
          name would not match what a speech-control user says. */}
      <Button type="text" style={{ paddingInline: 6, height: 40, maxWidth: 260 }}>
        <Avatar size="small" aria-hidden style={{ background: token.colorPrimary, flex: 'none' }}>
          {[...user.displayName][0]}
        </Avatar>
        {showName && (
          <Typography.Text ellipsis style={{ maxWidth: 180 }}>
            {user.displayName}
          </Typography.Text>
        )}
        <VisuallyHidden>{t('nav.userMenu')}</VisuallyHidden>
        <DownOutlined aria-hidden style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
