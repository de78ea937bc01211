interface NamedSchool {
  nameZh: string;
  nameEn: string;
}

export interface SchoolOption {
  value: string;
  label: string;
}

interface SchoolOptionsInput {
  /** The designated schools of the chosen policy (none while no policy is chosen). */
  designated: (NamedSchool & { schoolId: string })[];
  /** The school in the address. */
  selectedId: string | undefined;
  /** That school as the directory names it: undefined while loading, null when the directory does not know it. */
  selected: NamedSchool | null | undefined;
  name: (zh: string, en: string) => string;
  labels: { loading: string; unknown: string };
}

/**
 * The school filter's options. A school in the address that is not among the policy's schools (an address
 * with `school=` but no `policy=`) still shows by name — never as its raw id — so that it can be seen and cleared.
 */
export function schoolOptions({ designated, selectedId, selected, name, labels }: SchoolOptionsInput): SchoolOption[] {
  const options = designated.map((s) => ({ value: s.schoolId, label: name(s.nameZh, s.nameEn) }));
  if (!selectedId || options.some((o) => o.value === selectedId)) return options;
  const label = selected === undefined ? labels.loading : selected === null ? labels.unknown : name(selected.nameZh, selected.nameEn);
  return [{ value: selectedId, label }, ...options];
}

/** Whether the page must ask the directory for the selected school's name (the policy's list does not have it). */
export const needsSchoolLookup = (selectedId: string | undefined, policyId: string | undefined, designatedIds: string[] | undefined): boolean =>
  !!selectedId && (!policyId || (designatedIds !== undefined && !designatedIds.includes(selectedId)));
