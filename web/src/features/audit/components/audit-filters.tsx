import { AutoComplete, Button, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAuditActions, type AuditFilter } from '../api/get-audit-log.ts';
import { actionPrefixes, OBJECT_TYPES, objectTypeLabel } from './audit-labels.ts';

type FilterFields = Omit<AuditFilter, 'page' | 'pageSize' | 'from' | 'to'> & { range?: [Dayjs | null, Dayjs | null] | null };

interface AuditFiltersProps {
  filter: AuditFilter;
  onChange: (filter: Omit<AuditFilter, 'page' | 'pageSize'>) => void;
}

const clean = (value: string | undefined) => value?.trim() || undefined;

export function AuditFilters({ filter, onChange }: AuditFiltersProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FilterFields>();
  const initial: FilterFields = {
    ...filter,
    range: filter.from || filter.to ? [filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to).subtract(1, 'day') : null] : null,
  };
  const actions = useAuditActions().data?.items ?? [];
  const actionOptions = [
    ...actionPrefixes(actions).map((prefix) => ({ value: prefix, label: `${prefix}*  ${t('audit.allOf', { prefix: prefix.slice(0, -1) })}` })),
    ...actions.map(({ action, label }) => ({ value: action, label: `${action}  ${label}` })),
  ];

  const submit = ({ range, ...values }: FilterFields) =>
    onChange({
      action: clean(values.action),
      result: values.result,
      objectType: clean(values.objectType),
      objectId: clean(values.objectId),
      actorUserId: clean(values.actorUserId),
      // Whole days in the viewer's time zone: from the start of the first to the start of the day after the last.
      from: range?.[0]?.startOf('day').toISOString(),
      to: range?.[1]?.startOf('day').add(1, 'day').toISOString(),
    });

  const col = { xs: 24, sm: 12, lg: 8, xl: 6 };
  return (
    <Form<FilterFields> form={form} layout="vertical" initialValues={initial} onFinish={submit}>
      <Row gutter={12}>
        <Col {...col}>
          <Form.Item name="action" label={t('audit.action')} tooltip={t('audit.actionHint')}>
            <AutoComplete
              options={actionOptions}
              allowClear
              placeholder="user."
              showSearch={{
                filterOption: (input, option) =>
                  String(option?.label ?? '')
                    .toLowerCase()
                    .includes(input.toLowerCase()),
              }}
            />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="result" label={t('audit.result')}>
            <Select
              allowClear
              placeholder={t('common.all')}
              options={(['success', 'denied', 'failure'] as const).map((r) => ({ value: r, label: t(`auditResults.${r}`) }))}
            />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="objectType" label={t('audit.objectType')}>
            <AutoComplete allowClear options={OBJECT_TYPES.map((type) => ({ value: type, label: `${type}  ${objectTypeLabel(t, type)}` }))} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="objectId" label={t('audit.objectId')}>
            <Input allowClear />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="actorUserId" label={t('audit.actorId')}>
            <Input allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8} xl={6}>
          <Form.Item name="range" label={t('audit.dateRange')}>
            <DatePicker.RangePicker style={{ width: '100%' }} allowEmpty={[true, true]} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={8} xl={12} style={{ display: 'flex', alignItems: 'flex-end', gap: 8, paddingBottom: 24 }}>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              form.setFieldsValue({ action: undefined, result: undefined, objectType: undefined, objectId: undefined, actorUserId: undefined, range: null });
              form.submit();
            }}
          >
            {t('common.reset')}
          </Button>
        </Col>
      </Row>
    </Form>
  );
}
