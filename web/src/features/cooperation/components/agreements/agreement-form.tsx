import { SaveOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FOCUS_AREAS } from '../../../../../../common/cooperation.ts';
import { ErrorAlert } from '../../../../components/error-alert.tsx';
import { ApiError, type FieldError } from '../../../../lib/api-client.ts';
import { showFieldErrors } from '../../../../lib/form-errors.ts';
import { toAgreementInput, type AgreementFormValues, type AgreementInput } from '../../logic/agreement-form-values.ts';
import { OrganizationPicker, type KnownOrganization } from '../organization-picker.tsx';

const FIELDS = ['title', 'partyOrganizationIds', 'scope', 'focusAreas', 'signedOn', 'startsOn', 'endsOn'];

interface AgreementFormProps {
  initial: AgreementFormValues;
  known: readonly KnownOrganization[];
  submitLabel: string;
  submitting: boolean;
  onSubmit: (input: AgreementInput) => Promise<unknown>;
}

/** A draft agreement: title, parties, scope and focus, signing day and term. */
export function AgreementForm({ initial, known, submitLabel, submitting, onSubmit }: AgreementFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AgreementFormValues>();
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const submit = async (values: AgreementFormValues) => {
    setError(null);
    setUnmatched([]);
    try {
      await onSubmit(toAgreementInput(values));
    } catch (err) {
      setError(err);
      if (err instanceof ApiError) setUnmatched(showFieldErrors(form, err, FIELDS));
    }
  };
  return (
    <Card size="small">
      <ErrorAlert error={error} fields={unmatched} />
      <Form<AgreementFormValues> form={form} layout="vertical" initialValues={initial} onFinish={(values) => void submit(values)} scrollToFirstError>
        <Row gutter={16}>
          <Col xs={24}>
            <Form.Item
              name="title"
              label={t('cooperation.agreements.titleField')}
              rules={[
                { required: true, whitespace: true, message: t('cooperation.agreements.titleRequired') },
                { min: 2, max: 200 },
              ]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="partyOrganizationIds"
              label={t('cooperation.agreements.parties')}
              extra={t('cooperation.agreements.partiesHint')}
              rules={[{ required: true, type: 'array', min: 2, message: t('cooperation.agreements.partiesRequired') }]}
            >
              <OrganizationPicker multiple known={known} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="focusAreas"
              label={t('cooperation.common.focusAreas')}
              rules={[{ required: true, type: 'array', min: 1, message: t('cooperation.common.focusRequired') }]}
            >
              <Select mode="multiple" options={FOCUS_AREAS.map((area) => ({ value: area, label: t(`cooperation.focusAreas.${area}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="signedOn" label={t('cooperation.agreements.signedOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="startsOn" label={t('cooperation.agreements.startsOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="endsOn" label={t('cooperation.agreements.endsOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="scope" label={t('cooperation.agreements.scope')} rules={[{ max: 5000 }]}>
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} showCount maxLength={5000} />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" icon={<SaveOutlined aria-hidden />} loading={submitting}>
          {submitLabel}
        </Button>
      </Form>
    </Card>
  );
}
