import { randomBytes } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper is hard to get wrong.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 16;

/** 16 characters from 80 random bits: unguessable, and short enough to type from a printed notice. */
export function newVerificationCode(): string {
  const bytes = randomBytes((CODE_LENGTH * 5) / 8);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code = ALPHABET[Number((bits >> BigInt(5 * i)) & 31n)] + code;
  return code;
}

/** A code as typed: any case, hyphens and spaces ignored, O read as 0 and I or L as 1; null when it cannot be one. */
export function normalizeVerificationCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return code.length === CODE_LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}
