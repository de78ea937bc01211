import { Alert, Button, Card, Checkbox, Col, Flex, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANIZATION_KINDS, OWNERSHIPS, STAGES } from '../../../../../common/directory.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ApiError, type FieldError } from '../../../lib/api-client.ts';
import { showFieldErrors } from '../../../lib/form-errors.ts';
import type { OrganizationFields } from '../api/create-organization.ts';
import { gradesOf, ORGANIZATION_FORM_FIELDS, toFields, type OrganizationFormValues } from './organization-form-values.ts';
import { RegionSelect } from './region-select.tsx';

interface OrganizationFormProps {
  initialValues: Partial<OrganizationFormValues>;
  /** Only a new record chooses its kind. */
  isNew: boolean;
  onSubmit: (fields: OrganizationFields, kind: OrganizationFormValues['kind']) => Promise<unknown>;
  onCancel: () => void;
  /** Offered when someone else saved the record first (409): load their version, losing these edits. */
  onReload?: () => void;
}

const half = { xs: 24, md: 12 };

export function OrganizationForm({ initialValues, isNew, onSubmit, onCancel, onReload }: OrganizationFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<OrganizationFormValues>();
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const kind = Form.useWatch('kind', form) ?? initialValues.kind;
  const stages = Form.useWatch('stages', form) ?? initialValues.stages ?? [];
  const isSchool = kind === 'school';
  const isConflict = error instanceof ApiError && error.code === 'resource.conflict';

  const finish = async (values: OrganizationFormValues) => {
    setError(null);
    setUnmatched([]);
    setSaving(true);
    try {
      await onSubmit(toFields(values), values.kind);
    } catch (err) {
      setError(err);
      if (err instanceof ApiError) setUnmatched(showFieldErrors(form, err, ORGANIZATION_FORM_FIELDS));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<OrganizationFormValues>
      form={form}
      layout="vertical"
      initialValues={{ stages: [], seats: {}, ...initialValues }}
      onFinish={finish}
      scrollToFirstError
    >
      {isConflict ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={(error as ApiError).message}
          description={t('directory.conflictHint')}
          action={onReload && <Button onClick={onReload}>{t('directory.loadLatest')}</Button>}
          style={{ marginBottom: 16 }}
        />
      ) : (
        <ErrorAlert error={error} fields={unmatched} />
      )}
      <Flex vertical gap={16}>
        <Card title={t('directory.basicInfo')} size="small">
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item name="kind" label={t('directory.kind')} rules={[{ required: true }]}>
                <Select disabled={!isNew} options={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="regionId" label={t('directory.region')} rules={[{ required: true, message: t('directory.regionRequired') }]}>
                <RegionSelect placeholder={t('directory.chooseRegion')} allowClear={false} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="nameZh" label={t('directory.nameZh')} rules={[{ required: true, min: 2, max: 80, whitespace: true }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="nameEn" label={t('directory.nameEn')} rules={[{ required: true, min: 2, max: 160, whitespace: true }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="code"
                label={t('directory.code')}
                tooltip={t('directory.codeHint')}
                rules={[{ pattern: /^\d{10}$/, message: t('directory.codeInvalid') }]}
              >
                <Input inputMode="numeric" maxLength={10} />
              </Form.Item>
            </Col>
            {isSchool && (
              <Col {...half}>
                <Form.Item name="ownership" label={t('directory.ownership')}>
                  <Select allowClear options={OWNERSHIPS.map((o) => ({ value: o, label: t(`ownership.${o}`) }))} />
                </Form.Item>
              </Col>
            )}
            {isSchool && (
              <Col span={24}>
                <Form.Item name="stages" label={t('directory.stages')}>
                  <Checkbox.Group options={STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }))} />
                </Form.Item>
              </Col>
            )}
          </Row>
        </Card>

        <Card title={t('directory.locationAndSize')} size="small">
          <Row gutter={16}>
            <Col span={24}>
              <Form.Item name="address" label={t('directory.address')} rules={[{ max: 200 }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="latitude" label={t('directory.latitude')}>
                <InputNumber min={-90} max={90} step={0.0001} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="longitude" label={t('directory.longitude')}>
                <InputNumber min={-180} max={180} step={0.0001} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            {isSchool && (
              <Col xs={12} md={6}>
                <Form.Item name="pupilCount" label={t('directory.pupils')}>
                  <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            )}
            <Col xs={12} md={6}>
              <Form.Item name="teacherCount" label={t('directory.teachers')}>
                <InputNumber min={0} max={10000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item
                name="website"
                label={t('directory.website')}
                rules={[{ pattern: /^https?:\/\//, message: t('directory.websiteInvalid') }, { max: 200 }]}
              >
                <Input type="url" placeholder="https://" />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        {isSchool && (
          <Card title={t('directory.seatsPerGrade')} size="small">
            {stages.length === 0 ? (
              <Typography.Text type="secondary">{t('directory.seatsNeedStages')}</Typography.Text>
            ) : (
              <Row gutter={16}>
                {gradesOf(stages).map((grade) => (
                  <Col key={grade} xs={12} sm={8} md={6} lg={4}>
                    <Form.Item name={['seats', grade]} label={t(`grades.${grade}`)}>
                      <InputNumber min={0} max={10000} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
            )}
          </Card>
        )}

        <Flex gap={8} justify="flex-end" wrap>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('common.save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
