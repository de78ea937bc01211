import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useChangePassword } from '../api/change-password.ts';
import { PASSWORD_MIN_LENGTH } from '../../../lib/password-policy.ts';

interface PasswordFields {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const change = useChangePassword();
  const [form] = Form.useForm<PasswordFields>();

  const submit = ({ currentPassword, newPassword }: PasswordFields) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('profile.passwordChanged'));
        },
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          // Put the answer under the field it is about.
          if (error.code === 'auth.password_wrong') form.setFields([{ name: 'currentPassword', errors: [error.message] }]);
          else if (error.code.startsWith('auth.password')) form.setFields([{ name: 'newPassword', errors: [error.message] }]);
        },
      },
    );

  return (
    <Form<PasswordFields> form={form} layout="vertical" onFinish={submit} disabled={change.isPending} style={{ maxWidth: 420 }}>
      {change.error instanceof ApiError && !change.error.code.startsWith('auth.password') && <ErrorAlert error={change.error} />}
      <Form.Item name="currentPassword" label={t('profile.currentPassword')} rules={[{ required: true }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="newPassword" label={t('profile.newPassword')} extra={t('users.passwordHint', { min: PASSWORD_MIN_LENGTH })} rules={[{ required: true }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('users.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true },
          ({ getFieldValue }) => ({
            validator: async (_, value) => {
              if (value && value !== getFieldValue('newPassword')) throw new Error(t('users.passwordMismatch'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {t('profile.changePassword')}
      </Button>
    </Form>
  );
}
