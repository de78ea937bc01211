import { CheckCircleFilled, SafetyOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Flex, Row, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../app/paths.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { GrantTags } from '../../../components/grant-tags.tsx';
import { LanguageSwitch } from '../../../components/language-switch.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useMyAccount } from '../api/get-my-account.ts';
import { ChangePasswordForm } from '../components/change-password-form.tsx';

/** 个人设置: one's account, roles, language, password and authenticator. */
export function ProfileRoute() {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const format = useFormat();
  const user = useCurrentUser();
  const account = useMyAccount(user.id);
  const hasPassword = account.data ? account.data.username !== null : true;

  return (
    <>
      <PageHeader title={t('profile.title')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Flex vertical gap={16}>
            <Card title={t('users.account')} size="small">
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'name', label: t('users.displayName'), children: user.displayName },
                  { key: 'username', label: t('users.username'), children: account.data?.username ?? account.data?.mobileMasked ?? '…' },
                  { key: 'roles', label: t('users.roles'), children: <GrantTags grants={user.grants} /> },
                  { key: 'created', label: t('users.createdAt'), children: account.data ? format.date(account.data.createdAt) : '…' },
                ]}
              />
            </Card>
            <Card title={t('common.language')} size="small">
              <Typography.Paragraph type="secondary">{t('profile.languageHint')}</Typography.Paragraph>
              <LanguageSwitch />
            </Card>
            <Card title={t('profile.authenticator')} size="small">
              {user.hasTotp ? (
                <Typography.Text>
                  <CheckCircleFilled style={{ color: token.colorSuccess }} /> {t('profile.authenticatorOn')}
                </Typography.Text>
              ) : (
                <Flex vertical gap={12} align="flex-start">
                  <Typography.Text type="secondary">{t('profile.authenticatorOff')}</Typography.Text>
                  <ButtonLink icon={<SafetyOutlined aria-hidden />} to={paths.profile.authenticator.getHref()}>
                    {t('profile.setUpAuthenticator')}
                  </ButtonLink>
                </Flex>
              )}
            </Card>
          </Flex>
        </Col>
        {hasPassword && (
          <Col xs={24} lg={12}>
            <Card title={t('profile.changePassword')} size="small">
              <ChangePasswordForm />
            </Card>
          </Col>
        )}
      </Row>
    </>
  );
}
