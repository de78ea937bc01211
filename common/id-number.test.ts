import { describe, expect, it } from 'vitest';
import { maskIdNumber, normalizeIdNumber, parseIdNumber } from './id-number.ts';

/**
 * ISO 7064 MOD 11-2 derived independently of the implementation: the digit at position i from the right
 * (the check character being position 1) weighs 2^(i-1) mod 11, and the check value is (12 - sum mod 11) mod 11.
 */
function withCheck(first17: string): string {
  const sum = [...first17].reduce((total, digit, index) => total + Number(digit) * (2 ** (17 - index) % 11), 0);
  const check = (12 - (sum % 11)) % 11;
  return first17 + (check === 10 ? 'X' : String(check));
}

const NOW = new Date('2026-06-01T12:00:00Z');

describe('resident ID number (GB 11643)', () => {
  it('accepts published sample numbers and reads birth date, sex and division', () => {
    expect(parseIdNumber('11010519491231002X', NOW)).toEqual({
      ok: true,
      value: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
      divisionCode: '110105',
    });
    expect(parseIdNumber(withCheck('44052419310101001'), NOW)).toMatchObject({ ok: true, birthDate: '1931-01-01', sex: 'male', divisionCode: '440524' });
  });

  it('accepts numbers whose check character is computed here, for Chongqing and Sichuan children', () => {
    const jiangbeiBoy = withCheck('50010520150917003');
    const qingyangGirl = withCheck('51010520180228004');
    expect(parseIdNumber(jiangbeiBoy, NOW)).toMatchObject({ ok: true, birthDate: '2015-09-17', sex: 'male', divisionCode: '500105' });
    expect(parseIdNumber(qingyangGirl, NOW)).toMatchObject({ ok: true, birthDate: '2018-02-28', sex: 'female', divisionCode: '510105' });
    // 2016 was a leap year: 29 February is a real birthday.
    expect(parseIdNumber(withCheck('51010520160229001'), NOW)).toMatchObject({ ok: true, birthDate: '2016-02-29' });
    // A check value of 10 is written X.
    const withX = Array.from({ length: 100 }, (_, n) => withCheck(`500105201509170${String(n).padStart(2, '0')}`)).find((id) => id.endsWith('X'));
    expect(withX).toBeDefined();
    expect(parseIdNumber(withX!, NOW).ok).toBe(true);
  });

  it('refuses a wrong check character', () => {
    const valid = withCheck('50010520150917003');
    const wrong = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    expect(parseIdNumber(wrong, NOW)).toEqual({ ok: false, reason: 'checksum' });
    expect(parseIdNumber('110105194912310021', NOW)).toEqual({ ok: false, reason: 'checksum' });
    // Two swapped digits are caught too.
    const swapped = valid.slice(0, 14) + valid[15] + valid[14] + valid.slice(16);
    if (swapped !== valid) expect(parseIdNumber(swapped, NOW)).toEqual({ ok: false, reason: 'checksum' });
  });

  it('refuses impossible and future birth dates even with a right check character', () => {
    expect(parseIdNumber(withCheck('50010520230230001'), NOW)).toEqual({ ok: false, reason: 'birth_date' });
    expect(parseIdNumber(withCheck('50010520170229001'), NOW)).toEqual({ ok: false, reason: 'birth_date' });
    expect(parseIdNumber(withCheck('50010520151301001'), NOW)).toEqual({ ok: false, reason: 'birth_date' });
    expect(parseIdNumber(withCheck('50010520150100001'), NOW)).toEqual({ ok: false, reason: 'birth_date' });
    expect(parseIdNumber(withCheck('50010520270101001'), NOW)).toEqual({ ok: false, reason: 'birth_date' });
    // Born "tomorrow" in China is refused; born today (China time, already 2 June there at 20:00 UTC) is fine.
    const late = new Date('2026-06-01T20:00:00Z');
    expect(parseIdNumber(withCheck('50010520260602001'), late)).toMatchObject({ ok: true, birthDate: '2026-06-02' });
    expect(parseIdNumber(withCheck('50010520260603001'), late)).toEqual({ ok: false, reason: 'birth_date' });
  });

  it('refuses implausible birth years before 1900, however valid the date and check character', () => {
    // The standard's own sample (born 1880) has a right check character but names nobody alive.
    expect(parseIdNumber('440524188001010014', NOW)).toEqual({ ok: false, reason: 'birth_date' });
    for (const year of ['0100', '1000', '1799', '1899']) {
      expect(parseIdNumber(withCheck(`500105${year}0101001`), NOW), year).toEqual({ ok: false, reason: 'birth_date' });
    }
    expect(parseIdNumber(withCheck('50010519000101001'), NOW)).toMatchObject({ ok: true, birthDate: '1900-01-01' });
  });

  it('refuses division codes outside the province list', () => {
    // 81/82/83 are the residence permits of Hong Kong, Macao and Taiwan residents (港澳台居民居住证, 810000/820000/830000).
    for (const prefix of ['000000', '100000', '160105', '240101', '380101', '470101', '550101', '660101', '700101', '720101', '800101', '840101', '990101']) {
      expect(parseIdNumber(withCheck(`${prefix}20150917003`), NOW), prefix).toEqual({ ok: false, reason: 'division' });
    }
    for (const prefix of [
      '110101',
      '150101',
      '210101',
      '230101',
      '310101',
      '370101',
      '410101',
      '460101',
      '500101',
      '540101',
      '610101',
      '650101',
      '710101',
      '810101',
      '820101',
      '830000',
    ]) {
      expect(parseIdNumber(withCheck(`${prefix}20150917003`), NOW).ok, prefix).toBe(true);
    }
  });

  it('refuses wrong lengths and characters', () => {
    expect(parseIdNumber('51010420150917003', NOW)).toEqual({ ok: false, reason: 'length' });
    expect(parseIdNumber('5101042015091700311', NOW)).toEqual({ ok: false, reason: 'length' });
    expect(parseIdNumber('', NOW)).toEqual({ ok: false, reason: 'length' });
    expect(parseIdNumber('5101042015O917003X', NOW)).toEqual({ ok: false, reason: 'characters' });
    expect(parseIdNumber('X10104201509170031', NOW)).toEqual({ ok: false, reason: 'characters' });
  });

  it('normalises lower-case x, full-width characters and spaces', () => {
    expect(normalizeIdNumber('11010519491231002x')).toBe('11010519491231002X');
    expect(normalizeIdNumber('１１０１０５１９４９１２３１００２Ｘ')).toBe('11010519491231002X');
    expect(normalizeIdNumber(' 110105 19491231 002x ')).toBe('11010519491231002X');
    expect(parseIdNumber('11010519491231002x', NOW)).toMatchObject({ ok: true, value: '11010519491231002X' });
    expect(parseIdNumber('１１０１０５１９４９１２３１００２ｘ', NOW)).toMatchObject({ ok: true, value: '11010519491231002X' });
  });

  it('masks all but the first three and last four characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
    expect(maskIdNumber('11010519491231002x')).toBe('110***********002X');
    expect(maskIdNumber('11010519491231002X')).toHaveLength(18);
    expect(maskIdNumber('12345')).toBe('*****');
  });
});
