import { FOCUS_AREAS, type FocusArea } from '../../../../../common/cooperation.ts';
import type { Locale } from '../../../../../common/locales.ts';
import { normalizeHeader } from '../../directory/school-file.columns.ts';
import { allowedOf, choiceOf, FOCUS_AREA_LABELS, splitList, type Texts } from './import.labels.ts';
import type { Problem } from './import.messages.ts';
import type { OrganizationRef } from './import.repository.ts';

// The machinery of import columns: each reads one trimmed cell into the row's draft, or says what is wrong.

export interface ImportContext {
  locale: Locale;
  organizations: OrganizationFinder;
}

export interface ImportColumn<D> {
  key: string;
  header: Texts;
  required: boolean;
  note: Texts;
  read(text: string, draft: D, ctx: ImportContext): Problem | null;
}

type Parsed<T> = { value: T } | { problem: Problem };

export function column<D, T>(spec: {
  key: string;
  header: Texts;
  required?: boolean;
  note: Texts;
  parse: (text: string, ctx: ImportContext) => Parsed<T>;
  set: (draft: D, value: T) => void;
}): ImportColumn<D> {
  return {
    key: spec.key,
    header: spec.header,
    required: spec.required ?? false,
    note: spec.note,
    read(text, draft, ctx) {
      if (text === '') return spec.required ? { key: 'required' } : null;
      const parsed = spec.parse(text, ctx);
      if ('problem' in parsed) return parsed.problem;
      spec.set(draft, parsed.value);
      return null;
    },
  };
}

export const both = (zh: string, en: string): Texts => ({ 'zh-CN': zh, 'en-US': en });
const problem = (key: Problem['key'], params?: Problem['params']): { problem: Problem } => ({ problem: { key, params } });

export const text =
  (min: number, max: number) =>
  (value: string): Parsed<string> => {
    const length = [...value].length;
    return length < min || length > max ? problem('length', { min, max, length }) : { value };
  };

export const count =
  (min: number, max: number) =>
  (value: string): Parsed<number> =>
    /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max ? { value: Number(value) } : problem('count', { min, max, value });

const iso = (year: number, month: number, day: number): string | null => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.toISOString().slice(0, 10) : null;
};

/** 2025-09-01, 2025/9/1, 2025.9.1, 2025年9月1日, or a date cell of Excel. */
export function parseDate(value: string): Parsed<string> {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(value);
  if (match) {
    const date = iso(Number(match[1]), Number(match[2]), Number(match[3]));
    return date ? { value: date } : problem('date', { value });
  }
  // Excel date cells arrive as the date's text (a JavaScript date string at UTC midnight).
  const parsed = /[A-Za-z]{3} [A-Za-z]{3} \d{1,2} \d{4}/.test(value) ? new Date(value) : null;
  if (parsed && !Number.isNaN(parsed.getTime())) return { value: parsed.toISOString().slice(0, 10) };
  return problem('date', { value });
}

export function parseFocusAreas(value: string, ctx: ImportContext): Parsed<FocusArea[]> {
  const areas = new Set<FocusArea>();
  for (const part of splitList(value)) {
    const area = choiceOf(FOCUS_AREA_LABELS, part);
    if (!area) return problem('unknownValue', { value: part, allowed: allowedOf(FOCUS_AREA_LABELS, ctx.locale) });
    areas.add(area);
  }
  return { value: FOCUS_AREAS.filter((a) => areas.has(a)) };
}

export const choice =
  <K extends string>(labels: Record<K, Texts>) =>
  (value: string, ctx: ImportContext): Parsed<K> => {
    const key = choiceOf(labels, value);
    return key ? { value: key } : problem('unknownValue', { value, allowed: allowedOf(labels, ctx.locale) });
  };

const keyOf = (text: string): string => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Finds the organization a cell names: by school code, else by its exact Chinese or English name. */
export class OrganizationFinder {
  private readonly byCode = new Map<string, OrganizationRef>();
  private readonly byName = new Map<string, OrganizationRef[]>();
  readonly byId = new Map<string, OrganizationRef>();

  constructor(organizations: OrganizationRef[]) {
    for (const o of organizations) {
      this.byId.set(o.id, o);
      if (o.code) this.byCode.set(o.code, o);
      for (const name of new Set([keyOf(o.nameZh), keyOf(o.nameEn)])) this.byName.set(name, [...(this.byName.get(name) ?? []), o]);
    }
  }

  find(value: string, schoolOnly: boolean): Parsed<OrganizationRef> {
    const matches = this.byCode.has(value) ? [this.byCode.get(value)!] : (this.byName.get(keyOf(value)) ?? []);
    if (matches.length === 0) return problem('organizationUnknown', { value });
    if (matches.length > 1) return problem('organizationAmbiguous', { value });
    if (schoolOnly && matches[0]!.kind !== 'school') return problem('notASchool', { value });
    return { value: matches[0]! };
  }

  /** A list of organizations in one cell, each once. */
  findAll(value: string, schoolOnly: boolean): Parsed<OrganizationRef[]> {
    const found: OrganizationRef[] = [];
    for (const part of splitList(value)) {
      const one = this.find(part, schoolOnly);
      if ('problem' in one) return one;
      if (found.some((o) => o.id === one.value.id)) return problem('repeated', { value: part });
      found.push(one.value);
    }
    return { value: found };
  }
}

export const headerKey = normalizeHeader;
