import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SchoolPupil } from '../api/get-school-pupils.ts';
import { useRecordArrival } from '../api/record-arrival.ts';

/** 报到 or no-show for a pupil still to report; each asks first, since neither can be undone. */
export function ArrivalButtons({ pupil }: { pupil: SchoolPupil }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const record = useRecordArrival();
  const busy = record.isPending;
  const submit = (arrived: boolean) =>
    record.mutateAsync({ applicationId: pupil.applicationId, version: pupil.version, arrived }).then(
      () => void message.success(t(arrived ? 'enrollmentRoster.arrivalDone' : 'enrollmentRoster.noShowDone', { name: pupil.childName })),
      (error: Error) => void message.error(error.message),
    );

  return (
    <Flex gap={8} wrap>
      <Popconfirm
        title={t('enrollmentRoster.arrivalConfirm', { name: pupil.childName })}
        description={t('enrollmentRoster.arrivalConfirmHint')}
        okText={t('enrollmentRoster.arrived')}
        cancelText={t('common.cancel')}
        onConfirm={() => submit(true)}
      >
        <Button size="small" type="primary" icon={<CheckOutlined aria-hidden />} loading={busy && record.variables.arrived}>
          {t('enrollmentRoster.arrived')}
        </Button>
      </Popconfirm>
      <Popconfirm
        title={t('enrollmentRoster.noShowConfirm', { name: pupil.childName })}
        description={t('enrollmentRoster.noShowConfirmHint')}
        okText={t('enrollmentRoster.noShow')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        onConfirm={() => submit(false)}
      >
        <Button size="small" danger icon={<CloseOutlined aria-hidden />} loading={busy && !record.variables.arrived}>
          {t('enrollmentRoster.noShow')}
        </Button>
      </Popconfirm>
    </Flex>
  );
}
