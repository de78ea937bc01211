import { randomBytes } from 'node:crypto';

// Crockford's base32 without the letters people misread at a counter (I, L, O, U).
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 8;

/**
 * A human reference for counters, SMS and the public list: 'YD2027-7KQ4M2XH'. 40 random bits, so it
 * cannot be guessed from another family's; the column is unique and a clash (about one in a trillion
 * per pair) is retried by the caller.
 */
export function newApplicationReference(schoolYear: number): string {
  const bytes = randomBytes(LENGTH);
  let code = '';
  for (const byte of bytes) code += ALPHABET[byte % ALPHABET.length];
  return `YD${schoolYear}-${code}`;
}

export const REFERENCE_PATTERN = /^YD\d{4}-[0-9A-HJKMNP-TV-Z]{8}$/;
