import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/http/errors.ts';
import { allocate } from '../allocation/deferred-acceptance.ts';
import { buildRoundInput, hashAllocationResult, runAllocation } from './allocation-input.ts';
import type { ParticipantRow } from './allocation.repository.ts';

const participant = (reference: string, points: number | null, basis: 'points' | 'no_points' = 'points'): ParticipantRow => ({
  id: `id-${reference}`,
  reference,
  status: 'approved',
  version: 3,
  guardian_user_id: 'g',
  points_verified: points,
  admission_basis: basis,
});
const schools = [
  { school_id: 'S1', seats: 3, name_zh: '甲', name_en: 'A' },
  { school_id: 'S2', seats: 1, name_zh: '乙', name_en: 'B' },
];

describe('allocation input and result hash', () => {
  it('builds the engine input: references, verified points (0 without points), free seats, ranked preferences', () => {
    const prefs = [
      { application_id: 'id-R1', school_id: 'S2' },
      { application_id: 'id-R1', school_id: 'S1' },
      { application_id: 'id-R2', school_id: 'S1' },
    ];
    const { input, byReference, preferences } = buildRoundInput(
      'seed',
      schools,
      new Map([
        ['S1', 2],
        ['S2', 5],
      ]),
      [participant('R1', 42.5), participant('R2', null, 'no_points'), participant('R3', 7)],
      prefs,
    );
    expect(input).toEqual({
      seed: 'seed',
      schools: [
        { schoolId: 'S1', seats: 1 },
        { schoolId: 'S2', seats: 0 },
      ],
      applicants: [
        { applicantId: 'R1', points: 42.5, preferences: ['S2', 'S1'] },
        { applicantId: 'R2', points: 0, preferences: ['S1'] },
        { applicantId: 'R3', points: 7, preferences: [] },
      ],
    });
    expect(byReference.get('R2')!.id).toBe('id-R2');
    expect(preferences.get('id-R1')).toEqual(['S2', 'S1']);
  });

  it('refuses a points route without verified points, and names inconsistent data', () => {
    const missing = (() => {
      try {
        buildRoundInput('seed', schools, new Map(), [participant('R1', null), participant('R2', null)], []);
      } catch (e) {
        return e;
      }
    })();
    expect(missing).toBeInstanceOf(AppError);
    expect(missing).toMatchObject({ code: 'enrollment.allocation_points_missing', statusCode: 409, params: { count: 2 } });
    const unknown = (() => {
      try {
        runAllocation({ seed: 's', schools: [], applicants: [{ applicantId: 'R1', points: 1, preferences: ['S9'] }] });
      } catch (e) {
        return e;
      }
    })();
    expect(unknown).toMatchObject({ code: 'enrollment.allocation_input_invalid', params: { detail: 'Applicant R1 prefers unknown school S9' } });
  });

  it('hashes the result in its published canonical form', () => {
    const result = allocate({
      seed: 'seed',
      schools: [{ schoolId: 'S1', seats: 1 }],
      applicants: [
        { applicantId: 'R1', points: 5, preferences: ['S1'] },
        { applicantId: 'R2', points: 3, preferences: ['S1'] },
      ],
    });
    const text = `"shuangcheng/allocation-result/v1"\n["input","${result.inputHash}"]\n["assignment","R1","S1"]\n["assignment","R2",null]\n`;
    expect(hashAllocationResult(result)).toBe(createHash('sha256').update(text).digest('hex'));
    const swapped = { ...result, assignedSchoolIds: [null, 'S1'] };
    expect(hashAllocationResult(swapped)).not.toBe(hashAllocationResult(result));
  });
});
