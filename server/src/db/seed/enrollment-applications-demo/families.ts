import type { WorkKind } from '../../../../../common/enrollment-application.ts';
import type { DeclaredPoints } from '../../../../../common/enrollment-points.ts';
import { idNumberCheckCharacter } from '../../../../../common/id-number.ts';
import {
  BOY_NAMES,
  CITY_ROADS,
  demoCases,
  demoGuardianCases,
  EMPLOYERS,
  GIRL_NAMES,
  JIANGBEI_STREETS,
  MEN_NAMES,
  originSeeds,
  SURNAMES,
  TOWNS,
  VILLAGES,
  WOMEN_NAMES,
  type DemoCase,
  type OriginSeed,
} from '../data/enrollment-families.data.ts';

/** Demo families' mobiles: 138 0000 1001 onwards (the demo guardian is 138 0000 0001). */
export const DEMO_FAMILY_MOBILE_FIRST = 13800001001;
/** The demo guardian of demo.seed.ts. */
export const DEMO_GUARDIAN_MOBILE = '13800000001';

/** Mulberry32: a small seeded generator, so the demo is the same on every machine and every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

/** Surnames are listed most common first: the first third is drawn three times as often as the last. */
function pickSurname(random: Random): string {
  const weightOf = (i: number) => 3 - Math.floor((3 * i) / SURNAMES.length);
  let r = random() * SURNAMES.reduce((sum, _, i) => sum + weightOf(i), 0);
  for (const [i, surname] of SURNAMES.entries()) {
    r -= weightOf(i);
    if (r < 0) return surname;
  }
  return SURNAMES[0]!;
}

/** A name not given yet in this demo: two families with the same child's or parent's name would confuse a demonstration. */
function uniqueName(used: Set<string>, draw: () => string): string {
  for (;;) {
    const name = draw();
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

function pickWeighted(random: Random, origins: readonly OriginSeed[]): OriginSeed {
  let r = random() * origins.reduce((sum, o) => sum + o.weight, 0);
  for (const origin of origins) {
    r -= origin.weight;
    if (r < 0) return origin;
  }
  return origins[origins.length - 1]!;
}

export interface DemoChild {
  name: string;
  sex: 'male' | 'female';
  birthDate: string;
  idNumber: string;
  hukouAddress: string;
}

export interface DemoFamily {
  mobile: string;
  guardianName: string;
  relation: 'father' | 'mother' | 'grandparent';
  child: DemoChild;
  origin: OriginSeed;
  employer: string | null;
  workKind: WorkKind;
  residenceAddress: string;
  /** Declared on the points route ({} on the other). */
  declared: DeclaredPoints;
  /** Designated school ids, most wanted first. */
  preferences: string[];
  demoCase: DemoCase;
}

/** Grade 1 in 2027 means six by 31 August 2027: born from 1 September 2020 to 31 August 2021. */
const FIRST_BIRTH_DAY = Date.UTC(2020, 8, 1);
const BIRTH_DAYS = 365;

/** A valid GB 11643 number: division, birth date, a sequence whose last digit is odd for boys, the MOD 11-2 check. */
export function demoIdNumber(divisionCode: string, birthDate: string, sex: 'male' | 'female', serial: number): string {
  const sequence = `${String(serial % 100).padStart(2, '0')}${(serial % 5) * 2 + (sex === 'male' ? 1 : 0)}`;
  const first17 = `${divisionCode}${birthDate.replaceAll('-', '')}${sequence}`;
  return first17 + idNumberCheckCharacter(first17);
}

function hukouAddress(random: Random, origin: OriginSeed): string {
  return origin.isRural
    ? `${origin.placeZh}${pick(random, TOWNS)}镇${pick(random, VILLAGES)}村${between(random, 1, 12)}组${between(random, 1, 60)}号`
    : `${origin.placeZh}${pick(random, CITY_ROADS)}${between(random, 1, 300)}号`;
}

function residenceAddress(random: Random): string {
  const { street, roads } = pick(random, JIANGBEI_STREETS);
  return `重庆市江北区${street}${pick(random, roads)}${between(random, 1, 200)}号${between(random, 1, 12)}栋${between(random, 1, 30)}-${between(random, 1, 6)}`;
}

function declaredPoints(random: Random, demoCase: DemoCase): DeclaredPoints {
  if (demoCase.route !== 'points') return {};
  const months = demoCase.isLowPoints ? [6, 14] : [12, 72];
  const roll = random();
  return {
    residence_months: between(random, months[0]!, months[1]!),
    social_insurance_months: between(random, months[0]!, months[1]!),
    housing: demoCase.isLowPoints ? 'dormitory' : roll < 0.2 ? 'owned' : roll < 0.8 ? 'rented' : 'dormitory',
  };
}

/** The first preference from the case, then up to two other designated schools. */
function preferencesOf(random: Random, first: string, schoolIds: readonly string[]): string[] {
  const others = schoolIds.filter((id) => id !== first);
  const count = between(random, 0, Math.min(2, others.length));
  const chosen: string[] = [];
  while (chosen.length < count) {
    const next = pick(random, others);
    if (!chosen.includes(next)) chosen.push(next);
  }
  return [first, ...chosen];
}

/** One family per demo case, always the same ones. */
export function buildDemoFamilies(schoolIds: readonly string[]): DemoFamily[] {
  const random = seededRandom(20270901);
  const used = new Set<string>(['李沐晴', '李沐阳', '周敏']);
  return demoCases.map((demoCase, i): DemoFamily => {
    const origin = pickWeighted(random, originSeeds);
    const sex = random() < 0.5 ? 'male' : 'female';
    const childName = uniqueName(used, () => `${pickSurname(random)}${pick(random, sex === 'male' ? BOY_NAMES : GIRL_NAMES)}`);
    const surname = childName[0]!;
    const birthDate = new Date(FIRST_BIRTH_DAY + between(random, 0, BIRTH_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
    const relationRoll = random();
    const relation = relationRoll < 0.5 ? 'father' : relationRoll < 0.92 ? 'mother' : 'grandparent';
    const guardianName = uniqueName(used, () =>
      relation === 'mother' ? `${pickSurname(random)}${pick(random, WOMEN_NAMES)}` : `${surname}${pick(random, MEN_NAMES)}`,
    );
    const employment = pick(random, EMPLOYERS);
    return {
      mobile: String(DEMO_FAMILY_MOBILE_FIRST + i),
      guardianName,
      relation,
      child: {
        name: childName,
        sex,
        birthDate,
        idNumber: demoIdNumber(origin.divisionCode, birthDate, sex, i * 7 + between(random, 0, 6)),
        hukouAddress: hukouAddress(random, origin),
      },
      origin,
      employer: employment.name,
      workKind: employment.workKind,
      residenceAddress: residenceAddress(random),
      declared: declaredPoints(random, demoCase),
      preferences: preferencesOf(random, demoCase.school, schoolIds),
      demoCase,
    };
  });
}

/** The demo guardian's twins, born in 邻水县 (Guang'an): the girl's application waits for a re-upload, the boy's is a draft. */
export function buildDemoGuardianFamilies(): DemoFamily[] {
  const origin = originSeeds.find((o) => o.divisionCode === '511623')!;
  const twins: { name: string; sex: 'male' | 'female'; serial: number }[] = [
    { name: '李沐晴', sex: 'female', serial: 902 },
    { name: '李沐阳', sex: 'male', serial: 901 },
  ];
  return twins.map((twin, i): DemoFamily => ({
    mobile: DEMO_GUARDIAN_MOBILE,
    guardianName: '周敏',
    relation: 'mother',
    child: {
      name: twin.name,
      sex: twin.sex,
      birthDate: '2021-03-12',
      idNumber: demoIdNumber(origin.divisionCode, '2021-03-12', twin.sex, twin.serial),
      hukouAddress: '四川省广安市邻水县鼎屏镇城南街 56 号',
    },
    origin,
    employer: '重庆嘉陵印象餐饮管理有限公司',
    workKind: 'employed',
    residenceAddress: '重庆市江北区观音桥街道建新东路28号5栋12-3',
    declared: { residence_months: 30, social_insurance_months: 28, housing: 'rented' },
    preferences: ['school-guanyinqiao', 'school-xincun-shiyan'],
    demoCase: demoGuardianCases[i]!,
  }));
}
