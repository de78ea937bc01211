/** What a person types into a code field: '123 456', full-width '１２３４５６', a pasted 'code: 123456.' → '123456'. */
export const digitsOnly = (value: string, max = 6): string =>
  value
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/\D/g, '')
    .slice(0, max);
