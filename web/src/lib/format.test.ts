import { describe, expect, it } from 'vitest';
import { formatterFor } from './format.ts';

describe('formatterFor', () => {
  it('shows instants in the deployment time zone (Asia/Shanghai), whatever the device says', () => {
    // 16:30 UTC is half past midnight the next day in Chongqing.
    expect(formatterFor('zh-CN').dateTime('2027-06-30T16:30:00.000Z')).toBe('2027年7月1日 00:30');
    expect(formatterFor('en-US').dateTime('2027-06-30T16:30:00.000Z')).toBe('Jul 1, 2027, 12:30 AM');
  });

  it('shows a calendar day as that day', () => {
    expect(formatterFor('zh-CN').date('2027-06-30')).toBe('2027年6月30日');
    expect(formatterFor('en-US').date('2027-01-01')).toBe('Jan 1, 2027');
  });

  it('rounds numbers to two decimals and picks the name of the language', () => {
    expect(formatterFor('en-US').number(1234.5678)).toBe('1,234.57');
    expect(formatterFor('en-US').name('江北区', 'Jiangbei')).toBe('Jiangbei');
    expect(formatterFor('en-US').name('江北区', null)).toBe('江北区');
    expect(formatterFor('zh-CN').name('江北区', 'Jiangbei')).toBe('江北区');
  });
});
