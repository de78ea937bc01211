import { Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { GRADES } from '../../../../../common/directory.ts';
import { isMonthDay } from '../../../../../common/enrollment.ts';
import { useIsMobile } from '../../../lib/use-is-mobile.ts';
import { DATE_TIME_FORMAT } from './labels.ts';
import type { PolicyFormValues } from './policy-form-values.ts';

const half = { xs: 24, md: 12 };
const third = { xs: 24, sm: 8 };

/** Title, year, grade, window, preferences, age rule and the periods of a policy. */
export function PolicyBasicsFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<PolicyFormValues>();
  // Phones pick dates from the panel (no keyboard over it); desktops may also type them.
  const isMobile = useIsMobile();
  const hasAgeRule = Form.useWatch('hasAgeRule', form) as boolean | undefined;
  const opensAt = Form.useWatch('windowOpensAt', form) as Dayjs | null | undefined;

  return (
    <Card id="policy-section-basics" title={t('enrollmentPolicies.sections.basics')} size="small">
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item name="titleZh" label={t('enrollmentPolicies.fields.titleZh')} rules={[{ required: true, whitespace: true, min: 2, max: 120 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="titleEn" label={t('enrollmentPolicies.fields.titleEn')} rules={[{ required: true, whitespace: true, min: 2, max: 200 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="schoolYear" label={t('enrollmentPolicies.fields.schoolYear')} rules={[{ required: true }]}>
            <InputNumber min={2020} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="entryGrade" label={t('enrollmentPolicies.fields.entryGrade')} rules={[{ required: true }]}>
            <Select options={GRADES.map((g) => ({ value: g, label: t(`grades.${g}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="maxPreferences"
            label={t('enrollmentPolicies.fields.maxPreferences')}
            tooltip={t('enrollmentPolicies.hints.maxPreferences')}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={10} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="windowOpensAt" label={t('enrollmentPolicies.fields.windowOpensAt')} rules={[{ required: true }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME_FORMAT} inputReadOnly={isMobile} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            name="windowClosesAt"
            label={t('enrollmentPolicies.fields.windowClosesAt')}
            dependencies={['windowOpensAt']}
            rules={[
              { required: true },
              {
                validator: (_, value: Dayjs | null) =>
                  !value || !opensAt || value.isAfter(opensAt) ? Promise.resolve() : Promise.reject(new Error(t('enrollmentPolicies.hints.windowOrder'))),
              },
            ]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME_FORMAT} inputReadOnly={isMobile} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="hasAgeRule" label={t('enrollmentPolicies.fields.ageRule')} valuePropName="checked">
            <Switch checkedChildren={t('enrollmentPolicies.ageRuleOn')} unCheckedChildren={t('enrollmentPolicies.ageRuleOff')} />
          </Form.Item>
        </Col>
        {hasAgeRule && (
          <>
            <Col xs={12} md={8}>
              <Form.Item name="ageMinYears" label={t('enrollmentPolicies.fields.ageMinYears')} rules={[{ required: true }]}>
                <InputNumber min={2} max={18} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item
                name="ageCutoffMonthDay"
                label={t('enrollmentPolicies.fields.ageCutoffMonthDay')}
                tooltip={t('enrollmentPolicies.hints.ageCutoff')}
                rules={[
                  { required: true },
                  {
                    validator: (_, value: string | null) =>
                      !value || isMonthDay(value) ? Promise.resolve() : Promise.reject(new Error(t('enrollmentPolicies.hints.monthDay'))),
                  },
                ]}
              >
                <Input placeholder="08-31" maxLength={5} inputMode="numeric" />
              </Form.Item>
            </Col>
          </>
        )}
        <Col {...third}>
          <Form.Item
            name="publicNoticeDays"
            label={t('enrollmentPolicies.fields.publicNoticeDays')}
            tooltip={t('enrollmentPolicies.hints.publicNoticeDays')}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} max={365} precision={0} suffix={t('enrollmentPolicies.days')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item
            name="appealDays"
            label={t('enrollmentPolicies.fields.appealDays')}
            tooltip={t('enrollmentPolicies.hints.appealDays')}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} max={365} precision={0} suffix={t('enrollmentPolicies.days')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item
            name="offerResponseDays"
            label={t('enrollmentPolicies.fields.offerResponseDays')}
            tooltip={t('enrollmentPolicies.hints.offerResponseDays')}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} max={365} precision={0} suffix={t('enrollmentPolicies.days')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="reportDate" label={t('enrollmentPolicies.fields.reportDate')} tooltip={t('enrollmentPolicies.hints.reportDate')}>
            <DatePicker inputReadOnly={isMobile} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="reportNoteZh" label={t('enrollmentPolicies.fields.reportNoteZh')} rules={[{ max: 500 }]}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="reportNoteEn" label={t('enrollmentPolicies.fields.reportNoteEn')} rules={[{ max: 500 }]}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
