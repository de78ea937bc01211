import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import type { User } from '../../../types/api.ts';
import { useResetPassword } from '../api/reset-password.ts';
import { PASSWORD_MIN_LENGTH } from '../../../lib/password-policy.ts';

export function ResetPasswordModal({ user, open, onClose }: { user: User; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reset = useResetPassword();
  const [form] = Form.useForm<{ password: string; confirm: string }>();
  return (
    <Modal
      open={open}
      title={t('users.resetPassword')}
      okText={t('users.resetPassword')}
      cancelText={t('common.cancel')}
      confirmLoading={reset.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => reset.reset()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('users.resetPasswordHint', { name: user.displayName })}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={({ password }) =>
          reset.mutate(
            { id: user.id, password },
            {
              onSuccess: () => {
                void message.success(t('users.passwordReset'));
                onClose();
              },
            },
          )
        }
      >
        <ErrorAlert error={reset.error} />
        <Form.Item name="password" label={t('users.newPassword')} extra={t('users.passwordHint', { min: PASSWORD_MIN_LENGTH })} rules={[{ required: true }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('users.confirmPassword')}
          dependencies={['password']}
          rules={[
            { required: true },
            ({ getFieldValue }) => ({
              validator: async (_, value) => {
                if (value && value !== getFieldValue('password')) throw new Error(t('users.passwordMismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
