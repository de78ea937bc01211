/** Normalises a mainland China mobile number ('+86 138-0000-0001' → '13800000001'); null when it is not one. */
export function normalizeMobile(input: string): string | null {
  const digits = input
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/[\s()-]/g, '')
    .replace(/^(\+?86)(?=1\d{10}$)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}
