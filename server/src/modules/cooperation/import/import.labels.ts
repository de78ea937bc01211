import type { ExchangeKind, FocusArea } from '../../../../../common/cooperation.ts';
import type { Locale } from '../../../../../common/locales.ts';

// How import files write the vocabulary: in Chinese or English, either accepted — exactly the names the screens
// show (web/src/locales; import.labels.test.ts keeps them equal), so a file filled from the screen imports.

export type Texts = Record<Locale, string>;
const both = (zh: string, en: string): Texts => ({ 'zh-CN': zh, 'en-US': en });

export const FOCUS_AREA_LABELS: Record<FocusArea, Texts> = {
  management: both('学校管理', 'School management'),
  cadre_training: both('干部培训', 'Cadre training'),
  curriculum: both('课程建设', 'Curriculum'),
  teaching_research: both('教学研究', 'Teaching research'),
  evaluation_reform: both('评价改革', 'Evaluation reform'),
  teacher_development: both('教师发展', 'Teacher development'),
  smart_education: both('智慧教育', 'Smart education'),
  family_education: both('家庭教育', 'Family education'),
  student_exchange: both('学生交流', 'Student exchange'),
  vocational_programs: both('职教专业', 'Vocational programmes'),
  resource_sharing: both('资源共享', 'Resource sharing'),
};

export const EXCHANGE_KIND_LABELS: Record<ExchangeKind, Texts> = {
  visit: both('考察访问', 'Study visit'),
  hosted_delegation: both('接待来访', 'Hosted delegation'),
  joint_research: both('联合教研', 'Joint research'),
  lecture: both('讲座报告', 'Lecture'),
  training: both('培训', 'Training'),
  online_session: both('线上活动', 'Online session'),
  secondment: both('挂职跟岗', 'Secondment'),
  outreach_teaching: both('送教', 'Outreach teaching'),
};

export const IMPORTED_PAIRING_STATUS_LABELS: Record<'active' | 'ended', Texts> = { active: both('结对中', 'active'), ended: both('已结束', 'ended') };

/** A value written in either language (English case-insensitively), or undefined. */
export function choiceOf<K extends string>(labels: Record<K, Texts>, text: string): K | undefined {
  const wanted = text.trim().toLowerCase();
  return (Object.keys(labels) as K[]).find((key) => labels[key]['zh-CN'] === text.trim() || labels[key]['en-US'].toLowerCase() === wanted || key === wanted);
}

export const allowedOf = <K extends string>(labels: Record<K, Texts>, locale: Locale) =>
  Object.values<Texts>(labels)
    .map((l) => l[locale])
    .join(locale === 'zh-CN' ? '、' : ', ');

/** Lists in a cell are separated by 、 , ， ; ； or new lines. */
export const splitList = (text: string): string[] =>
  text
    .split(/[、,，;；\n]+/)
    .map((part) => part.trim())
    .filter(Boolean);
