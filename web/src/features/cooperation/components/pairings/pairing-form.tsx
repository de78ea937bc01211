import { SendOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FOCUS_AREAS } from '../../../../../../common/cooperation.ts';
import { ErrorAlert } from '../../../../components/error-alert.tsx';
import { ApiError, type FieldError } from '../../../../lib/api-client.ts';
import { useFormat } from '../../../../lib/format.ts';
import { showFieldErrors } from '../../../../lib/form-errors.ts';
import type { PairingProposal } from '../../api/cooperation-types.ts';
import { useAgreements } from '../../api/get-agreements.ts';
import type { MyOrganization } from '../../logic/my-organizations.ts';
import { toPairingProposal, type PairingFormValues } from '../../logic/pairing-form-values.ts';
import { OrganizationPicker, type KnownOrganization } from '../organization-picker.tsx';

const FIELDS = ['proposerSchoolId', 'partnerSchoolIds', 'batch', 'focusAreas', 'agreementId', 'startsOn', 'endsOn', 'description'];

interface PairingFormProps {
  schools: readonly MyOrganization[];
  initial: Partial<PairingFormValues>;
  knownPartners: readonly KnownOrganization[];
  submitting: boolean;
  onSubmit: (proposal: PairingProposal) => Promise<unknown>;
}

/** The proposal: the proposing school, its partners, batch, focus areas, term and an optional agreement. */
export function PairingForm({ schools, initial, knownPartners, submitting, onSubmit }: PairingFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [form] = Form.useForm<PairingFormValues>();
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const proposer = Form.useWatch('proposerSchoolId', form);
  const agreements = useAgreements({ status: 'in_force', pageSize: 100 });

  const submit = async (values: PairingFormValues) => {
    setError(null);
    setUnmatched([]);
    try {
      await onSubmit(toPairingProposal(values));
    } catch (err) {
      setError(err);
      if (err instanceof ApiError) setUnmatched(showFieldErrors(form, err, FIELDS));
    }
  };

  return (
    <Card size="small">
      <ErrorAlert error={error} fields={unmatched} />
      <Form<PairingFormValues>
        form={form}
        layout="vertical"
        initialValues={{ startsOn: dayjs().startOf('day'), ...initial }}
        onFinish={(values) => void submit(values)}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="proposerSchoolId"
              label={t('cooperation.pairings.proposerSchool')}
              rules={[{ required: true, message: t('cooperation.pairings.proposerRequired') }]}
            >
              <Select
                disabled={schools.length <= 1}
                options={schools.map((s) => ({ value: s.id, label: format.name(s.nameZh, s.nameEn) }))}
                placeholder={t('cooperation.pairings.proposerSchool')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="partnerSchoolIds"
              label={t('cooperation.pairings.partnerSchools')}
              extra={t('cooperation.pairings.partnerHint')}
              rules={[{ required: true, type: 'array', min: 1, message: t('cooperation.pairings.partnersRequired') }]}
            >
              <OrganizationPicker
                multiple
                kinds={['school']}
                known={knownPartners}
                exclude={proposer ? [proposer] : []}
                placeholder={t('cooperation.pairings.searchSchool')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="focusAreas"
              label={t('cooperation.pairings.focusAreas')}
              rules={[{ required: true, type: 'array', min: 1, message: t('cooperation.pairings.focusRequired') }]}
            >
              <Select
                mode="multiple"
                options={FOCUS_AREAS.map((area) => ({ value: area, label: t(`cooperation.focusAreas.${area}`) }))}
                placeholder={t('cooperation.pairings.focusAreas')}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="batch" label={t('cooperation.pairings.batch')}>
              <InputNumber min={1} max={999} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="agreementId" label={t('cooperation.pairings.agreement')}>
              <Select
                allowClear
                loading={agreements.isPending}
                options={(agreements.data?.items ?? []).map((a) => ({ value: a.id, label: a.title }))}
                popupMatchSelectWidth={false}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="startsOn"
              label={t('cooperation.pairings.startsOn')}
              rules={[{ required: true, message: t('cooperation.pairings.startRequired') }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="endsOn" label={t('cooperation.pairings.endsOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="description" label={t('cooperation.pairings.description')} rules={[{ max: 2000 }]}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} showCount maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Paragraph type="secondary">{t('cooperation.pairings.proposeHint')}</Typography.Paragraph>
        <Button type="primary" htmlType="submit" icon={<SendOutlined aria-hidden />} loading={submitting}>
          {t('cooperation.pairings.send')}
        </Button>
      </Form>
    </Card>
  );
}
