import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled } from '@ant-design/icons';
import { Card, Flex, Tag, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import type { EligibilityLine, ReviewApplication } from '../api/review-types.ts';

const STATE = {
  met: { color: 'success', icon: <CheckCircleFilled aria-hidden /> },
  unmet: { color: 'error', icon: <CloseCircleFilled aria-hidden /> },
  open: { color: 'default', icon: <QuestionCircleFilled aria-hidden /> },
} as const;
const stateOf = (line: EligibilityLine): keyof typeof STATE => (line.isMet === null ? 'open' : line.isMet ? 'met' : 'unmet');

/** The route's eligibility as the server judged it, rule by rule: what is required, what the family declared, met or not. */
export function EligibilityCard({ application: a }: { application: ReviewApplication }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const format = useFormat();
  const isMonths = (line: EligibilityLine) => line.rule === 'residence_permit_months' || line.rule === 'social_insurance_months';
  const ruleName = (line: EligibilityLine) =>
    line.rule === 'material' && line.material
      ? t('enrollmentReview.eligibility.rules.material', { material: t(`enrollmentPolicies.materials.${line.material}`) })
      : t(`enrollmentReview.eligibility.rules.${line.rule}`);
  const value = (line: EligibilityLine, n: number) =>
    isMonths(line) ? t('enrollmentReview.points.months', { count: n }) : t('enrollmentReview.eligibility.years', { count: n });
  const required = (line: EligibilityLine) =>
    line.rule === 'age_usual' && line.required !== null
      ? t('enrollmentReview.eligibility.atMostYears', { count: line.required })
      : line.rule === 'age_minimum' && line.required !== null
        ? t('enrollmentReview.eligibility.atLeastYears', { count: line.required })
        : t('enrollmentReview.eligibility.atLeastMonths', { count: line.required ?? 0 });
  const stateTag = (line: EligibilityLine) => {
    const state = stateOf(line);
    const text = line.rule === 'age_usual' && state === 'unmet' ? t('enrollmentReview.eligibility.flagged') : t(`enrollmentReview.eligibility.states.${state}`);
    return (
      <Tag color={STATE[state].color} icon={STATE[state].icon}>
        {text}
      </Tag>
    );
  };
  const unmet = a.eligibility.filter((line) => line.isMet === false).length;
  return (
    <Card
      size="small"
      title={t('enrollmentReview.eligibility.title')}
      extra={unmet > 0 ? <Tag color="error">{t('enrollmentReview.eligibility.unmetCount', { count: unmet })}</Tag> : null}
    >
      <Flex vertical gap={8}>
        {a.route.monthsAsOf && (
          <Typography.Text type="secondary">{t('enrollmentReview.eligibility.monthsAsOf', { date: format.date(a.route.monthsAsOf) })}</Typography.Text>
        )}
        {a.eligibility.length === 0 ? (
          <Typography.Text>{t('enrollmentReview.eligibility.none')}</Typography.Text>
        ) : (
          // A list rather than a table: it reads the same on a phone, without a region to scroll sideways.
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {a.eligibility.map((line) => (
              <li key={`${line.rule}:${line.material ?? ''}`} style={{ padding: '6px 0', borderBottom: `1px solid ${token.colorSplit}` }}>
                <Flex justify="space-between" align="start" gap={8} wrap>
                  <Typography.Text strong>{ruleName(line)}</Typography.Text>
                  {stateTag(line)}
                </Flex>
                {line.required !== null && (
                  <Typography.Text type="secondary" style={{ display: 'block' }}>
                    {line.declared === null
                      ? t('enrollmentReview.eligibility.requiredOnly', { required: required(line) })
                      : t('enrollmentReview.eligibility.requiredDeclared', { required: required(line), declared: value(line, line.declared) })}
                  </Typography.Text>
                )}
              </li>
            ))}
          </ul>
        )}
      </Flex>
    </Card>
  );
}
