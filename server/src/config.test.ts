import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';
import { hashPassword, setPasswordHashCost } from './platform/auth/password.ts';
import { TEST_SCRYPT_N } from './test/test-config.ts';

const PRODUCTION = {
  NODE_ENV: 'production',
  DATA_KEY: Buffer.alloc(32, 1).toString('base64'),
  SMS_SENDER: 'http',
  SMS_GATEWAY_URL: 'https://sms.example/send',
};

describe('password hashing cost', () => {
  it('is production strength (scrypt N=2^15) unless configured, and never lower in production', async () => {
    expect(parseConfig({}).passwordScryptN).toBe(2 ** 15);
    expect(parseConfig(PRODUCTION).passwordScryptN).toBe(2 ** 15);
    expect(() => parseConfig({ ...PRODUCTION, PASSWORD_SCRYPT_N: '1024' })).toThrow(ConfigError);
    expect(() => parseConfig({ PASSWORD_SCRYPT_N: '1000' })).toThrow(/power of two/);
    setPasswordHashCost(parseConfig(PRODUCTION).passwordScryptN);
    try {
      expect(await hashPassword('correct horse battery staple')).toMatch(/^scrypt\$32768\$8\$1\$/);
    } finally {
      setPasswordHashCost(TEST_SCRYPT_N);
    }
  });
});

describe('time zone', () => {
  it('defaults to Asia/Shanghai and refuses an unknown zone', () => {
    expect(parseConfig({}).timeZone).toBe('Asia/Shanghai');
    expect(parseConfig({ TZ: 'Asia/Urumqi' }).timeZone).toBe('Asia/Urumqi');
    expect(() => parseConfig({ TZ: 'Mars/Olympus' })).toThrow(/TZ must be/);
  });
});
