import { DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Material } from '../../../../../common/enrollment.ts';
import { useIsMobile } from '../../../lib/use-is-mobile.ts';
import type { ReviewApplication } from '../api/review-types.ts';

interface SupplementRequestValues {
  materials: Material[];
  message: string;
  deadline: Dayjs;
}

interface SupplementRequestModalProps {
  application: ReviewApplication;
  open: boolean;
  loading: boolean;
  onSubmit: (input: { materials: Material[]; message: string; deadline: string }) => Promise<boolean>;
  onCancel: () => void;
}

/** Materials the family must upload again or add, with a message and a deadline; rejected ones are proposed. */
export function SupplementRequestModal({ application: a, open, loading, onSubmit, onCancel }: SupplementRequestModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SupplementRequestValues>();
  const isMobile = useIsMobile();
  const rejected = [...new Set(a.documents.filter((d) => d.status === 'rejected' && d.appealId === null).map((d) => d.material))];
  const missing = a.materials
    .filter((m) => m.requirement === 'mandatory' && !m.isAccepted && !a.documents.some((d) => d.material === m.material && d.status !== 'superseded'))
    .map((m) => m.material);

  return (
    <Modal
      open={open}
      title={t('enrollmentReview.supplement.title')}
      okText={t('enrollmentReview.supplement.send')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      destroyOnHidden
      onCancel={onCancel}
      onOk={() =>
        void form.validateFields().then(async (v) => {
          // The end of the chosen day: families read "by 15 June", not "by 15 June 00:00".
          if (await onSubmit({ materials: v.materials, message: v.message.trim(), deadline: v.deadline.endOf('day').toISOString() })) onCancel();
        })
      }
    >
      <Typography.Paragraph type="secondary">{t('enrollmentReview.supplement.hint')}</Typography.Paragraph>
      <Form<SupplementRequestValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ materials: [...new Set([...rejected, ...missing])], message: '', deadline: dayjs().add(7, 'day') }}
      >
        <Form.Item
          name="materials"
          label={t('enrollmentReview.supplement.materials')}
          rules={[{ required: true, type: 'array', min: 1, message: t('enrollmentReview.supplement.materialsRequired') }]}
        >
          <Select mode="multiple" options={a.materials.map((m) => ({ value: m.material, label: t(`enrollmentPolicies.materials.${m.material}`) }))} />
        </Form.Item>
        <Form.Item name="message" label={t('enrollmentReview.supplement.message')} rules={[{ required: true, whitespace: true }, { max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} showCount maxLength={500} placeholder={t('enrollmentReview.supplement.messagePlaceholder')} />
        </Form.Item>
        <Form.Item name="deadline" label={t('enrollmentReview.supplement.deadline')} rules={[{ required: true }]}>
          <DatePicker inputReadOnly={isMobile} disabledDate={(d) => d.isBefore(dayjs(), 'day')} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
