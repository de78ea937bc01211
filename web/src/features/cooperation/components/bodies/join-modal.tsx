import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../lib/format.ts';
import type { MyOrganization } from '../../logic/my-organizations.ts';

interface JoinModalProps {
  open: boolean;
  /** The organizations the caller runs that may ask to join. */
  organizations: readonly MyOrganization[];
  loading: boolean;
  onSubmit: (organizationId: string, note: string | undefined) => Promise<unknown>;
  onCancel: () => void;
}

/** Asking to join for one of the caller's organizations, with a note the managers read. */
export function JoinModal({ open, organizations, loading, onSubmit, onCancel }: JoinModalProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [form] = Form.useForm<{ organizationId: string; note?: string }>();
  return (
    <Modal
      open={open}
      title={t('cooperation.bodies.joinTitle')}
      okText={t('cooperation.bodies.sendRequest')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      destroyOnHidden
      onCancel={onCancel}
      onOk={() => void form.validateFields().then(({ organizationId, note }) => onSubmit(organizationId, note?.trim() || undefined))}
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ organizationId: organizations[0]?.id }}>
        <Form.Item name="organizationId" label={t('cooperation.common.organization')} rules={[{ required: true }]}>
          <Select options={organizations.map((o) => ({ value: o.id, label: format.name(o.nameZh, o.nameEn) }))} disabled={organizations.length <= 1} />
        </Form.Item>
        <Form.Item name="note" label={t('cooperation.bodies.note')} rules={[{ max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} showCount maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
