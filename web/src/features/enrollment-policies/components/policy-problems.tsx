import { Alert, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../lib/api-client.ts';
import { placeOf, type ProblemPlace } from './problem-place.ts';

/** Fields whose name the editor can show in a problem's place (the rest show the section only). */
const LABELLED_FIELDS = [
  'titleZh',
  'titleEn',
  'schoolYear',
  'entryGrade',
  'windowOpensAt',
  'windowClosesAt',
  'maxPreferences',
  'ageMinYears',
  'ageCutoffMonthDay',
  'publicNoticeDays',
  'appealDays',
  'offerResponseDays',
  'reportDate',
  'reportNoteZh',
  'reportNoteEn',
  'code',
  'nameZh',
  'nameEn',
  'descriptionZh',
  'descriptionEn',
  'admissionBasis',
  'minResidencePermitMonths',
  'minSocialInsuranceMonths',
  'monthsAsOf',
  'requiresEmploymentProof',
  'hukouOutsideHost',
  'material',
  'requirement',
  'schoolId',
  'seats',
  'key',
  'kind',
  'weight',
  'cap',
  'value',
  'labelZh',
  'labelEn',
  'points',
  'options',
  'materials',
] as const;
type LabelledField = (typeof LABELLED_FIELDS)[number];
const isLabelled = (field: string | null): field is LabelledField => LABELLED_FIELDS.includes(field as LabelledField);

/** Names of the draft's routes, schools and points items, so a problem reads "Route 2 (Points)". */
export interface ProblemNames {
  routes: readonly string[];
  schools: readonly string[];
  pointsItems: readonly string[];
}

/** The element a problem's place is shown in (ids set by the editor's sections). */
export function anchorOf(place: ProblemPlace): string {
  if (place.index === null) return `policy-section-${place.section}`;
  const item = `policy-${place.section}-${place.index}`;
  return place.inner?.index != null ? `${item}-${place.inner.list}-${place.inner.index}` : item;
}

function useDescribe(names: ProblemNames) {
  const { t } = useTranslation();
  return (place: ProblemPlace): string => {
    const parts: string[] = [t(`enrollmentPolicies.sections.${place.section}`)];
    if (place.index !== null && place.section !== 'basics') {
      const name = names[place.section][place.index];
      parts[0] = name ? t('enrollmentPolicies.itemNamed', { label: parts[0], n: place.index + 1, name }) : `${parts[0]} ${place.index + 1}`;
    }
    if (place.inner) {
      const list = place.inner.list === 'options' ? t('enrollmentPolicies.fields.options') : t('enrollmentPolicies.fields.materials');
      parts.push(place.inner.index === null ? list : `${list} ${place.inner.index + 1}`);
    }
    if (isLabelled(place.field) && !(place.inner && place.field === place.inner.list)) parts.push(t(`enrollmentPolicies.fields.${place.field}`));
    return parts.join(' · ');
  };
}

interface PolicyProblemsProps {
  title: ReactNode;
  problems: readonly FieldError[];
  names: ProblemNames;
  /** When the editor is on the page: each place is a link that scrolls to it. */
  canJump?: boolean;
  action?: ReactNode;
}

/** Every problem of a draft at once, each with where it is, so the bureau fixes all of them in one go. */
export function PolicyProblems({ title, problems, names, canJump = false, action }: PolicyProblemsProps) {
  const { t } = useTranslation();
  const describe = useDescribe(names);
  const jump = (place: ProblemPlace) => document.getElementById(anchorOf(place))?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      action={action}
      description={
        <ol style={{ margin: 0, paddingInlineStart: 20 }}>
          {problems.map((problem, i) => {
            const place = placeOf(problem.field);
            const where = describe(place);
            return (
              <li key={`${problem.field}:${i}`}>
                {canJump ? <Typography.Link onClick={() => jump(place)}>{where}</Typography.Link> : <Typography.Text strong>{where}</Typography.Text>}
                {problem.message && `${t('enrollmentPolicies.colon')}${problem.message}`}
              </li>
            );
          })}
        </ol>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
