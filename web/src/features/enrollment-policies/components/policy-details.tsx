import { Card, Col, Descriptions, Flex, Row, Table, Tag, Typography, theme, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import type { Policy, PolicyRoute } from '../api/policy-types.ts';
import { STATUS_COLORS } from './labels.ts';

const dash = '—';

/** A policy as families and reviewers are bound by it: read-only, with the hash its rules were published under. */
export function PolicyDetails({ policy: p, compact }: { policy: Policy; compact: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const days = (n: number) => t('enrollmentPolicies.nDays', { count: n });

  const basics: DescriptionsProps['items'] = [
    {
      key: 'status',
      label: t('enrollmentPolicies.fields.status'),
      children: <Tag color={STATUS_COLORS[p.status]}>{t(`enrollmentPolicies.statuses.${p.status}`)}</Tag>,
    },
    { key: 'region', label: t('enrollmentPolicies.fields.hostRegion'), children: format.name(p.hostRegionNameZh, p.hostRegionNameEn) },
    { key: 'year', label: t('enrollmentPolicies.fields.schoolYear'), children: p.schoolYear },
    { key: 'grade', label: t('enrollmentPolicies.fields.entryGrade'), children: t(`grades.${p.entryGrade}`) },
    { key: 'window', label: t('enrollmentPolicies.fields.window'), children: `${format.dateTime(p.windowOpensAt)} – ${format.dateTime(p.windowClosesAt)}` },
    { key: 'prefs', label: t('enrollmentPolicies.fields.maxPreferences'), children: p.maxPreferences },
    {
      key: 'age',
      label: t('enrollmentPolicies.fields.ageRule'),
      children:
        p.ageMinYears === null ? t('enrollmentPolicies.noAgeRule') : t('enrollmentPolicies.ageRuleText', { years: p.ageMinYears, cutoff: p.ageCutoffMonthDay }),
    },
    { key: 'notice', label: t('enrollmentPolicies.fields.publicNoticeDays'), children: days(p.publicNoticeDays) },
    { key: 'appeal', label: t('enrollmentPolicies.fields.appealDays'), children: days(p.appealDays) },
    { key: 'offer', label: t('enrollmentPolicies.fields.offerResponseDays'), children: days(p.offerResponseDays) },
    { key: 'report', label: t('enrollmentPolicies.fields.reportDate'), children: p.reportDate ? format.date(p.reportDate) : dash },
    { key: 'reportNote', label: t('enrollmentPolicies.fields.reportNote'), children: format.name(p.reportNoteZh, p.reportNoteEn) || dash },
    ...(p.publishedAt ? [{ key: 'publishedAt', label: t('enrollmentPolicies.fields.publishedAt'), children: format.dateTime(p.publishedAt) }] : []),
    ...(p.closedAt ? [{ key: 'closedAt', label: t('enrollmentPolicies.fields.closedAt'), children: format.dateTime(p.closedAt) }] : []),
  ];
  const totalSeats = p.schools.reduce((sum, s) => sum + s.seats, 0);
  const seatsLine = t('enrollmentPolicies.totalSeats', { count: totalSeats, schools: p.schools.length });

  return (
    <Flex vertical gap={16}>
      {p.rulesHash && (
        <Card size="small" title={t('enrollmentPolicies.rulesHash')}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
            {t('enrollmentPolicies.rulesHashHint')}
          </Typography.Paragraph>
          <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
            {p.rulesHash}
          </Typography.Text>
        </Card>
      )}
      <Card size="small" title={t('enrollmentPolicies.sections.basics')}>
        <Descriptions column={{ xs: 1, sm: 1, md: 2, xl: 3 }} items={basics} size="small" />
      </Card>
      <Card size="small" title={t('enrollmentPolicies.sections.routes')}>
        {p.routes.length === 0 ? (
          <Typography.Text type="secondary">{dash}</Typography.Text>
        ) : (
          <Row gutter={[16, 16]}>
            {p.routes.map((route) => (
              <Col key={route.code} xs={24} lg={12}>
                <RouteCard route={route} />
              </Col>
            ))}
          </Row>
        )}
      </Card>
      {/* Phones: the totals under the title, which would otherwise be cut short beside them. */}
      <Card size="small" title={t('enrollmentPolicies.sections.schools')} extra={compact ? undefined : seatsLine}>
        {compact && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {seatsLine}
          </Typography.Paragraph>
        )}
        <Table
          rowKey="schoolId"
          size="small"
          pagination={false}
          dataSource={p.schools}
          columns={[
            { title: '#', key: 'n', width: 48, render: (_, __, i) => i + 1 },
            { title: t('enrollmentPolicies.school'), key: 'name', render: (_, s) => format.name(s.nameZh, s.nameEn) },
            { title: t('enrollmentPolicies.seats'), key: 'seats', align: 'right', render: (_, s) => format.number(s.seats) },
          ]}
        />
      </Card>
      {p.pointsItems.length > 0 && (
        <Card size="small" title={t('enrollmentPolicies.sections.pointsItems')}>
          <Table
            rowKey="key"
            size="small"
            pagination={false}
            scroll={compact ? undefined : { x: 'max-content' }}
            dataSource={p.pointsItems}
            columns={[
              { title: t('enrollmentPolicies.item'), key: 'name', render: (_, item) => format.name(item.nameZh, item.nameEn) },
              {
                title: t('enrollmentPolicies.rule'),
                key: 'rule',
                render: (_, item) =>
                  item.kind === 'per_month' ? (
                    t('enrollmentPolicies.perMonthRule', { weight: item.weight })
                  ) : (
                    <Flex vertical>
                      {(item.options ?? []).map((o) => (
                        <span key={o.value}>{t('enrollmentPolicies.optionRule', { label: format.name(o.labelZh, o.labelEn), points: o.points })}</span>
                      ))}
                    </Flex>
                  ),
              },
              { title: t('enrollmentPolicies.fields.cap'), key: 'cap', align: 'right', render: (_, item) => format.number(item.cap) },
            ]}
          />
        </Card>
      )}
    </Flex>
  );
}

function RouteCard({ route }: { route: PolicyRoute }) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const format = useFormat();
  const e = route.eligibility;
  const description = format.name(route.descriptionZh, route.descriptionEn);
  const limits = [
    e.hukouOutsideHost && t('enrollmentPolicies.fields.hukouOutsideHost'),
    e.minResidencePermitMonths != null && t('enrollmentPolicies.minResidenceText', { count: e.minResidencePermitMonths }),
    e.minSocialInsuranceMonths != null && t('enrollmentPolicies.minInsuranceText', { count: e.minSocialInsuranceMonths }),
    e.monthsAsOf != null && t('enrollmentPolicies.monthsAsOfText', { date: format.date(e.monthsAsOf) }),
    e.requiresEmploymentProof && t('enrollmentPolicies.fields.requiresEmploymentProof'),
  ].filter((x): x is string => typeof x === 'string');
  return (
    <Card
      type="inner"
      size="small"
      title={format.name(route.nameZh, route.nameEn)}
      extra={<Tag color={route.admissionBasis === 'points' ? 'blue' : 'purple'}>{t(`enrollmentPolicies.admissionBases.${route.admissionBasis}`)}</Tag>}
    >
      {/* A route without a description needs none: a lone dash would read as something missing. */}
      {description && <Typography.Paragraph>{description}</Typography.Paragraph>}
      {limits.length > 0 && (
        <Flex gap={4} wrap style={{ marginBottom: 12 }}>
          {limits.map((l) => (
            <Tag key={l}>{l}</Tag>
          ))}
        </Flex>
      )}
      <Typography.Text strong>{t('enrollmentPolicies.fields.materials')}</Typography.Text>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 0, listStyle: 'none' }}>
        {route.materials.map((m) => (
          <li key={m.material} style={{ padding: `${token.paddingXXS + 2}px 0`, borderTop: `1px solid ${token.colorBorderSecondary}` }}>
            <Tag color={m.requirement === 'mandatory' ? 'red' : 'default'}>{t(`enrollmentPolicies.requirements.${m.requirement}`)}</Tag>
            {t(`enrollmentPolicies.materials.${m.material}`)}
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {format.name(m.descriptionZh, m.descriptionEn)}
            </Typography.Text>
          </li>
        ))}
      </ul>
    </Card>
  );
}
