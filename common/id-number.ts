/**
 * The resident ID number (公民身份号码, GB 11643-1999): 6-digit division code, 8-digit birth date,
 * 3-digit sequence (odd = male), and a MOD 11-2 check character (0–9 or X).
 */
export type IdNumberProblem = 'length' | 'characters' | 'checksum' | 'birth_date' | 'division';

export type ParsedIdNumber =
  { ok: true; value: string; birthDate: string; sex: 'male' | 'female'; divisionCode: string } | { ok: false; reason: IdNumberProblem };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

// First two digits of GB/T 2260: provinces and municipalities, 71 Taiwan; 81, 82 and 83 begin the residence-permit
// numbers of Hong Kong, Macao and Taiwan residents (港澳台居民居住证: 810000, 820000, 830000).
const PROVINCE_RANGES: readonly [number, number][] = [
  [11, 15],
  [21, 23],
  [31, 37],
  [41, 46],
  [50, 54],
  [61, 65],
  [71, 71],
  [81, 83],
];

/** The earliest plausible birth year: anything before names nobody who could be a guardian or a child. */
const EARLIEST_BIRTH_YEAR = 1900;

/** Upper-cases x, turns full-width digits and Ｘ into ASCII and drops spaces, as people type them on phones. */
export function normalizeIdNumber(input: string): string {
  return input
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/[xｘＸ]/g, 'X')
    .replace(/[\s\u3000]/g, '');
}

/** The check character for the first 17 digits. */
export function idNumberCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * WEIGHTS[i]!, 0);
  return CHECK_CHARACTERS[sum % 11]!;
}

/** Today's date in China (UTC+8), so a child born this morning in Chengdu is not "in the future". */
const todayInChina = (now: Date): string => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

function birthDateOf(digits: string, now: Date): string | null {
  const [year, month, day] = [Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6, 8))];
  if (year < EARLIEST_BIRTH_YEAR) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const iso = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  return iso > todayInChina(now) ? null : iso;
}

export function parseIdNumber(input: string, now: Date = new Date()): ParsedIdNumber {
  const value = normalizeIdNumber(input);
  if (value.length !== 18) return { ok: false, reason: 'length' };
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, reason: 'characters' };
  if (idNumberCheckCharacter(value.slice(0, 17)) !== value[17]) return { ok: false, reason: 'checksum' };
  const province = Number(value.slice(0, 2));
  if (!PROVINCE_RANGES.some(([from, to]) => province >= from && province <= to)) return { ok: false, reason: 'division' };
  const birthDate = birthDateOf(value.slice(6, 14), now);
  if (!birthDate) return { ok: false, reason: 'birth_date' };
  return { ok: true, value, birthDate, sex: Number(value[16]) % 2 === 1 ? 'male' : 'female', divisionCode: value.slice(0, 6) };
}

/** 510104201501010012 → 510***********0012: enough to tell two children apart, not enough to identify one. */
export function maskIdNumber(id: string): string {
  const value = normalizeIdNumber(id);
  if (value.length < 8) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}
