import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import type { User } from '../../../types/api.ts';
import { useUpdateUser } from '../api/update-user.ts';

export function EditNameModal({ user, open, onClose }: { user: User; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateUser(user.id);
  const [form] = Form.useForm<{ displayName: string }>();
  return (
    <Modal
      open={open}
      title={t('users.editName')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => update.reset()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ displayName: user.displayName }}
        onFinish={({ displayName }) => update.mutate({ displayName: displayName.trim(), version: user.version }, { onSuccess: onClose })}
      >
        <ErrorAlert error={update.error} />
        <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true, whitespace: true, max: 60 }]}>
          <Input autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
