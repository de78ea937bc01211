/*
 * Sorting a million ids without a JavaScript comparator, which costs ~20 calls per element and was a large
 * part of an allocation run's time.
 */

const SMALL = 24;
const END = 0; // key of "no code unit here": a string sorts before every string it is a prefix of

/**
 * Indices of `ids` in UTF-16 code-unit order (the order of `<` on strings, as compareCodeUnits): MSD radix
 * sort one code unit at a time, insertion sort for small groups. Equal ids end up next to each other.
 */
export function sortByCodeUnits(ids: readonly string[]): Int32Array {
  const n = ids.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Ids read from the database in reference order are sorted already: one pass proves it. Ids in a few long
  // ascending runs are merged by the engine's own sort (TimSort finds the runs) faster than radix passes.
  let descents = 0;
  for (let i = 1; i < n; i++) if (ids[i - 1]! > ids[i]!) descents++;
  if (descents === 0) return order;
  if (descents < n / 256) {
    const indices = Array.from(order);
    indices.sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
    return Int32Array.from(indices);
  }
  const scratch = new Int32Array(n);
  const keys = new Int32Array(n);
  const count = new Int32Array(65_538);
  const seen: number[] = [];
  const stack: number[] = [0, n, 0]; // lo, hi, depth
  while (stack.length > 0) {
    const depth = stack.pop()!;
    const hi = stack.pop()!;
    const lo = stack.pop()!;
    if (hi - lo <= SMALL) {
      insertionSort(ids, order, lo, hi);
      continue;
    }
    seen.length = 0;
    for (let r = lo; r < hi; r++) {
      const id = ids[order[r]!]!;
      const key = depth < id.length ? id.charCodeAt(depth) + 1 : END;
      keys[r] = key;
      if (count[key]!++ === 0) seen.push(key);
    }
    if (seen.length === 1) {
      // One shared code unit: nothing moves; go one deeper (or stop: ids that ended here are all equal).
      count[seen[0]!] = 0;
      if (seen[0] !== END) stack.push(lo, hi, depth + 1);
      continue;
    }
    seen.sort((a, b) => a - b);
    let start = lo;
    for (const key of seen) {
      const size = count[key]!;
      count[key] = start;
      if (key !== END && size > 1) stack.push(start, start + size, depth + 1);
      start += size;
    }
    for (let r = lo; r < hi; r++) scratch[count[keys[r]!]!++] = order[r]!;
    for (let r = lo; r < hi; r++) order[r] = scratch[r]!;
    for (const key of seen) count[key] = 0;
  }
  return order;
}

function insertionSort(ids: readonly string[], order: Int32Array, lo: number, hi: number): void {
  for (let r = lo + 1; r < hi; r++) {
    const i = order[r]!;
    const id = ids[i]!;
    let q = r - 1;
    while (q >= lo && ids[order[q]!]! > id) {
      order[q + 1] = order[q]!;
      q--;
    }
    order[q + 1] = i;
  }
}
