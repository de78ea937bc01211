import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Form, Input, InputNumber, Radio, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { POINTS_ITEM_KINDS } from '../../../../../common/enrollment.ts';
import { nextCode, type OptionValues, type PointsItemValues, type PolicyFormValues } from './policy-form-values.ts';

const SLUG = /^[a-z][a-z0-9_]*$/;
const slugRules = (message: string) => [{ required: true }, { pattern: SLUG, message }, { max: 40 }];

/** The points rules: items counted per month (weight × months) or by a chosen option, each with a cap. */
export function PointsItemFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<PolicyFormValues>();
  const items = (Form.useWatch('pointsItems', form) ?? []) as PointsItemValues[];
  const slugMessage = t('enrollmentPolicies.hints.codePattern');

  return (
    <Card id="policy-section-pointsItems" title={t('enrollmentPolicies.sections.pointsItems')} size="small">
      <Typography.Paragraph type="secondary">{t('enrollmentPolicies.hints.pointsItems')}</Typography.Paragraph>
      <Form.List name="pointsItems">
        {(fields, { add, remove }) => (
          <Flex vertical gap={12}>
            {fields.map((field, index) => {
              const item = items[index];
              const isChoice = item?.kind === 'choice';
              return (
                <Card
                  key={field.key}
                  id={`policy-pointsItems-${index}`}
                  type="inner"
                  size="small"
                  title={t('enrollmentPolicies.itemN', { n: index + 1, name: item?.nameZh ?? '' })}
                  extra={
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined aria-hidden />}
                      onClick={() => remove(field.name)}
                      aria-label={t('enrollmentPolicies.removeItem', { n: index + 1 })}
                    >
                      {t('common.remove')}
                    </Button>
                  }
                >
                  <Row gutter={16}>
                    <Col xs={24} md={8}>
                      <Form.Item
                        name={[field.name, 'nameZh']}
                        label={t('enrollmentPolicies.fields.nameZh')}
                        rules={[{ required: true, whitespace: true, max: 120 }]}
                      >
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item
                        name={[field.name, 'nameEn']}
                        label={t('enrollmentPolicies.fields.nameEn')}
                        rules={[{ required: true, whitespace: true, max: 120 }]}
                      >
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item
                        name={[field.name, 'key']}
                        label={t('enrollmentPolicies.fields.code')}
                        tooltip={t('enrollmentPolicies.hints.code')}
                        rules={slugRules(slugMessage)}
                      >
                        <Input spellCheck={false} autoCapitalize="off" />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item name={[field.name, 'kind']} label={t('enrollmentPolicies.fields.kind')} rules={[{ required: true }]}>
                        <Radio.Group options={POINTS_ITEM_KINDS.map((k) => ({ value: k, label: t(`enrollmentPolicies.pointsKinds.${k}`) }))} />
                      </Form.Item>
                    </Col>
                    {!isChoice && (
                      <Col xs={12} md={8}>
                        <Form.Item
                          name={[field.name, 'weight']}
                          label={t('enrollmentPolicies.fields.weight')}
                          tooltip={t('enrollmentPolicies.hints.weight')}
                          rules={[{ required: true }]}
                        >
                          <InputNumber min={0} max={10000} step={0.1} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                    )}
                    <Col xs={12} md={8}>
                      <Form.Item
                        name={[field.name, 'cap']}
                        label={t('enrollmentPolicies.fields.cap')}
                        tooltip={t('enrollmentPolicies.hints.cap')}
                        rules={[{ required: true }]}
                      >
                        <InputNumber min={0} max={10000} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                  </Row>
                  {isChoice && <OptionFields itemField={field.name} itemIndex={index} options={item?.options ?? []} />}
                </Card>
              );
            })}
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden />}
              disabled={fields.length >= 30}
              onClick={() =>
                add({
                  key: nextCode(
                    'item',
                    items.map((i) => i?.key),
                  ),
                  nameZh: '',
                  nameEn: '',
                  kind: 'per_month',
                  weight: 1,
                  cap: 10,
                  options: [],
                } satisfies PointsItemValues)
              }
            >
              {t('enrollmentPolicies.addItem')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Card>
  );
}

function OptionFields({ itemField, itemIndex, options }: { itemField: number; itemIndex: number; options: OptionValues[] }) {
  const { t } = useTranslation();
  const slugMessage = t('enrollmentPolicies.hints.codePattern');
  return (
    <Form.List name={[itemField, 'options']}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={4}>
          <Typography.Text strong>{t('enrollmentPolicies.fields.options')}</Typography.Text>
          {fields.map((field, index) => (
            <Row key={field.key} id={`policy-pointsItems-${itemIndex}-options-${index}`} gutter={8} align="top">
              <Col xs={12} md={6}>
                <Form.Item
                  name={[field.name, 'labelZh']}
                  label={t('enrollmentPolicies.fields.labelZh')}
                  rules={[{ required: true, whitespace: true, max: 120 }]}
                >
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item
                  name={[field.name, 'labelEn']}
                  label={t('enrollmentPolicies.fields.labelEn')}
                  rules={[{ required: true, whitespace: true, max: 120 }]}
                >
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={10} md={5}>
                <Form.Item name={[field.name, 'value']} label={t('enrollmentPolicies.fields.code')} rules={slugRules(slugMessage)}>
                  <Input spellCheck={false} autoCapitalize="off" />
                </Form.Item>
              </Col>
              <Col xs={10} md={5}>
                <Form.Item name={[field.name, 'points']} label={t('enrollmentPolicies.fields.points')} rules={[{ required: true }]}>
                  <InputNumber min={0} max={10000} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={4} md={2} style={{ textAlign: 'right', paddingTop: 30 }}>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined aria-hidden />}
                  onClick={() => remove(field.name)}
                  aria-label={t('enrollmentPolicies.removeOption', { n: index + 1 })}
                  title={t('enrollmentPolicies.removeOption', { n: index + 1 })}
                />
              </Col>
            </Row>
          ))}
          <div>
            <Button
              icon={<PlusOutlined aria-hidden />}
              disabled={fields.length >= 20}
              onClick={() =>
                add({
                  value: nextCode(
                    'option',
                    options.map((o) => o?.value),
                  ),
                  labelZh: '',
                  labelEn: '',
                  points: 0,
                } satisfies OptionValues)
              }
            >
              {t('enrollmentPolicies.addOption')}
            </Button>
          </div>
        </Flex>
      )}
    </Form.List>
  );
}
