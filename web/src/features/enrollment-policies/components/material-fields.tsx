import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Form, Input, Row, Segmented, Select, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { MATERIAL_REQUIREMENTS, MATERIALS } from '../../../../../common/enrollment.ts';
import type { MaterialValues } from './policy-form-values.ts';

interface MaterialFieldsProps {
  /** The route's name in the form list. */
  routeField: number;
  routeIndex: number;
}

/** The materials a route requires: what, whether mandatory, and how families recognise it. */
export function MaterialFields({ routeField, routeIndex }: MaterialFieldsProps) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  return (
    <Form.List name={[routeField, 'materials']}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          <Typography.Text strong>{t('enrollmentPolicies.fields.materials')}</Typography.Text>
          {fields.length === 0 && <Typography.Text type="secondary">{t('enrollmentPolicies.noMaterials')}</Typography.Text>}
          {fields.map((field, index) => (
            <div
              key={field.key}
              id={`policy-routes-${routeIndex}-materials-${index}`}
              style={{ borderTop: `1px dashed ${token.colorBorderSecondary}`, paddingTop: token.paddingXS }}
            >
              <Row gutter={8} align="top">
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'material']} label={t('enrollmentPolicies.fields.material')} rules={[{ required: true }]}>
                    <Select options={MATERIALS.map((m) => ({ value: m, label: t(`enrollmentPolicies.materials.${m}`) }))} />
                  </Form.Item>
                </Col>
                <Col xs={20} md={14}>
                  <Form.Item name={[field.name, 'requirement']} label={t('enrollmentPolicies.fields.requirement')} rules={[{ required: true }]}>
                    <Segmented options={MATERIAL_REQUIREMENTS.map((r) => ({ value: r, label: t(`enrollmentPolicies.requirements.${r}`) }))} />
                  </Form.Item>
                </Col>
                <Col xs={4} md={2} style={{ textAlign: 'right', paddingTop: 30 }}>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    onClick={() => remove(field.name)}
                    aria-label={t('enrollmentPolicies.removeMaterial', { n: index + 1 })}
                    title={t('enrollmentPolicies.removeMaterial', { n: index + 1 })}
                  />
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={[field.name, 'descriptionZh']} label={t('enrollmentPolicies.fields.descriptionZh')} rules={[{ max: 1000 }]}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={[field.name, 'descriptionEn']} label={t('enrollmentPolicies.fields.descriptionEn')} rules={[{ max: 1000 }]}>
                    <Input />
                  </Form.Item>
                </Col>
              </Row>
            </div>
          ))}
          <div>
            <Button
              icon={<PlusOutlined aria-hidden />}
              disabled={fields.length >= 20}
              onClick={() => add({ material: 'residence_permit', requirement: 'mandatory', descriptionZh: '', descriptionEn: '' } satisfies MaterialValues)}
            >
              {t('enrollmentPolicies.addMaterial')}
            </Button>
          </div>
        </Flex>
      )}
    </Form.List>
  );
}
