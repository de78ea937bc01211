import { describe, expect, it } from 'vitest';
import { cleanNoticeCode } from './notice-code.ts';

describe('cleanNoticeCode', () => {
  it('accepts a code as printed or typed', () => {
    expect(cleanNoticeCode('ABCD-EFGH-JKLM-NPQR')).toBe('ABCD-EFGH-JKLM-NPQR');
    expect(cleanNoticeCode(' abcd efgh jklm npqr ')).toBe('ABCDEFGHJKLMNPQR');
    expect(cleanNoticeCode('ＡＢＣＤ－ＥＦＧＨ－ＪＫＬＭ－ＮＰＱＲ')).toBe('ABCD-EFGH-JKLM-NPQR');
  });

  it('refuses what cannot be a code', () => {
    expect(cleanNoticeCode('ABCD')).toBeNull();
    expect(cleanNoticeCode('ABCD-EFGH-JKLM-NPQR/../x')).toBeNull();
    expect(cleanNoticeCode('')).toBeNull();
  });
});
