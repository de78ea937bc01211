import { Col, Form, Row, Select } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../../common/roles.ts';
import { grantScopeOf } from './grantable-roles.ts';
import { OrganizationSelect } from './organization-select.tsx';

interface GrantFieldsProps {
  /** Where role and organizationId live in the form: [] for a flat form, [index] inside a Form.List. */
  prefix: (string | number)[];
  /** Full path of the same fields, for watching them from inside a Form.List. */
  watchPrefix?: (string | number)[];
  roles: readonly Role[];
}

/** Role, then (for bureau and school roles) the organization the role applies to. */
export function GrantFields({ prefix, watchPrefix = prefix, roles }: GrantFieldsProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const role = Form.useWatch<Role | undefined>([...watchPrefix, 'role'] as NamePath, form);
  const scope = grantScopeOf(role);
  return (
    <Row gutter={12} style={{ flex: 1, minWidth: 0, width: '100%' }}>
      <Col xs={24} md={10}>
        <Form.Item name={[...prefix, 'role']} label={t('users.role')} rules={[{ required: true, message: t('users.roleRequired') }]}>
          <Select
            options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            // The organization must fit the role: a new role starts with none chosen.
            onChange={() => form.setFieldValue([...watchPrefix, 'organizationId'] as NamePath, null)}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={14}>
        {scope && (
          <Form.Item
            name={[...prefix, 'organizationId']}
            label={scope === 'school' ? t('users.school') : t('users.organization')}
            rules={[{ required: true, message: scope === 'school' ? t('users.chooseSchool') : t('users.chooseBureau') }]}
          >
            <OrganizationSelect scope={scope} />
          </Form.Item>
        )}
      </Col>
    </Row>
  );
}
