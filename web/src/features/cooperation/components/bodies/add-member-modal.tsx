import { Form, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BodyType } from '../../api/get-body.ts';
import { OrganizationPicker } from '../organization-picker.tsx';

type AddedRole = 'vice_chair' | 'standing_member' | 'member';

interface AddMemberModalProps {
  type: BodyType;
  open: boolean;
  /** Members now: not offered again. */
  exclude: readonly string[];
  loading: boolean;
  onSubmit: (organizationId: string, role: AddedRole) => Promise<unknown>;
  onCancel: () => void;
}

/** A manager adds a member directly: a school to a community, any organization with a role to an alliance. */
export function AddMemberModal({ type, open, exclude, loading, onSubmit, onCancel }: AddMemberModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ organizationId: string; role: AddedRole }>();
  return (
    <Modal
      open={open}
      title={t('cooperation.bodies.addMember')}
      okText={t('cooperation.bodies.add')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      destroyOnHidden
      onCancel={onCancel}
      onOk={() => void form.validateFields().then(({ organizationId, role }) => onSubmit(organizationId, role))}
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ role: 'member' }}>
        <Form.Item
          name="organizationId"
          label={t('cooperation.common.organization')}
          rules={[{ required: true, message: t('cooperation.bodies.organizationRequired') }]}
        >
          <OrganizationPicker kinds={type === 'community' ? ['school'] : undefined} exclude={exclude} />
        </Form.Item>
        {type === 'alliance' && (
          <Form.Item name="role" label={t('cooperation.bodies.role')}>
            <Select options={(['vice_chair', 'standing_member', 'member'] as const).map((r) => ({ value: r, label: t(`cooperation.roles.${r}`) }))} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
