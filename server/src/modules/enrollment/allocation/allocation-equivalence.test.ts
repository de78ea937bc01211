import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RECORDED_INSTANCES, randomAllocationInput, type InstanceShape } from './allocation-instances.fixtures.test-support.ts';
import { allocateV1, hashAllocationInputV1, lotteryTicketV1, rankApplicantsV1 } from './allocation-v1.reference.test-support.ts';
import type { AllocationResult } from './allocation.types.ts';
import { allocate, indexAllocationInput } from './deferred-acceptance.ts';
import { canonicalAllocationInput, hashAllocationInput } from './input-hash.ts';
import { lotteryTicket, rankApplicants } from './lottery.ts';

// The engine must give, for the same seed and input, exactly what it gave before it was made faster:
// the same lottery order, placements, cut-offs and input hash (stored runs and the public page compare
// hashes). Two guards: outputs recorded from the old engine (allocation-v1.fixture.json, written once with
// RECORD_ALLOCATION_FIXTURE=1 before the change), and a frozen copy of it run side by side on random inputs.

const FIXTURE = new URL('./allocation-v1.fixture.json', import.meta.url);
const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const recordOf = (result: AllocationResult) => ({
  inputHash: result.inputHash,
  lotteryOrder: digest(result.applicantIds),
  placements: digest(result.assignedSchoolIds),
  result: digest(result),
  unplaced: result.unplaced.length,
});

describe('allocation engine, same results as before its speed-up', () => {
  if (process.env.RECORD_ALLOCATION_FIXTURE) {
    it('records the fixture from the frozen v1 engine', () => {
      const records = RECORDED_INSTANCES.map(({ name, seed, shape }) => ({ name, ...recordOf(allocateV1(randomAllocationInput(seed, shape))) }));
      writeFileSync(FIXTURE, `${JSON.stringify(records, null, 2)}\n`);
    });
  }

  it('matches the outputs recorded from the old engine', () => {
    const recorded = JSON.parse(readFileSync(FIXTURE, 'utf8')) as ({ name: string } & ReturnType<typeof recordOf>)[];
    expect(recorded.map((r) => r.name)).toEqual(RECORDED_INSTANCES.map((i) => i.name));
    RECORDED_INSTANCES.forEach(({ name, seed, shape }, i) => {
      const input = randomAllocationInput(seed, shape);
      expect({ name, ...recordOf(allocate(input)) }).toEqual(recorded[i]);
      // The frozen copy still is the old engine.
      expect({ name, ...recordOf(allocateV1(input)) }).toEqual(recorded[i]);
    });
  });

  it('matches the frozen old engine on random inputs: order, placements, cut-offs, tickets, input hash', () => {
    const shapes: InstanceShape[] = [
      { applicants: 30, schools: 5, maxPreferences: 5, pointLevels: 0, oddIds: true },
      { applicants: 60, schools: 3, maxPreferences: 2, pointLevels: 2, oddIds: false },
      { applicants: 200, schools: 12, maxPreferences: 5, pointLevels: 20, oddIds: true },
      { applicants: 1, schools: 2, maxPreferences: 2, pointLevels: 1, oddIds: false },
    ];
    for (let seed = 100; seed < 260; seed++) {
      const input = randomAllocationInput(seed, shapes[seed % shapes.length]!);
      expect(allocate(input)).toEqual(allocateV1(input));
      expect(hashAllocationInput(input)).toBe(hashAllocationInputV1(input));
      expect(hashAllocationInput(input)).toBe(createHash('sha256').update(canonicalAllocationInput(input)).digest('hex'));
      const ix = indexAllocationInput(input);
      const { order, rank } = rankApplicants(input.seed, ix.applicantIds, ix.points);
      const v1 = rankApplicantsV1(input.seed, ix.applicantIds, ix.points);
      expect([...order]).toEqual([...v1.order]);
      expect([...rank]).toEqual([...v1.rank]);
      for (const id of ix.applicantIds.slice(0, 5)) expect(lotteryTicket(input.seed, id)).toBe(lotteryTicketV1(input.seed, id));
    }
  });

  it('orders tickets that share their first bits by the whole ticket, as before', () => {
    // Ids whose tickets share the first 32 bits (found by a birthday search here), and a pair found offline
    // whose tickets share the first 48 bits: 'dd783eae3fd4…'.
    const seed = 'tie';
    const firstWord = new Map<number, string[]>();
    for (let i = 0; i < 200_000; i++) {
      const id = `U${i}`;
      const word = Number.parseInt(lotteryTicket(seed, id).slice(0, 8), 16);
      firstWord.set(word, [...(firstWord.get(word) ?? []), id]);
    }
    const tied = [...firstWord.values()].filter((ids) => ids.length > 1).flat();
    expect(tied.length).toBeGreaterThan(4);
    const ids = [...tied, 'T2474259', 'T10416344', 'U1', 'U2'];
    expect(lotteryTicket(seed, 'T2474259').slice(0, 12)).toBe(lotteryTicket(seed, 'T10416344').slice(0, 12));
    const points = Float64Array.from(ids, (_, i) => (i % 2 === 0 ? 10 : 10.5));
    expect([...rankApplicants(seed, ids, points).order]).toEqual([...rankApplicantsV1(seed, ids, points).order]);
    const same = new Float64Array(ids.length);
    const { order } = rankApplicants(seed, ids, same);
    expect([...order]).toEqual([...rankApplicantsV1(seed, ids, same).order]);
    const tickets = [...order].map((i) => lotteryTicket(seed, ids[i]!));
    expect(tickets).toEqual([...tickets].sort());
  });
});
