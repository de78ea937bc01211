import { MobileOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { maskMobile } from '../../../../../common/masking.ts';
import { normalizeMobile } from '../../../../../common/mobile.ts';
import { paths } from '../../../app/paths.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useCountdown } from '../../../lib/use-countdown.ts';
import { useRequestSmsCode } from '../api/request-sms-code.ts';
import { useVerifySmsCode } from '../api/verify-sms-code.ts';
import { CodeInput, digitsOnly } from '../components/code-input.tsx';

interface SentCode {
  mobile: string;
  expiresInMinutes: number;
}

/** Guardian sign-in on a phone: the mobile number, then the code from the text message. */
export function GuardianLoginRoute() {
  const { t } = useTranslation();
  const requestCode = useRequestSmsCode();
  const verifyCode = useVerifySmsCode();
  const [sent, setSent] = useState<SentCode | null>(null);
  // Until when the server will refuse another code (after a send, or as a 429 said).
  const [blockedUntil, setBlockedUntil] = useState<number | null>(null);
  const secondsToResend = useCountdown(blockedUntil);

  const send = (mobile: string) =>
    requestCode.mutate(mobile, {
      onSuccess: (result) => {
        verifyCode.reset();
        setSent({ mobile, expiresInMinutes: result.expiresInMinutes });
        setBlockedUntil(Date.now() + result.retryAfterSeconds * 1000);
      },
      onError: (error) => {
        if (error instanceof ApiError && error.retryAfterSeconds) setBlockedUntil(Date.now() + error.retryAfterSeconds * 1000);
      },
    });

  return (
    <Card styles={{ body: { padding: 20 } }}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('auth.guardianTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('auth.guardianSubtitle')}</Typography.Paragraph>

      {!sent ? (
        <Form<{ mobile: string }> layout="vertical" requiredMark={false} disabled={requestCode.isPending} onFinish={({ mobile }) => send(normalizeMobile(mobile)!)}>
          <ErrorAlert error={requestCode.error} />
          <Form.Item
            name="mobile"
            label={t('auth.mobile')}
            rules={[{ validator: async (_, value: string | undefined) => { if (!normalizeMobile(value ?? '')) throw new Error(t('auth.mobileInvalid')); } }]}
          >
            <Input size="large" type="tel" inputMode="tel" autoComplete="tel-national" prefix={<span style={{ color: '#667085' }}>+86</span>} placeholder="138 0000 0000" autoFocus />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={requestCode.isPending} disabled={secondsToResend > 0} style={{ height: 48 }}>
            {secondsToResend > 0 ? t('auth.resendIn', { seconds: secondsToResend }) : t('auth.getCode')}
          </Button>
        </Form>
      ) : (
        <Form<{ code: string }>
          layout="vertical"
          requiredMark={false}
          disabled={verifyCode.isPending}
          onFinish={({ code }) => verifyCode.mutate({ mobile: sent.mobile, code })}
        >
          <Typography.Paragraph>{t('auth.codeSent', { mobile: maskMobile(sent.mobile), minutes: sent.expiresInMinutes })}</Typography.Paragraph>
          <ErrorAlert error={verifyCode.error ?? requestCode.error} />
          <Form.Item name="code" normalize={digitsOnly} label={t('auth.smsCode')} rules={[{ required: true, len: 6, message: t('auth.codeSixDigits') }]}>
            <CodeInput autoFocus placeholder="······" />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={verifyCode.isPending} style={{ height: 48 }}>
            {t('auth.signIn')}
          </Button>
          <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 12 }}>
            <Button type="link" style={{ paddingInline: 0 }} onClick={() => { requestCode.reset(); verifyCode.reset(); setSent(null); }}>
              {t('auth.changeMobile')}
            </Button>
            <Button disabled={secondsToResend > 0} loading={requestCode.isPending} onClick={() => send(sent.mobile)} style={{ minHeight: 40 }}>
              {secondsToResend > 0 ? t('auth.resendIn', { seconds: secondsToResend }) : t('auth.resend')}
            </Button>
          </Flex>
        </Form>
      )}

      <Typography.Paragraph type="secondary" style={{ marginTop: 20, marginBottom: 0, fontSize: 13 }}>
        <MobileOutlined aria-hidden /> {t('auth.guardianNotice')}
      </Typography.Paragraph>
      <Flex justify="center" style={{ marginTop: 12 }}>
        <Link to={paths.auth.login.getHref()}>{t('auth.staffLink')}</Link>
      </Flex>
    </Card>
  );
}
