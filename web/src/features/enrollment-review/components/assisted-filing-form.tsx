import { Alert, Button, Card, Checkbox, Col, DatePicker, Flex, Form, Input, InputNumber, Radio, Row, Select, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_TEXTS } from '../../../../../common/consent.ts';
import { WORK_KINDS } from '../../../../../common/enrollment-application.ts';
import { normalizeMobile } from '../../../../../common/mobile.ts';
import { parseIdNumber } from '../../../../../common/id-number.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useFormat } from '../../../lib/format.ts';
import { useIsMobile } from '../../../lib/use-is-mobile.ts';
import { useReviewPolicies } from '../api/get-review-policies.ts';
import { useReviewPolicy } from '../api/get-review-policy.ts';
import { factsOfIdNumber, formFieldOf, RELATIONS, type AssistedFilingValues } from './assisted-filing-values.ts';

interface AssistedFilingFormProps {
  error: unknown;
  submitting: boolean;
  onSubmit: (values: AssistedFilingValues) => void;
}

const half = { xs: 24, md: 12 };

/** The paper form at the counter, typed in by the reviewer: family, child, application, preferences and points. */
export function AssistedFilingForm({ error, submitting, onSubmit }: AssistedFilingFormProps) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const format = useFormat();
  const [form] = Form.useForm<AssistedFilingValues>();
  const isMobile = useIsMobile();
  const policies = useReviewPolicies();
  const published = (policies.data ?? []).filter((p) => p.status === 'published');
  const policyId = Form.useWatch('policyId', form);
  const routeCode = Form.useWatch('routeCode', form);
  const preferences = (Form.useWatch('preferences', form) ?? []) as (string | undefined)[];
  const workKind = Form.useWatch('workKind', form);
  const policy = useReviewPolicy(policyId);
  const route = policy.data?.routes.find((r) => r.code === routeCode);
  const consent = CONSENT_TEXTS[format.locale];
  const fieldErrors = error instanceof ApiError ? error.fields.filter((f) => f.message) : [];
  const unplaced = fieldErrors.filter((f) => formFieldOf(f.field) === null);

  // The server's field errors under the fields they concern; the rest in the alert above the form.
  useEffect(() => {
    if (!(error instanceof ApiError)) return;
    const placed = error.fields.flatMap((f) => {
      const name = formFieldOf(f.field);
      return name && f.message ? [{ name, errors: [f.message] }] : [];
    });
    form.setFields(placed as Parameters<typeof form.setFields>[0]);
  }, [error, form]);

  // A valid ID number fills in the birth date, sex and hukou division the counter would otherwise copy by hand,
  // as soon as it is complete (typed, pasted or scanned): the first two always follow the number.
  const onIdNumber = (value: string) => {
    const facts = factsOfIdNumber(value);
    if (!facts) return;
    form.setFieldsValue({
      birthDate: dayjs(facts.birthDate),
      sex: facts.sex,
      hukouDivisionCode: form.getFieldValue('hukouDivisionCode') || facts.divisionCode,
    });
  };

  return (
    <Form<AssistedFilingValues>
      form={form}
      layout="vertical"
      onFinish={onSubmit}
      scrollToFirstError={{ block: 'center' }}
      initialValues={{ relation: 'mother', preferences: [], declaredPoints: {}, consentOnPaper: false }}
      onValuesChange={(changed: Partial<AssistedFilingValues>) => {
        if ('policyId' in changed) form.setFieldsValue({ routeCode: undefined, preferences: [], declaredPoints: {} });
        if (typeof changed.idNumber === 'string') onIdNumber(changed.idNumber);
      }}
    >
      <ErrorAlert error={error} fields={unplaced} />
      <Flex vertical gap={16}>
        <Card size="small" title={t('enrollmentReview.assistedForm.policySection')}>
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item name="policyId" label={t('enrollmentReview.filters.policy')} rules={[{ required: true }]}>
                <Select
                  loading={policies.isPending}
                  options={published.map((p) => ({ value: p.id, label: format.name(p.titleZh, p.titleEn) }))}
                  popupMatchSelectWidth={false}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="routeCode" label={t('enrollmentReview.route')} rules={[{ required: true }]}>
                <Select disabled={!policy.data} options={(policy.data?.routes ?? []).map((r) => ({ value: r.code, label: format.name(r.nameZh, r.nameEn) }))} />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card size="small" title={t('enrollmentReview.assistedForm.familySection')}>
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item
                name="guardianMobile"
                label={t('enrollmentReview.assistedForm.guardianMobile')}
                extra={t('enrollmentReview.assistedForm.guardianMobileHint')}
                rules={[
                  { required: true },
                  {
                    validator: (_, v: string) =>
                      !v || normalizeMobile(v) ? Promise.resolve() : Promise.reject(new Error(t('enrollmentReview.assistedForm.mobileInvalid'))),
                  },
                ]}
              >
                <Input inputMode="tel" autoComplete="off" maxLength={20} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="guardianName"
                label={t('enrollmentReview.assistedForm.guardianName')}
                rules={[{ required: true, whitespace: true }, { max: 50 }]}
              >
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="relation" label={t('enrollmentReview.assistedForm.relation')} rules={[{ required: true }]}>
                <Select options={RELATIONS.map((r) => ({ value: r, label: t(`enrollmentReview.relations.${r}`) }))} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="workKind" label={t('enrollmentReview.facts.workKind')} rules={[{ required: true }]}>
                <Select allowClear options={WORK_KINDS.map((k) => ({ value: k, label: t(`enrollmentReview.workKinds.${k}`) }))} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="employer"
                label={t('enrollmentReview.facts.employer')}
                dependencies={['workKind']}
                // The employed and the self-employed name their employer or business.
                rules={[{ required: workKind === 'employed' || workKind === 'self_employed', whitespace: true }, { max: 120 }]}
              >
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="residenceAddress"
                label={t('enrollmentReview.facts.residence')}
                rules={[
                  { required: true, whitespace: true },
                  { min: 4, max: 200 },
                ]}
              >
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card size="small" title={t('enrollmentReview.assistedForm.childSection')}>
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item name="childName" label={t('enrollmentReview.facts.name')} rules={[{ required: true, whitespace: true, max: 50 }]}>
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="idNumber"
                label={t('enrollmentReview.facts.idNumber')}
                rules={[
                  { required: true },
                  {
                    validator: (_, v: string) => {
                      if (!v) return Promise.resolve();
                      const parsed = parseIdNumber(v);
                      return parsed.ok ? Promise.resolve() : Promise.reject(new Error(t(`enrollmentReview.idProblems.${parsed.reason}`)));
                    },
                  },
                ]}
              >
                <Input autoComplete="off" maxLength={22} spellCheck={false} style={{ fontFamily: 'monospace' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="birthDate" label={t('enrollmentReview.facts.birthDate')} rules={[{ required: true }]}>
                <DatePicker inputReadOnly={isMobile} style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs())} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="sex" label={t('enrollmentReview.facts.sex')} rules={[{ required: true }]}>
                <Radio.Group options={(['male', 'female'] as const).map((s) => ({ value: s, label: t(`enrollmentReview.sexes.${s}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="hukouDivisionCode"
                label={t('enrollmentReview.assistedForm.hukouDivision')}
                tooltip={t('enrollmentReview.assistedForm.hukouDivisionHint')}
                rules={[{ pattern: /^[1-8]\d{5}$/, message: t('enrollmentReview.assistedForm.divisionInvalid') }]}
              >
                <Input inputMode="numeric" maxLength={6} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="hukouAddress" label={t('enrollmentReview.assistedForm.hukouAddress')} rules={[{ max: 200 }]}>
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card size="small" title={t('enrollmentReview.assistedForm.preferencesSection')}>
          {!policy.data ? (
            <Typography.Text type="secondary">{t('enrollmentReview.assistedForm.choosePolicyFirst')}</Typography.Text>
          ) : (
            <Row gutter={16}>
              {Array.from({ length: policy.data.maxPreferences }, (_, rank) => (
                <Col key={rank} xs={24} md={12}>
                  <Form.Item
                    name={['preferences', rank]}
                    label={t('enrollmentReview.assistedForm.preferenceN', { n: rank + 1 })}
                    rules={rank === 0 ? [{ required: true }] : []}
                  >
                    <Select
                      allowClear
                      options={policy.data.schools.map((s) => ({
                        value: s.schoolId,
                        label: format.name(s.nameZh, s.nameEn),
                        disabled: preferences.some((p, i) => i !== rank && p === s.schoolId),
                      }))}
                    />
                  </Form.Item>
                </Col>
              ))}
            </Row>
          )}
        </Card>

        {route?.admissionBasis === 'points' && policy.data && (
          <Card size="small" title={t('enrollmentReview.assistedForm.pointsSection')}>
            <Row gutter={16}>
              {policy.data.pointsItems.map((item) => (
                <Col key={item.key} xs={24} md={8}>
                  <Form.Item name={['declaredPoints', item.key]} label={format.name(item.nameZh, item.nameEn)}>
                    {item.kind === 'per_month' ? (
                      <InputNumber min={0} max={1200} precision={0} suffix={t('enrollmentReview.points.monthUnit')} style={{ width: '100%' }} />
                    ) : (
                      <Select allowClear options={(item.options ?? []).map((o) => ({ value: o.value, label: format.name(o.labelZh, o.labelEn) }))} />
                    )}
                  </Form.Item>
                </Col>
              ))}
            </Row>
          </Card>
        )}

        <Card size="small" title={consent.title}>
          {/* Scrolls on its own: reachable by keyboard, named for screen readers. */}
          <div
            tabIndex={0}
            role="region"
            aria-label={consent.title}
            style={{
              maxHeight: 180,
              overflow: 'auto',
              background: token.colorFillAlter,
              padding: `${token.paddingXS}px ${token.paddingSM}px`,
              borderRadius: token.borderRadius,
              marginBottom: 12,
            }}
          >
            {consent.paragraphs.map((p) => (
              <Typography.Paragraph key={p} style={{ fontSize: 13 }}>
                {p}
              </Typography.Paragraph>
            ))}
          </div>
          <Form.Item
            name="consentOnPaper"
            valuePropName="checked"
            rules={[{ validator: (_, v: boolean) => (v ? Promise.resolve() : Promise.reject(new Error(t('enrollmentReview.assistedForm.consentRequired')))) }]}
          >
            <Checkbox>{t('enrollmentReview.assistedForm.consentOnPaper')}</Checkbox>
          </Form.Item>
        </Card>

        <Alert type="info" showIcon title={t('enrollmentReview.assistedForm.afterHint')} />
        <Flex justify="flex-end">
          <Button type="primary" htmlType="submit" loading={submitting}>
            {t('enrollmentReview.assistedForm.submit')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
