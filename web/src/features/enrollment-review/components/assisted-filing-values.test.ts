import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { idNumberCheckCharacter } from '../../../../../common/id-number.ts';
import { factsOfIdNumber, formFieldOf, toAssistedApplication, type AssistedFilingValues } from './assisted-filing-values.ts';

const first17 = '51010420200315002';
const idNumber = `${first17}${idNumberCheckCharacter(first17)}`;

const values: AssistedFilingValues = {
  policyId: 'policy-1',
  routeCode: 'points',
  guardianMobile: ' 13800000009 ',
  guardianName: ' 周丽 ',
  relation: 'mother',
  childName: ' 周小明 ',
  idNumber: ` ${idNumber.toLowerCase()} `,
  sex: 'female',
  birthDate: dayjs('2020-03-15'),
  hukouDivisionCode: '',
  hukouAddress: '  ',
  residenceAddress: '江北区观音桥街道 1 号',
  employer: '',
  workKind: 'employed',
  declaredPoints: { residence_months: 24, housing: 'rented', social_insurance_months: null },
  preferences: ['school-a', undefined, 'school-b'],
  consentOnPaper: true,
};

describe('assisted filing values', () => {
  it('read birth date, sex and hukou division from a valid ID number', () => {
    expect(factsOfIdNumber(idNumber)).toEqual({ birthDate: '2020-03-15', sex: 'female', divisionCode: '510104' });
    expect(factsOfIdNumber('510104202003150021')).toBeNull();
  });

  it('build the request: trimmed, normalised, empty fields left out, ranks closed up', () => {
    const body = toAssistedApplication(values);
    expect(body.guardianMobile).toBe('13800000009');
    expect(body.child).toEqual({ name: '周小明', sex: 'female', birthDate: '2020-03-15', idNumber, relation: 'mother', hukouDivisionCode: '510104' });
    expect(body.application).toEqual({
      policyId: 'policy-1',
      routeCode: 'points',
      guardianName: '周丽',
      residenceAddress: '江北区观音桥街道 1 号',
      workKind: 'employed',
      declaredPoints: { residence_months: 24, housing: 'rented' },
      preferences: ['school-a', 'school-b'],
    });
    expect(body.consentTextVersion).toMatch(/\S/);
  });

  it('keep a hukou division the counter typed over the one in the ID number', () => {
    expect(toAssistedApplication({ ...values, hukouDivisionCode: '511302' }).child.hukouDivisionCode).toBe('511302');
  });
});

describe('formFieldOf', () => {
  it('finds the form field of a server field error', () => {
    expect(formFieldOf('/residenceAddress')).toEqual(['residenceAddress']);
    expect(formFieldOf('/application/employer')).toEqual(['employer']);
    expect(formFieldOf('/child/name')).toEqual(['childName']);
    expect(formFieldOf('/child/idNumber')).toEqual(['idNumber']);
    expect(formFieldOf('/guardianMobile')).toEqual(['guardianMobile']);
    expect(formFieldOf('/declaredPoints/housing')).toEqual(['declaredPoints', 'housing']);
    expect(formFieldOf('/preferences/1')).toEqual(['preferences', 1]);
  });

  it('gives null for what no field shows', () => {
    expect(formFieldOf('/documents')).toBeNull();
    expect(formFieldOf('/child/unknown')).toBeNull();
    expect(formFieldOf('第 1 行')).toBeNull();
  });
});
