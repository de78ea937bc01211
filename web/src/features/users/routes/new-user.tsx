import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Flex, Form, Input, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Locale } from '../../../../../common/locales.ts';
import { paths } from '../../../app/paths.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { ApiError, type FieldError } from '../../../lib/api-client.ts';
import { showFieldErrors } from '../../../lib/form-errors.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import type { GrantInput } from '../api/add-grant.ts';
import { useCreateUser, type CreateUserInput } from '../api/create-user.ts';
import { GrantFields } from '../components/grant-fields.tsx';
import { grantableRoles } from '../components/grantable-roles.ts';
import { PASSWORD_MIN_LENGTH } from '../../../lib/password-policy.ts';

interface NewUserForm {
  displayName: string;
  username: string;
  password: string;
  locale: Locale;
  grants: Partial<GrantInput>[];
}

export function NewUserRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const roles = grantableRoles(useCurrentUser().grants);
  const create = useCreateUser();
  const [form] = Form.useForm<NewUserForm>();
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);

  const submit = (values: NewUserForm) => {
    setUnmatched([]);
    const input: CreateUserInput = {
      displayName: values.displayName.trim(),
      username: values.username.trim(),
      password: values.password,
      locale: values.locale,
      grants: values.grants.map((g) => ({ role: g.role!, organizationId: g.organizationId ?? null })),
    };
    create.mutate(input, {
      onSuccess: (user) => {
        void message.success(t('users.created'));
        void navigate(paths.users.user.getHref(user.id));
      },
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        // The password policy answers with a code, not a field: its message belongs under the password.
        if (error.code.startsWith('auth.password')) form.setFields([{ name: 'password', errors: [error.message] }]);
        if (error.code === 'users.username_taken') form.setFields([{ name: 'username', errors: [error.message] }]);
        setUnmatched(showFieldErrors(form, error, ['displayName', 'username', 'password', 'locale']));
      },
    });
  };

  return (
    <>
      <PageHeader title={t('users.newUser')} backTo={paths.users.root.getHref()} />
      <Form<NewUserForm> form={form} layout="vertical" initialValues={{ locale: 'zh-CN', grants: [{}] }} onFinish={submit} disabled={create.isPending}>
        <ErrorAlert error={create.error} fields={unmatched} />
        <Flex vertical gap={16}>
          <Card title={t('users.account')} size="small">
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true, whitespace: true, max: 60 }]}>
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="username"
                  label={t('users.username')}
                  tooltip={t('users.usernameHint')}
                  rules={[{ required: true }, { min: 3, max: 64 }, { pattern: /^[a-zA-Z0-9._-]+$/, message: t('users.usernameInvalid') }]}
                >
                  <Input autoComplete="off" autoCapitalize="none" spellCheck={false} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="password"
                  label={t('users.initialPassword')}
                  extra={t('users.passwordHint', { min: PASSWORD_MIN_LENGTH })}
                  rules={[{ required: true }]}
                >
                  <Input.Password autoComplete="new-password" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="locale" label={t('common.language')}>
                  <Select
                    options={[
                      { value: 'zh-CN', label: '中文' },
                      { value: 'en-US', label: 'English' },
                    ]}
                  />
                </Form.Item>
              </Col>
            </Row>
          </Card>
          <Card title={t('users.roles')} size="small">
            <Form.List name="grants">
              {(fields, { add, remove }) => (
                <Flex vertical gap={8}>
                  {fields.map((field) => (
                    <Flex key={field.key} gap={8} align="flex-start">
                      <GrantFields prefix={[field.name]} watchPrefix={['grants', field.name]} roles={roles} />
                      {fields.length > 1 && (
                        <Button
                          type="text"
                          danger
                          icon={<MinusCircleOutlined aria-hidden />}
                          aria-label={t('users.removeRole')}
                          onClick={() => remove(field.name)}
                          style={{ marginTop: 30 }}
                        />
                      )}
                    </Flex>
                  ))}
                  {fields.length < 10 && (
                    <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({})} style={{ alignSelf: 'flex-start' }}>
                      {t('users.addRole')}
                    </Button>
                  )}
                </Flex>
              )}
            </Form.List>
          </Card>
          <Flex gap={8} justify="flex-end">
            <Button onClick={() => void navigate(paths.users.root.getHref())}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('users.create')}
            </Button>
          </Flex>
        </Flex>
      </Form>
    </>
  );
}
