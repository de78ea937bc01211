import { Button, Flex, Form, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useEnableTotp } from '../api/enable-totp.ts';
import { useSetupTotp } from '../api/setup-totp.ts';
import { CodeInput, digitsOnly } from './code-input.tsx';

/**
 * Binding an authenticator app: the server makes a secret, the person scans it (or types it) and proves it
 * works with one code. Used during sign-in (platform admins must have one) and from the profile page.
 */
export function TotpEnrollment({ onEnabled }: { onEnabled?: () => void }) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const setup = useSetupTotp();
  const enable = useEnableTotp();
  const [form] = Form.useForm<{ code: string }>();

  if (!setup.data) {
    return (
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ margin: 0 }}>{t('auth.enroll.intro')}</Typography.Paragraph>
        <ErrorAlert error={setup.error} />
        <Button type="primary" size="large" block loading={setup.isPending} onClick={() => setup.mutate()}>
          {t('auth.enroll.start')}
        </Button>
      </Flex>
    );
  }

  return (
    <Flex vertical gap={12}>
      <Typography.Text strong>{t('auth.enroll.scan')}</Typography.Text>
      <Flex justify="center">
        <img
          src={setup.data.qrCodeDataUrl}
          alt={t('auth.enroll.qrAlt')}
          width={200}
          height={200}
          style={{ border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadius }}
        />
      </Flex>
      <Typography.Text type="secondary">{t('auth.enroll.manual')}</Typography.Text>
      <Typography.Text code copyable style={{ wordBreak: 'break-all', fontSize: 15 }}>
        {setup.data.secret}
      </Typography.Text>
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        disabled={enable.isPending}
        onFinish={({ code }) => enable.mutate(code, { onSuccess: () => onEnabled?.(), onError: () => form.resetFields() })}
      >
        <ErrorAlert error={enable.error} />
        <Form.Item
          name="code"
          normalize={digitsOnly}
          label={t('auth.enroll.confirmCode')}
          rules={[{ required: true, len: 6, message: t('auth.codeSixDigits') }]}
        >
          <CodeInput />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={enable.isPending}>
          {t('auth.enroll.enable')}
        </Button>
      </Form>
    </Flex>
  );
}
