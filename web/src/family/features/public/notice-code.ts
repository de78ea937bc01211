/**
 * A notice code as people type it (any case, spaces, hyphens, full-width characters), cleaned for the
 * address; null when it cannot be one (the server accepts 16–24 characters of 0-9, A-Z, space and hyphen).
 */
export function cleanNoticeCode(input: string): string | null {
  const code = input
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .toUpperCase();
  return /^[0-9A-Z-]{16,24}$/.test(code) ? code : null;
}
