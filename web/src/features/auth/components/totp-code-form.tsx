import { Button, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useVerifyTotp } from '../api/verify-totp.ts';
import { CodeInput, digitsOnly } from './code-input.tsx';

export function TotpCodeForm() {
  const { t } = useTranslation();
  const verify = useVerifyTotp();
  const [form] = Form.useForm<{ code: string }>();
  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      disabled={verify.isPending}
      onFinish={({ code }) => verify.mutate(code, { onError: () => form.resetFields() })}
    >
      <Typography.Paragraph type="secondary">{t('auth.totpHint')}</Typography.Paragraph>
      <ErrorAlert error={verify.error} />
      <Form.Item name="code" normalize={digitsOnly} label={t('auth.totpCode')} rules={[{ required: true, len: 6, message: t('auth.codeSixDigits') }]}>
        <CodeInput autoFocus />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={verify.isPending}>
        {t('auth.verify')}
      </Button>
    </Form>
  );
}
