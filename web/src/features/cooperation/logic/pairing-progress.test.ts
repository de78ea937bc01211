import { describe, expect, it } from 'vitest';
import type { Pairing } from '../api/cooperation-types.ts';
import { currentStepIndex, monthsQuiet, pairingProgress } from './pairing-progress.ts';

const school = (id: string, regionId: string, isProposer: boolean, acceptedAt: string | null) => ({
  id,
  kind: 'school' as const,
  nameZh: id,
  nameEn: id,
  regionId,
  regionNameZh: regionId,
  regionNameEn: regionId,
  latitude: null,
  longitude: null,
  isProposer,
  acceptedAt,
});
const side = (regionId: string, approvedAt: string | null) => ({
  regionId,
  regionNameZh: regionId,
  regionNameEn: regionId,
  approvedAt,
  approvedByBureau: approvedAt ? { id: `bureau-${regionId}`, nameZh: 'b', nameEn: 'b' } : null,
});

function pairing(overrides: Partial<Pairing>): Pick<Pairing, 'status' | 'createdAt' | 'schools' | 'sides' | 'activatedAt'> {
  return {
    status: 'proposed',
    createdAt: '2026-03-01T00:00:00Z',
    activatedAt: null,
    schools: [school('xincun', 'jiangbei', true, '2026-03-01T00:00:00Z'), school('paotong', 'qingyang', false, null)],
    sides: [side('jiangbei', null), side('qingyang', null)],
    ...overrides,
  };
}

describe('the progress of a pairing', () => {
  it('lists the proposal, each partner’s acceptance, each side’s approval and activation, in that order', () => {
    const steps = pairingProgress(pairing({}));
    expect(steps.map((s) => [s.kind, s.subjectId, s.done])).toEqual([
      ['proposed', 'xincun', true],
      ['accepted', 'paotong', false],
      ['approved', 'jiangbei', false],
      ['approved', 'qingyang', false],
      ['active', null, false],
    ]);
    expect(currentStepIndex(steps)).toBe(1);
  });

  it('moves on as the partner accepts and one bureau approves, naming that bureau', () => {
    const steps = pairingProgress(
      pairing({
        status: 'accepted',
        schools: [school('xincun', 'jiangbei', true, '2026-03-01T00:00:00Z'), school('paotong', 'qingyang', false, '2026-03-02T00:00:00Z')],
        sides: [side('jiangbei', '2026-03-03T00:00:00Z'), side('qingyang', null)],
      }),
    );
    expect(currentStepIndex(steps)).toBe(3);
    expect(steps[2]?.bureau?.id).toBe('bureau-jiangbei');
    expect(steps[1]?.at).toBe('2026-03-02T00:00:00Z');
  });

  it('is complete once active', () => {
    const steps = pairingProgress(
      pairing({
        status: 'active',
        activatedAt: '2026-03-04T00:00:00Z',
        schools: [school('xincun', 'jiangbei', true, 'x'), school('paotong', 'qingyang', false, 'y')],
        sides: [side('jiangbei', 'a'), side('qingyang', 'b')],
      }),
    );
    expect(currentStepIndex(steps)).toBe(steps.length);
    expect(steps.at(-1)).toMatchObject({ kind: 'active', done: true, at: '2026-03-04T00:00:00Z' });
  });
});

describe('how long a pairing has been quiet', () => {
  const today = new Date('2026-09-15T00:00:00Z');
  it('counts whole months since the last exchange, or since activation without one', () => {
    expect(monthsQuiet({ status: 'active', lastExchangeOn: '2026-03-15', activatedAt: '2025-01-01T00:00:00Z' }, today)).toBe(6);
    expect(monthsQuiet({ status: 'active', lastExchangeOn: '2026-03-16', activatedAt: null }, today)).toBe(5);
    expect(monthsQuiet({ status: 'active', lastExchangeOn: null, activatedAt: '2026-08-01T00:00:00Z' }, today)).toBe(1);
  });
  it('does not apply to pairings that are not active', () => {
    expect(monthsQuiet({ status: 'ended', lastExchangeOn: '2020-01-01', activatedAt: null }, today)).toBeNull();
    expect(monthsQuiet({ status: 'proposed', lastExchangeOn: null, activatedAt: null }, today)).toBeNull();
  });
});
