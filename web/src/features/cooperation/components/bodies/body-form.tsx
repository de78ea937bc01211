import { SaveOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FOCUS_AREAS } from '../../../../../../common/cooperation.ts';
import { ErrorAlert } from '../../../../components/error-alert.tsx';
import { ApiError, type FieldError } from '../../../../lib/api-client.ts';
import { showFieldErrors } from '../../../../lib/form-errors.ts';
import type { BodyType } from '../../api/get-body.ts';
import type { BodyFormValues } from '../../logic/body-form-values.ts';
import { OrganizationPicker, type KnownOrganization } from '../organization-picker.tsx';

interface BodyFormProps {
  type: BodyType;
  initial: BodyFormValues;
  known: readonly KnownOrganization[];
  submitting: boolean;
  onSubmit: (values: BodyFormValues) => Promise<unknown>;
}

/** A new community (lead school and member schools) or alliance (chair, vice-chairs, members, focus). */
export function BodyForm({ type, initial, known, submitting, onSubmit }: BodyFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<BodyFormValues>();
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const leader = Form.useWatch('leaderId', form);
  const kinds = type === 'community' ? (['school'] as const) : undefined;
  const submit = async (values: BodyFormValues) => {
    setError(null);
    setUnmatched([]);
    try {
      await onSubmit(values);
    } catch (err) {
      setError(err);
      if (err instanceof ApiError) setUnmatched(showFieldErrors(form, err, ['name', 'description', 'foundedOn', 'focusAreas']));
    }
  };
  return (
    <Card size="small">
      <ErrorAlert error={error} fields={unmatched} />
      <Form<BodyFormValues> form={form} layout="vertical" initialValues={initial} onFinish={(values) => void submit(values)} scrollToFirstError>
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item
              name="name"
              label={t('cooperation.bodies.name')}
              rules={[
                { required: true, whitespace: true, message: t('cooperation.bodies.nameRequired') },
                { min: 2, max: 100 },
              ]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="foundedOn" label={t('cooperation.bodies.foundedOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="leaderId"
              label={t(`cooperation.bodies.leader.${type}`)}
              rules={[{ required: true, message: t(`cooperation.bodies.leaderRequired.${type}`) }]}
            >
              <OrganizationPicker kinds={kinds} known={known} />
            </Form.Item>
          </Col>
          {type === 'alliance' && (
            <Col xs={24} md={12}>
              <Form.Item name="viceChairIds" label={t('cooperation.bodies.viceChairs')}>
                <OrganizationPicker multiple known={known} exclude={leader ? [leader] : []} />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={type === 'alliance' ? 24 : 12}>
            <Form.Item name="memberIds" label={t('cooperation.bodies.initialMembers')}>
              <OrganizationPicker multiple kinds={kinds} known={known} exclude={leader ? [leader] : []} />
            </Form.Item>
          </Col>
          {type === 'alliance' && (
            <Col xs={24}>
              <Form.Item
                name="focusAreas"
                label={t('cooperation.common.focusAreas')}
                rules={[{ required: true, type: 'array', min: 1, message: t('cooperation.common.focusRequired') }]}
              >
                <Select mode="multiple" options={FOCUS_AREAS.map((area) => ({ value: area, label: t(`cooperation.focusAreas.${area}`) }))} />
              </Form.Item>
            </Col>
          )}
          <Col xs={24}>
            <Form.Item name="description" label={t('cooperation.pairings.description')} rules={[{ max: 2000 }]}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} showCount maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" icon={<SaveOutlined aria-hidden />} loading={submitting}>
          {t(`cooperation.bodies.create.${type}`)}
        </Button>
      </Form>
    </Card>
  );
}
