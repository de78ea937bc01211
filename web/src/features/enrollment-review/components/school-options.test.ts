import { describe, expect, it } from 'vitest';
import { needsSchoolLookup, schoolOptions } from './school-options.ts';

const name = (zh: string, en: string) => `${zh}/${en}`;
const labels = { loading: 'loading', unknown: 'unknown' };
const designated = [{ schoolId: 's-1', nameZh: '一小', nameEn: 'No. 1' }];

describe('the inbox school filter', () => {
  it('lists the policy’s designated schools by name', () => {
    expect(schoolOptions({ designated, selectedId: 's-1', selected: undefined, name, labels })).toEqual([{ value: 's-1', label: '一小/No. 1' }]);
  });

  it('names a school from the address that the policy does not list, never showing its id', () => {
    const selected = { nameZh: '二小', nameEn: 'No. 2' };
    expect(schoolOptions({ designated: [], selectedId: 's-2', selected, name, labels })).toEqual([{ value: 's-2', label: '二小/No. 2' }]);
    expect(schoolOptions({ designated: [], selectedId: 's-2', selected: undefined, name, labels })).toEqual([{ value: 's-2', label: 'loading' }]);
    expect(schoolOptions({ designated, selectedId: 's-2', selected: null, name, labels })).toEqual([
      { value: 's-2', label: 'unknown' },
      { value: 's-1', label: '一小/No. 1' },
    ]);
  });

  it('asks the directory only when the policy cannot name the school', () => {
    expect(needsSchoolLookup(undefined, undefined, undefined)).toBe(false);
    expect(needsSchoolLookup('s-2', undefined, undefined)).toBe(true);
    expect(needsSchoolLookup('s-1', 'p-1', undefined)).toBe(false);
    expect(needsSchoolLookup('s-1', 'p-1', ['s-1'])).toBe(false);
    expect(needsSchoolLookup('s-2', 'p-1', ['s-1'])).toBe(true);
  });
});
