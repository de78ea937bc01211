/** Ranked preferred schools (志愿): ids, most wanted first, at most the policy's maxPreferences. */

export function addPreference(ranked: readonly string[], schoolId: string, max: number): string[] {
  if (ranked.includes(schoolId) || ranked.length >= max) return [...ranked];
  return [...ranked, schoolId];
}

export function removePreference(ranked: readonly string[], schoolId: string): string[] {
  return ranked.filter((id) => id !== schoolId);
}

/** Moves a school one place up (-1) or down (+1); at the ends nothing moves. */
export function movePreference(ranked: readonly string[], schoolId: string, direction: -1 | 1): string[] {
  const from = ranked.indexOf(schoolId);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= ranked.length) return [...ranked];
  const moved = [...ranked];
  [moved[from], moved[to]] = [moved[to]!, moved[from]!];
  return moved;
}
