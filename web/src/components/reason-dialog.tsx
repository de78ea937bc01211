import { DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ReasonDialogProps {
  open: boolean;
  title: ReactNode;
  /** Who reads the reason and what happens next, shown above the field. */
  hint?: ReactNode;
  okText: string;
  danger?: boolean;
  loading?: boolean;
  /** Whether a reason must be given (rejecting, declining, ending) or may be (withdrawing, leaving). */
  required?: boolean;
  /** The field's label and its message when left empty, where "reason" is not the right word (理由). */
  label?: string;
  requiredMessage?: string;
  /** Asks for a day too (the last day of a pairing), under this label. */
  dateLabel?: string;
  onSubmit: (reason: string | undefined, date: string | undefined) => Promise<unknown> | void;
  onCancel: () => void;
}

/** A step whose reason someone else reads: rejecting, declining, withdrawing, ending. */
export function ReasonDialog({
  open,
  title,
  hint,
  okText,
  danger,
  loading,
  required = true,
  label,
  requiredMessage,
  dateLabel,
  onSubmit,
  onCancel,
}: ReasonDialogProps) {
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
          label={label ?? t('common.reason')}
          rules={[{ required, whitespace: true, message: requiredMessage ?? t('common.reasonRequired') }, { max: 500 }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} showCount maxLength={500} autoFocus />
        </Form.Item>
        {dateLabel && (
          <Form.Item name="date" label={dateLabel}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
