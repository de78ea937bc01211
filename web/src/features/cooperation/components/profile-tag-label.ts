import type { TFunction } from 'i18next';
import { SUBJECTS, type ProfileTag, type Subject } from '../../../../../common/cooperation.ts';

/** A strength or need in words: a subject (语文) or a focus area (课程建设). */
export function profileTagLabel(t: TFunction, tag: ProfileTag): string {
  return SUBJECTS.includes(tag as Subject) ? t(`cooperation.subjects.${tag as Subject}`) : t(`cooperation.focusAreas.${tag as Exclude<ProfileTag, Subject>}`);
}
