import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encryption at rest of personal data (AES-256-GCM) and keyed hashes for uniqueness and look-up,
 * both derived from the configured DATA_KEY so that one secret protects everything.
 */
export interface DataProtector {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  keyedHash(value: string): string;
}

export function createDataProtector(dataKey: Buffer): DataProtector {
  const encKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'shuangcheng:aes-256-gcm:v1', 32));
  const macKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'shuangcheng:hmac-sha256:v1', 32));
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
    },
    decrypt(sealed) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('Unknown sealed value format');
      const decipher = createDecipheriv('aes-256-gcm', encKey, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
    keyedHash(value) {
      return createHmac('sha256', macKey).update(value, 'utf8').digest('base64url');
    },
  };
}
