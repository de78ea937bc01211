import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** Sealed layout: magic, 12-byte IV, ciphertext, 16-byte GCM tag. */
const MAGIC = Buffer.from('SCF1', 'latin1');
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface FileCipher {
  /** `context` (the storage key) is authenticated: a sealed file moved under another name will not open. */
  seal(plain: Buffer, context: string): Buffer;
  open(sealed: Buffer, context: string): Buffer;
}

/** AES-256-GCM with its own key derived from DATA_KEY, separate from the one that seals database fields. */
export function createFileCipher(dataKey: Buffer): FileCipher {
  const key = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'shuangcheng:file:v1', 32));
  return {
    seal(plain, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([MAGIC, iv, body, cipher.getAuthTag()]);
    },
    open(sealed, context) {
      if (sealed.length < MAGIC.length + IV_BYTES + TAG_BYTES || !sealed.subarray(0, MAGIC.length).equals(MAGIC)) {
        throw new Error('Not a sealed file');
      }
      const iv = sealed.subarray(MAGIC.length, MAGIC.length + IV_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      return Buffer.concat([decipher.update(sealed.subarray(MAGIC.length + IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
    },
  };
}
