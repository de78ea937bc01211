import { describe, expect, it } from 'vitest';
import { idNumberCheckCharacter } from '../../../../../../common/id-number.ts';
import { changedFields, EMPTY_CHILD, factsFromIdNumber, toNewChild, withoutChanged } from './child-form-values.ts';

const NOW = new Date('2026-11-25T00:00:00Z');
/** A valid number of a girl born 2020-03-01 in Chengdu's Wuhou district. */
const first17 = '51010720200301002';
const ID = first17 + idNumberCheckCharacter(first17);

describe('factsFromIdNumber', () => {
  it('reads birth date, sex and hukou division from a valid number, also typed with spaces and a lower-case x', () => {
    expect(factsFromIdNumber(ID, NOW)).toEqual({ birthDate: '2020-03-01', sex: 'female', divisionCode: '510107' });
    expect(factsFromIdNumber(` ${ID.slice(0, 6)} ${ID.slice(6)} `.toLowerCase(), NOW)).toEqual({
      birthDate: '2020-03-01',
      sex: 'female',
      divisionCode: '510107',
    });
  });

  it('gives nothing for an invalid one', () => {
    expect(factsFromIdNumber(ID.slice(0, 17), NOW)).toBeNull();
  });
});

describe('toNewChild', () => {
  it('builds the body, with birth date and sex taken from the ID number', () => {
    expect(toNewChild({ name: ' 张小明 ', idNumber: ID, relation: 'mother', hukouAddress: '' }, NOW)).toEqual({
      body: { name: '张小明', sex: 'female', birthDate: '2020-03-01', idNumber: ID, relation: 'mother' },
    });
    expect(toNewChild({ name: '张小明', idNumber: ID, relation: 'father', hukouAddress: ' 成都市武侯区 ' }, NOW)).toMatchObject({
      body: { hukouAddress: '成都市武侯区' },
    });
  });

  it('names every field to fix', () => {
    expect(toNewChild(EMPTY_CHILD, NOW)).toEqual({ problems: { name: 'required', idNumber: 'required', relation: 'required' } });
  });

  it('says why an ID number is wrong', () => {
    const wrongCheck = first17 + (idNumberCheckCharacter(first17) === '1' ? '2' : '1');
    expect(toNewChild({ name: '张小明', idNumber: wrongCheck, relation: 'mother', hukouAddress: '' }, NOW)).toEqual({ problems: { idNumber: 'id_checksum' } });
    expect(toNewChild({ name: '张小明', idNumber: '5101072020', relation: 'mother', hukouAddress: '' }, NOW)).toEqual({ problems: { idNumber: 'id_length' } });
  });

  it('refuses names and addresses longer than the server takes', () => {
    expect(toNewChild({ name: '张'.repeat(51), idNumber: ID, relation: 'mother', hukouAddress: '路'.repeat(201) }, NOW)).toEqual({
      problems: { name: 'tooLong', hukouAddress: 'tooLong' },
    });
  });

  it('drops the problem of a field once it is corrected, keeping the others', () => {
    const before = { name: '', idNumber: '5101072020', relation: '' as const, hukouAddress: '' };
    const after = { ...before, idNumber: ID };
    expect(changedFields(before, after)).toEqual(['idNumber']);
    expect(withoutChanged({ idNumber: 'id_length', name: 'required' }, ['idNumber'])).toEqual({ name: 'required' });
  });
});
