import type { ExchangeKind, FocusArea } from '../../../../../common/cooperation.ts';
import type { Locale } from '../../../../../common/locales.ts';

// How import files write the vocabulary: in Chinese or English, either accepted.

export type Texts = Record<Locale, string>;
const both = (zh: string, en: string): Texts => ({ 'zh-CN': zh, 'en-US': en });

export const FOCUS_AREA_LABELS: Record<FocusArea, Texts> = {
  management: both('学校管理', 'management'),
  cadre_training: both('干部培养', 'cadre training'),
  curriculum: both('课程建设', 'curriculum'),
  teaching_research: both('教学研究', 'teaching research'),
  evaluation_reform: both('评价改革', 'evaluation reform'),
  teacher_development: both('教师发展', 'teacher development'),
  smart_education: both('智慧教育', 'smart education'),
  family_education: both('家庭教育', 'family education'),
  student_exchange: both('学生交流', 'student exchange'),
  vocational_programs: both('职业教育专业', 'vocational programs'),
  resource_sharing: both('资源共享', 'resource sharing'),
};

export const EXCHANGE_KIND_LABELS: Record<ExchangeKind, Texts> = {
  visit: both('考察访问', 'visit'),
  hosted_delegation: both('接待来访', 'hosted delegation'),
  joint_research: both('联合教研', 'joint research'),
  lecture: both('讲座', 'lecture'),
  training: both('培训', 'training'),
  online_session: both('线上活动', 'online session'),
  secondment: both('挂职跟岗', 'secondment'),
  outreach_teaching: both('送教', 'outreach teaching'),
};

export const IMPORTED_PAIRING_STATUS_LABELS: Record<'active' | 'ended', Texts> = { active: both('结对中', 'active'), ended: both('已结束', 'ended') };

/** A value written in either language (English case-insensitively), or undefined. */
export function choiceOf<K extends string>(labels: Record<K, Texts>, text: string): K | undefined {
  const wanted = text.trim().toLowerCase();
  return (Object.keys(labels) as K[]).find((key) => labels[key]['zh-CN'] === text.trim() || labels[key]['en-US'] === wanted || key === wanted);
}

export const allowedOf = <K extends string>(labels: Record<K, Texts>, locale: Locale) => Object.values<Texts>(labels).map((l) => l[locale]).join(locale === 'zh-CN' ? '、' : ', ');

/** Lists in a cell are separated by 、 , ， ; ； or new lines. */
export const splitList = (text: string): string[] => text.split(/[、,，;；\n]+/).map((part) => part.trim()).filter(Boolean);
