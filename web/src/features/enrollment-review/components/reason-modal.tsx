import { Form, Input, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ReasonModalProps {
  open: boolean;
  title: ReactNode;
  /** What the reason is for, shown above the field (e.g. the family reads it). */
  hint?: ReactNode;
  okText: string;
  danger?: boolean;
  loading?: boolean;
  onSubmit: (reason: string) => Promise<unknown> | void;
  onCancel: () => void;
}

/** A decision that needs a reason the family will read (rejecting a document or an application, dismissing an appeal). */
export function ReasonModal({ open, title, hint, okText, danger, loading, onSubmit, onCancel }: ReasonModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger }}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      destroyOnHidden
      onCancel={onCancel}
      onOk={() => void form.validateFields().then(({ reason }) => onSubmit(reason.trim()))}
    >
      {hint && <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="reason" label={t('enrollmentReview.reason')} rules={[{ required: true, whitespace: true, message: t('enrollmentReview.reasonRequired') }, { max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} showCount maxLength={500} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
