import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import type { Moment } from '../data/enrollment-families.data.ts';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const CHINA_OFFSET_MS = 8 * HOUR_MS;

/**
 * Rows a step writes, by the id they belong to (an application, a child, a guardian). `follows` moves a
 * deadline by as much as the time it was set from (an offer's deadline with its creation).
 */
interface TimedTable {
  table: string;
  key: string;
  columns: string[];
  follows?: Record<string, string>;
}

const TIMED_TABLES: TimedTable[] = [
  { table: 'users', key: 'id', columns: ['created_at', 'updated_at'] },
  { table: 'children', key: 'id', columns: ['created_at', 'updated_at'] },
  { table: 'consents', key: 'child_id', columns: ['given_at'] },
  { table: 'enrollment_applications', key: 'id', columns: ['created_at', 'updated_at', 'submitted_at', 'decided_at', 'arrival_recorded_at'] },
  { table: 'enrollment_application_events', key: 'application_id', columns: ['at'] },
  { table: 'enrollment_documents', key: 'application_id', columns: ['uploaded_at', 'decided_at'] },
  { table: 'enrollment_supplement_requests', key: 'application_id', columns: ['requested_at', 'fulfilled_at'] },
  { table: 'enrollment_appeals', key: 'application_id', columns: ['filed_at', 'decided_at'] },
  { table: 'enrollment_offers', key: 'application_id', columns: ['created_at', 'responded_at'], follows: { deadline: 'created_at' } },
  { table: 'enrollment_admission_notices', key: 'application_id', columns: ['issued_at', 'revoked_at'] },
  { table: 'notifications', key: 'object_id', columns: ['created_at'] },
];

interface Step {
  /** When the step began, in real time (ms). */
  since: number;
  /** How far its rows move: from the real start to the story's moment. */
  shiftMs: number;
}

type Row = Record<string, string | null>;

/**
 * The demo's story happened over the last days; the seed runs now, through the real services, which stamp
 * every row with the current time. The clock notes when each step began and which ids it wrote for, and
 * `moveToStory` then moves each row written during a step to that step's moment in the story (keeping the
 * milliseconds between a step's rows, so their order stays). Services check time rules (windows, deadlines)
 * at the real time, before anything moves.
 */
export class StoryClock {
  private readonly steps = new Map<string, Step[]>();

  constructor(readonly now: Date = new Date()) {}

  /** A moment of the story as an instant, `plusMinutes` later; never later than a minute ago. */
  instant(moment: Moment, plusMinutes = 0): Date {
    let ms: number;
    if ('hoursAgo' in moment) {
      ms = this.now.getTime() - moment.hoursAgo * HOUR_MS;
    } else {
      const [hours, minutes] = moment.at.split(':').map(Number) as [number, number];
      const chinaNow = this.now.getTime() + CHINA_OFFSET_MS;
      const midnight = chinaNow - (chinaNow % DAY_MS) - moment.daysAgo * DAY_MS - CHINA_OFFSET_MS;
      ms = midnight + hours * HOUR_MS + minutes * MINUTE_MS;
    }
    return new Date(Math.min(ms + plusMinutes * MINUTE_MS, this.now.getTime() - MINUTE_MS));
  }

  /** Runs one step of the story and files what it writes for `keys` (or the keys its result names) as happening at `at`. */
  async step<T>(at: Date, keys: string[] | ((result: T) => string[]), work: () => Promise<T>): Promise<T> {
    // A fresh millisecond, so no row of the step before can look like one of this step.
    await new Promise((resolve) => setTimeout(resolve, 2));
    const since = Date.now();
    const result = await work();
    const step = { since, shiftMs: at.getTime() - since };
    for (const key of typeof keys === 'function' ? keys(result) : keys) {
      const list = this.steps.get(key) ?? [];
      list.push(step);
      this.steps.set(key, list);
    }
    return result;
  }

  /** The shift of the step of `key` that was running at `value` (the latest that began before it). */
  private shiftOf(key: string, value: string | null): number | null {
    if (value === null) return null;
    const time = Date.parse(value);
    let shift: number | null = null;
    for (const step of this.steps.get(key) ?? []) if (step.since <= time) shift = step.shiftMs;
    return shift;
  }

  /** Moves every row the steps wrote to its moment in the story, in one transaction. */
  async moveToStory(db: Db): Promise<void> {
    const keys = [...this.steps.keys()];
    if (keys.length === 0) return;
    await db.transaction().execute(async (tx) => {
      for (const spec of TIMED_TABLES) {
        const followers = Object.entries(spec.follows ?? {});
        const columns = ['id', spec.key, ...spec.columns, ...followers.map(([follower]) => follower)];
        const { rows } =
          await sql<Row>`select ${sql.join(columns.map((c) => sql.ref(c)))} from ${sql.table(spec.table)} where ${sql.ref(spec.key)} in (${sql.join(keys)})`.execute(
            tx,
          );
        for (const row of rows) {
          const key = row[spec.key]!;
          const changes: [string, string][] = [];
          for (const column of spec.columns) {
            const shift = this.shiftOf(key, row[column] ?? null);
            if (shift !== null) changes.push([column, new Date(Date.parse(row[column]!) + shift).toISOString()]);
          }
          for (const [follower, leader] of followers) {
            const shift = this.shiftOf(key, row[leader] ?? null);
            if (shift !== null && row[follower]) changes.push([follower, new Date(Date.parse(row[follower]!) + shift).toISOString()]);
          }
          if (changes.length === 0) continue;
          const assignments = changes.map(([column, value]) => sql`${sql.ref(column)} = ${value}`);
          await sql`update ${sql.table(spec.table)} set ${sql.join(assignments)} where ${sql.ref('id')} = ${row.id}`.execute(tx);
        }
      }
    });
  }
}
