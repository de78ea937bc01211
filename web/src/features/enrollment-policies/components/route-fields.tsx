import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, DatePicker, Flex, Form, Input, InputNumber, Radio, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ADMISSION_BASES } from '../../../../../common/enrollment.ts';
import { MaterialFields } from './material-fields.tsx';
import { nextCode, type PolicyFormValues, type RouteValues } from './policy-form-values.ts';

const SLUG = /^[a-z][a-z0-9_]*$/;
const half = { xs: 24, md: 12 };

/** The routes families may apply by: eligibility (as text for families and as limits), and the materials each needs. */
export function RouteFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<PolicyFormValues>();
  const routes = (Form.useWatch('routes', form) ?? []) as RouteValues[];

  return (
    <Card id="policy-section-routes" title={t('enrollmentPolicies.sections.routes')} size="small">
      <Form.List name="routes">
        {(fields, { add, remove }) => (
          <Flex vertical gap={12}>
            {fields.length === 0 && <Typography.Text type="secondary">{t('enrollmentPolicies.noRoutes')}</Typography.Text>}
            {fields.map((field, index) => (
              <Card
                key={field.key}
                id={`policy-routes-${index}`}
                type="inner"
                size="small"
                title={t('enrollmentPolicies.routeN', { n: index + 1, name: routes[index]?.nameZh ?? '' })}
                extra={
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    onClick={() => remove(field.name)}
                    aria-label={t('enrollmentPolicies.removeRoute', { n: index + 1 })}
                  >
                    {t('common.remove')}
                  </Button>
                }
              >
                <Row gutter={16}>
                  <Col {...half}>
                    <Form.Item
                      name={[field.name, 'nameZh']}
                      label={t('enrollmentPolicies.fields.nameZh')}
                      rules={[{ required: true, whitespace: true, max: 120 }]}
                    >
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col {...half}>
                    <Form.Item
                      name={[field.name, 'nameEn']}
                      label={t('enrollmentPolicies.fields.nameEn')}
                      rules={[{ required: true, whitespace: true, max: 120 }]}
                    >
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col {...half}>
                    <Form.Item
                      name={[field.name, 'code']}
                      label={t('enrollmentPolicies.fields.code')}
                      tooltip={t('enrollmentPolicies.hints.code')}
                      rules={[{ required: true }, { pattern: SLUG, message: t('enrollmentPolicies.hints.codePattern') }, { max: 40 }]}
                    >
                      <Input spellCheck={false} autoCapitalize="off" />
                    </Form.Item>
                  </Col>
                  <Col {...half}>
                    <Form.Item name={[field.name, 'admissionBasis']} label={t('enrollmentPolicies.fields.admissionBasis')} rules={[{ required: true }]}>
                      <Radio.Group options={ADMISSION_BASES.map((b) => ({ value: b, label: t(`enrollmentPolicies.admissionBases.${b}`) }))} />
                    </Form.Item>
                  </Col>
                  <Col {...half}>
                    <Form.Item name={[field.name, 'descriptionZh']} label={t('enrollmentPolicies.fields.eligibilityZh')} rules={[{ max: 1000 }]}>
                      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
                    </Form.Item>
                  </Col>
                  <Col {...half}>
                    <Form.Item name={[field.name, 'descriptionEn']} label={t('enrollmentPolicies.fields.eligibilityEn')} rules={[{ max: 1000 }]}>
                      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={6}>
                    <Form.Item name={[field.name, 'eligibility', 'minResidencePermitMonths']} label={t('enrollmentPolicies.fields.minResidencePermitMonths')}>
                      <InputNumber min={0} max={600} precision={0} suffix={t('enrollmentPolicies.months')} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={6}>
                    <Form.Item name={[field.name, 'eligibility', 'minSocialInsuranceMonths']} label={t('enrollmentPolicies.fields.minSocialInsuranceMonths')}>
                      <InputNumber min={0} max={600} precision={0} suffix={t('enrollmentPolicies.months')} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item
                      name={[field.name, 'eligibility', 'monthsAsOf']}
                      label={t('enrollmentPolicies.fields.monthsAsOf')}
                      tooltip={t('enrollmentPolicies.hints.monthsAsOf')}
                    >
                      <DatePicker style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name={[field.name, 'eligibility', 'requiresEmploymentProof']} valuePropName="checked" style={{ marginBottom: 4 }}>
                      <Checkbox>{t('enrollmentPolicies.fields.requiresEmploymentProof')}</Checkbox>
                    </Form.Item>
                    <Form.Item name={[field.name, 'eligibility', 'hukouOutsideHost']} valuePropName="checked">
                      <Checkbox>{t('enrollmentPolicies.fields.hukouOutsideHost')}</Checkbox>
                    </Form.Item>
                  </Col>
                </Row>
                <MaterialFields routeField={field.name} routeIndex={index} />
              </Card>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden />}
              disabled={fields.length >= 10}
              onClick={() =>
                add({
                  code: nextCode(
                    'route',
                    routes.map((r) => r?.code),
                  ),
                  nameZh: '',
                  nameEn: '',
                  descriptionZh: '',
                  descriptionEn: '',
                  admissionBasis: 'points',
                  eligibility: { hukouOutsideHost: true },
                  materials: [],
                } satisfies RouteValues)
              }
            >
              {t('enrollmentPolicies.addRoute')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Card>
  );
}
