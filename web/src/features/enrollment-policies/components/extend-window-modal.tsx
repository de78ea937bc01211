import { DatePicker, Form, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useIsMobile } from '../../../lib/use-is-mobile.ts';
import { useExtendWindow } from '../api/extend-window.ts';
import type { Policy } from '../api/policy-types.ts';
import { DATE_TIME_FORMAT } from './labels.ts';

interface ExtendWindowModalProps {
  policy: Policy;
  open: boolean;
  onClose: () => void;
}

/** A later closing time for a published policy: the only change its frozen rules allow. */
export function ExtendWindowModal({ policy, open, onClose }: ExtendWindowModalProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const isMobile = useIsMobile();
  const [form] = Form.useForm<{ windowClosesAt: Dayjs }>();
  const extend = useExtendWindow(policy.id);
  const [error, setError] = useState<unknown>(null);
  const current = dayjs(policy.windowClosesAt);

  const submit = async () => {
    const { windowClosesAt } = await form.validateFields();
    setError(null);
    try {
      await extend.mutateAsync({ windowClosesAt: windowClosesAt.toISOString(), version: policy.version });
      onClose();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <Modal
      open={open}
      title={t('enrollmentPolicies.extendWindow')}
      okText={t('enrollmentPolicies.extend')}
      cancelText={t('common.cancel')}
      confirmLoading={extend.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Typography.Paragraph>{t('enrollmentPolicies.currentClose', { time: format.dateTime(policy.windowClosesAt) })}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ windowClosesAt: current.add(7, 'day') }}>
        <Form.Item
          name="windowClosesAt"
          label={t('enrollmentPolicies.newClose')}
          rules={[
            { required: true },
            {
              validator: (_, value: Dayjs | null) =>
                !value || value.isAfter(current) ? Promise.resolve() : Promise.reject(new Error(t('enrollmentPolicies.hints.onlyLater'))),
            },
          ]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format={DATE_TIME_FORMAT}
            inputReadOnly={isMobile}
            disabledDate={(d) => d.isBefore(current, 'day')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
