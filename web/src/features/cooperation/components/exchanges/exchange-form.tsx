import { SaveOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EXCHANGE_KINDS } from '../../../../../../common/cooperation.ts';
import { ErrorAlert } from '../../../../components/error-alert.tsx';
import { ApiError, type FieldError } from '../../../../lib/api-client.ts';
import { showFieldErrors } from '../../../../lib/form-errors.ts';
import type { ExchangeInput, ExchangeParticipant } from '../../api/cooperation-types.ts';
import { LINK_TYPES, toExchangeInput, type ExchangeFormValues } from '../../logic/exchange-form-values.ts';
import { OrganizationPicker, type KnownOrganization } from '../organization-picker.tsx';
import { LinkSelect } from './link-select.tsx';
import { ParticipantSelect } from './participant-select.tsx';

const FIELDS = ['kind', 'title', 'occurredOn', 'hostOrganizationId', 'partnerOrganizationIds', 'participantCount', 'participantUserIds', 'summary'];
/** The server names the link by its own field; the form has one select for all three. */
const LINK_FIELDS: Record<string, 'linkId'> = { pairingId: 'linkId', communityId: 'linkId', allianceId: 'linkId' };

interface ExchangeFormProps {
  initial: ExchangeFormValues;
  known: readonly KnownOrganization[];
  knownParticipants?: readonly ExchangeParticipant[];
  /** Whether the caller can look up staff to name (user managers only). */
  /** Extra fields below the summary (the file chooser of a new exchange). */
  children?: ReactNode;
  submitLabel: string;
  submitting: boolean;
  onSubmit: (input: ExchangeInput) => Promise<unknown>;
}

/** An exchange as entered: what, when, who hosted, who came, what it belongs to, how many took part, what came of it. */
export function ExchangeForm({ initial, known, knownParticipants, children, submitLabel, submitting, onSubmit }: ExchangeFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ExchangeFormValues>();
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const host = Form.useWatch('hostOrganizationId', form);
  const partners = Form.useWatch('partnerOrganizationIds', form) as string[] | undefined;
  const organizationIds = [host, ...(partners ?? [])].filter((id): id is string => typeof id === 'string' && id !== '');
  const linkType = Form.useWatch('linkType', form) ?? initial.linkType ?? 'none';

  const submit = async (values: ExchangeFormValues) => {
    setError(null);
    setUnmatched([]);
    try {
      await onSubmit(toExchangeInput(values));
    } catch (err) {
      setError(err);
      if (err instanceof ApiError) {
        const renamed = new ApiError(
          err.status,
          err.code,
          err.message,
          err.fields.map((f) => {
            const name = f.field.slice(1);
            return LINK_FIELDS[name] ? { ...f, field: `/${LINK_FIELDS[name]}` } : f;
          }),
        );
        setUnmatched(showFieldErrors(form, renamed, [...FIELDS, 'linkId']));
      }
    }
  };

  return (
    <Card size="small">
      <ErrorAlert error={error} fields={unmatched} />
      <Form<ExchangeFormValues>
        form={form}
        layout="vertical"
        initialValues={{ occurredOn: dayjs().startOf('day'), linkType: 'none', participantCount: 1, ...initial }}
        onFinish={(values) => void submit(values)}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="kind" label={t('cooperation.exchanges.kind')} rules={[{ required: true, message: t('cooperation.exchanges.kindRequired') }]}>
              <Select
                options={EXCHANGE_KINDS.map((kind) => ({ value: kind, label: t(`cooperation.exchangeKinds.${kind}`) }))}
                placeholder={t('cooperation.exchanges.kind')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              name="title"
              label={t('cooperation.exchanges.titleField')}
              rules={[
                { required: true, whitespace: true, message: t('cooperation.exchanges.titleRequired') },
                { min: 2, max: 120 },
              ]}
            >
              <Input maxLength={120} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="occurredOn"
              label={t('cooperation.exchanges.occurredOn')}
              rules={[{ required: true, message: t('cooperation.exchanges.dateRequired') }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              name="hostOrganizationId"
              label={t('cooperation.exchanges.host')}
              rules={[{ required: true, message: t('cooperation.exchanges.hostRequired') }]}
            >
              <OrganizationPicker known={known} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="partnerOrganizationIds"
              label={t('cooperation.exchanges.partners')}
              rules={[{ required: true, type: 'array', min: 1, message: t('cooperation.exchanges.partnersRequired') }]}
            >
              <OrganizationPicker multiple known={known} exclude={host ? [host] : []} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="linkType" label={t('cooperation.exchanges.belongsTo')}>
              <Radio.Group
                onChange={() => form.setFieldValue('linkId', undefined)}
                options={[
                  { value: 'none', label: t('cooperation.exchanges.linkNone') },
                  ...LINK_TYPES.map((type) => ({ value: type, label: t(`cooperation.exchanges.linkTypes.${type}`) })),
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            {linkType !== 'none' && (
              <Form.Item
                name="linkId"
                label={t(`cooperation.exchanges.linkTypes.${linkType}`)}
                rules={[{ required: true, message: t(`cooperation.exchanges.choose.${linkType}`) }]}
              >
                <LinkSelect type={linkType} />
              </Form.Item>
            )}
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="participantCount"
              label={t('cooperation.exchanges.participantCount')}
              rules={[{ required: true, message: t('cooperation.exchanges.countRequired') }]}
            >
              <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="participantUserIds" label={t('cooperation.exchanges.namedParticipants')} extra={t('cooperation.exchanges.namedHint')}>
              <ParticipantSelect known={knownParticipants} organizationIds={organizationIds} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="summary" label={t('cooperation.exchanges.summary')} rules={[{ max: 5000 }]}>
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} showCount maxLength={5000} />
            </Form.Item>
          </Col>
        </Row>
        {children}
        <Button type="primary" htmlType="submit" icon={<SaveOutlined aria-hidden />} loading={submitting}>
          {submitLabel}
        </Button>
      </Form>
    </Card>
  );
}
