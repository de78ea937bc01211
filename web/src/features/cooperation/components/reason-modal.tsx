import { DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ReasonModalProps {
  open: boolean;
  title: ReactNode;
  hint?: ReactNode;
  okText: string;
  danger?: boolean;
  loading?: boolean;
  /** Whether a reason must be given (declining, rejecting, ending) or may be (withdrawing). */
  required?: boolean;
  /** Ask for the last day too (ending a pairing). */
  withDate?: boolean;
  onSubmit: (reason: string | undefined, date: string | undefined) => Promise<unknown> | void;
  onCancel: () => void;
}

/** A step that the other organizations read the reason of: declining, rejecting, withdrawing, ending. */
export function ReasonModal({ open, title, hint, okText, danger, loading, required = true, withDate, onSubmit, onCancel }: ReasonModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason?: string; date?: Dayjs }>();
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
      onOk={() => void form.validateFields().then(({ reason, date }) => onSubmit(reason?.trim() || undefined, date?.format('YYYY-MM-DD')))}
    >
      {hint && <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="reason"
          label={t('cooperation.common.reason')}
          rules={[{ required, whitespace: true, message: t('cooperation.common.reasonRequired') }, { max: 500 }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} showCount maxLength={500} autoFocus />
        </Form.Item>
        {withDate && (
          <Form.Item name="date" label={t('cooperation.pairings.endsOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
