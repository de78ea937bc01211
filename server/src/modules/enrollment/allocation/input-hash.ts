import { createHash } from 'node:crypto';
import { AllocationInputError, type AllocationInput, type IndexedInput } from './allocation.types.ts';
import { compareCodeUnits } from './lottery.ts';
import { sortByCodeUnits } from './radix-sort.ts';

/*
 * Canonical form of an allocation input, so that a recorded run can later be proven to have used exactly
 * these applicants, points, preferences, seats and seed — whatever order the database returned them in.
 * UTF-8 lines joined by "\n" (each line followed by "\n"), each a JSON array without spaces:
 *
 *   "shuangcheng/allocation-input/v1"
 *   ["seed",<seed>]
 *   ["school",<schoolId>,<seats>]                        one per school, sorted by schoolId
 *   ["applicant",<applicantId>,<points>,[<schoolId>,…]]   one per applicant, sorted by applicantId
 *
 * Sorting is by UTF-16 code units; preferences keep their rank order; numbers use JSON's shortest form.
 * inputHash = lowercase hex SHA-256 of those bytes.
 *
 * The bytes are written straight into a reused 64 KiB buffer that is fed to the hash as it fills: no string
 * per line, no JSON.stringify per applicant (ids that need escaping, and non-integer numbers, take that path).
 * Stored runs and the public page keep hashes of this exact byte sequence: any change to it is a new format.
 */
const FORMAT = 'shuangcheng/allocation-input/v1';

/** The input as allocate() indexes it; preferences may name schools beyond `seats` (unknown ones: no line of their own). */
type CanonicalSource = Pick<IndexedInput, 'schoolIds' | 'seats' | 'applicantIds' | 'points' | 'prefStart' | 'prefSchool'>;

/** Throws AllocationInputError on duplicate school or applicant ids: such an input has no canonical form. */
export function hashAllocationInput(input: AllocationInput): string {
  return hashIndexedInput(input.seed, sourceOf(input));
}

/** hashAllocationInput() over an input allocate() has already indexed. */
export function hashIndexedInput(seed: string, source: CanonicalSource): string {
  const digest = createHash('sha256');
  writeCanonical(seed, source, (bytes) => digest.update(bytes));
  return digest.digest('hex');
}

/** The canonical form as text, for publishing next to the hash. */
export function canonicalAllocationInput(input: AllocationInput): string {
  const chunks: Buffer[] = [];
  writeCanonical(input.seed, sourceOf(input), (bytes) => chunks.push(Buffer.from(bytes)));
  return Buffer.concat(chunks).toString('utf8');
}

// Without allocate()'s validation: preferences naming unknown schools are hashed as they are.
function sourceOf(input: AllocationInput): CanonicalSource {
  const schoolIds = input.schools.map((s) => s.schoolId);
  const index = new Map<string, number>();
  for (let s = schoolIds.length - 1; s >= 0; s--) index.set(schoolIds[s]!, s);
  const n = input.applicants.length;
  const applicantIds = new Array<string>(n);
  const points = new Float64Array(n);
  const prefStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) prefStart[i + 1] = prefStart[i]! + input.applicants[i]!.preferences.length;
  const prefSchool = new Int32Array(prefStart[n]!);
  for (let i = 0, k = 0; i < n; i++) {
    const a = input.applicants[i]!;
    applicantIds[i] = a.applicantId;
    points[i] = a.points;
    for (const schoolId of a.preferences) {
      let s = index.get(schoolId);
      if (s === undefined) index.set(schoolId, (s = schoolIds.push(schoolId) - 1));
      prefSchool[k++] = s;
    }
  }
  return { schoolIds, seats: Int32Array.from(input.schools, (s) => s.seats), applicantIds, points, prefStart, prefSchool };
}

// Ids must be unique for the form to be canonical; the sort brings duplicates together, so they are caught
// here for the price of one comparison instead of a million-entry Set.
function writeCanonical(seed: string, source: CanonicalSource, sink: (bytes: Uint8Array) => void): void {
  const { schoolIds, seats, applicantIds, points, prefStart, prefSchool } = source;
  const out = new ByteWriter(sink);
  out.text(`${JSON.stringify(FORMAT)}\n${JSON.stringify(['seed', seed])}\n`);
  const quoted = schoolIds.map((id) => Buffer.from(JSON.stringify(id)));
  const schools = Array.from(seats, (_, s) => s).sort((a, b) => compareCodeUnits(schoolIds[a]!, schoolIds[b]!));
  for (let r = 0; r < schools.length; r++) {
    const s = schools[r]!;
    if (r > 0 && schoolIds[s] === schoolIds[schools[r - 1]!]) throw new AllocationInputError('duplicate_school', `School ${schoolIds[s]} is listed twice`);
    out.ascii('["school",');
    out.bytes(quoted[s]!);
    out.byte(0x2c);
    out.number(seats[s]!);
    out.ascii(']\n');
  }
  const order = sortByCodeUnits(applicantIds);
  const longestSchool = quoted.reduce((most, q) => Math.max(most, q.length), 0);
  for (let r = 0; r < order.length; r++) {
    const a = order[r]!;
    const id = applicantIds[a]!;
    if (r > 0 && id === applicantIds[order[r - 1]!]) throw new AllocationInputError('duplicate_applicant', `Applicant ${id} is listed twice`);
    const first = prefStart[a]!;
    const end = prefStart[a + 1]!;
    // The common line (ASCII id, integer points) is written here with local variables: this loop runs a million times.
    if (!out.applicantLine(id, points[a]!, prefSchool, first, end, quoted, 40 + id.length + (end - first) * (longestSchool + 1))) {
      out.ascii('["applicant",');
      out.jsonString(id);
      out.byte(0x2c);
      out.number(points[a]!);
      out.ascii(',[');
      for (let p = first; p < end; p++) {
        if (p > first) out.byte(0x2c);
        out.bytes(quoted[prefSchool[p]!]!);
      }
      out.ascii(']]\n');
    }
  }
  out.flush();
}

const CAPACITY = 65_536;
const APPLICANT = Buffer.from('["applicant","');

/** UTF-8 bytes into a reused buffer, handed to `sink` (which must consume them at once) whenever it fills. */
class ByteWriter {
  private readonly buffer = Buffer.allocUnsafe(CAPACITY);
  private at = 0;

  constructor(private readonly sink: (bytes: Uint8Array) => void) {}

  flush(): void {
    if (this.at > 0) this.sink(this.buffer.subarray(0, this.at));
    this.at = 0;
  }

  private room(bytes: number): void {
    if (this.at + bytes > CAPACITY) this.flush();
  }

  byte(b: number): void {
    this.room(1);
    this.buffer[this.at++] = b;
  }

  /** Text known to be ASCII (format punctuation, numbers). */
  ascii(text: string): void {
    this.room(text.length);
    for (let i = 0; i < text.length; i++) this.buffer[this.at++] = text.charCodeAt(i);
  }

  bytes(bytes: Uint8Array): void {
    if (bytes.length > CAPACITY) {
      this.flush();
      this.sink(bytes);
      return;
    }
    this.room(bytes.length);
    for (let i = 0; i < bytes.length; i++) this.buffer[this.at++] = bytes[i]!;
  }

  text(text: string): void {
    this.bytes(Buffer.from(text, 'utf8'));
  }

  /**
   * `["applicant",<id>,<points>,[<schools>]]\n` in one go when the id needs no escaping, the points are a
   * small non-negative integer and the line fits in `bound` bytes; false (nothing written) otherwise.
   */
  applicantLine(id: string, points: number, prefSchool: Int32Array, first: number, end: number, quoted: readonly Uint8Array[], bound: number): boolean {
    if (!(Number.isInteger(points) && points >= 0 && points < 1e15) || bound > CAPACITY) return false;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      if (c < 0x20 || c === 0x22 || c === 0x5c || c > 0x7e) return false;
    }
    if (this.at + bound > CAPACITY) this.flush();
    const buffer = this.buffer;
    let at = this.at;
    for (let i = 0; i < APPLICANT.length; i++) buffer[at++] = APPLICANT[i]!;
    for (let i = 0; i < id.length; i++) buffer[at++] = id.charCodeAt(i);
    buffer[at++] = 0x22;
    buffer[at++] = 0x2c;
    if (points === 0) buffer[at++] = 0x30;
    else {
      let digits = 0;
      for (let v = points; v > 0; v = Math.floor(v / 10)) digits++;
      at += digits;
      for (let v = points, q = at - 1; v > 0; v = Math.floor(v / 10)) buffer[q--] = 0x30 + (v % 10);
    }
    buffer[at++] = 0x2c;
    buffer[at++] = 0x5b;
    for (let p = first; p < end; p++) {
      if (p > first) buffer[at++] = 0x2c;
      const school = quoted[prefSchool[p]!]!;
      for (let i = 0; i < school.length; i++) buffer[at++] = school[i]!;
    }
    buffer[at++] = 0x5d;
    buffer[at++] = 0x5d;
    buffer[at++] = 0x0a;
    this.at = at;
    return true;
  }

  /** JSON.stringify(text), written directly when it needs no escaping and is ASCII. */
  jsonString(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x20 || c === 0x22 || c === 0x5c || c > 0x7e) return this.text(JSON.stringify(text));
    }
    if (text.length + 2 > CAPACITY) return this.text(JSON.stringify(text));
    this.room(text.length + 2);
    this.buffer[this.at++] = 0x22;
    for (let i = 0; i < text.length; i++) this.buffer[this.at++] = text.charCodeAt(i);
    this.buffer[this.at++] = 0x22;
  }

  /** JSON's form of a finite number (String() is the same, -0 included). */
  number(value: number): void {
    if (Number.isInteger(value) && value >= 0 && value < 1e15) {
      this.room(16);
      if (value === 0) {
        this.buffer[this.at++] = 0x30;
        return;
      }
      const start = this.at;
      for (let v = value; v > 0; v = Math.floor(v / 10)) this.buffer[this.at++] = 0x30 + (v % 10);
      this.buffer.subarray(start, this.at).reverse();
      return;
    }
    this.ascii(String(value));
  }
}
