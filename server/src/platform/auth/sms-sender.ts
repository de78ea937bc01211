import type { FastifyBaseLogger } from 'fastify';
import type { SmsConfig } from '../../config.ts';

/** The edge to the SMS gateway. The development sender logs; the HTTP sender posts to a real gateway. */
export interface SmsSender {
  sendCode(mobile: string, code: string, locale: string): Promise<void>;
  /** A notification (the SMS outbox): the gateway's template is `notification.<kind>`; `text` is the rendered message. */
  sendNotification(mobile: string, message: SmsNotification, locale: string): Promise<void>;
}

export interface SmsNotification {
  kind: string;
  params: Record<string, string | number>;
  text: string;
}

/** Development only: writes the code to the log (tests read it from the outbox). */
export class DevSmsSender implements SmsSender {
  readonly outbox: { mobile: string; code: string; at: Date }[] = [];
  constructor(private readonly log: Pick<FastifyBaseLogger, 'warn'> | null = null) {}
  async sendCode(mobile: string, code: string): Promise<void> {
    this.outbox.push({ mobile, code, at: new Date() });
    if (this.outbox.length > 100) this.outbox.shift();
    // Development convenience, never used in production (config refuses SMS_SENDER=dev there).
    this.log?.warn({ mobileTail: mobile.slice(-4), code }, 'development SMS sender: sign-in code');
  }
  readonly notifications: { mobile: string; message: SmsNotification; locale: string; at: Date }[] = [];
  async sendNotification(mobile: string, message: SmsNotification, locale: string): Promise<void> {
    this.notifications.push({ mobile, message, locale, at: new Date() });
    if (this.notifications.length > 500) this.notifications.shift();
    this.log?.warn({ mobileTail: mobile.slice(-4), kind: message.kind }, 'development SMS sender: notification');
  }
  lastCodeFor(mobile: string): string | undefined {
    return this.outbox.filter((m) => m.mobile === mobile).at(-1)?.code;
  }
}

/**
 * Posts JSON {to, template, params, sender} with a bearer token to the configured gateway; any
 * non-2xx or a network failure within 5 s is a failure the caller reports as auth.sms_unavailable.
 */
export class HttpSmsSender implements SmsSender {
  constructor(
    private readonly config: Extract<SmsConfig, { kind: 'http' }>,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}
  async sendCode(mobile: string, code: string, locale: string): Promise<void> {
    const response = await this.fetchImpl(this.config.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.config.token}` },
      body: JSON.stringify({ to: mobile, template: 'sign_in_code', params: { code, minutes: 10 }, locale, sender: this.config.sender }),
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
  }
  async sendNotification(mobile: string, message: SmsNotification, locale: string): Promise<void> {
    const response = await this.fetchImpl(this.config.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.config.token}` },
      body: JSON.stringify({
        to: mobile,
        template: `notification.${message.kind}`,
        params: message.params,
        text: message.text,
        locale,
        sender: this.config.sender,
      }),
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
  }
}

export function createSmsSender(config: SmsConfig, log: FastifyBaseLogger): SmsSender {
  return config.kind === 'http' ? new HttpSmsSender(config) : new DevSmsSender(log);
}
