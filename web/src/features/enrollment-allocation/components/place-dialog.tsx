import { Alert, App, Flex, Form, Modal, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useFormat } from '../../../lib/format.ts';
import type { SchoolFreeSeats, UnplacedApplication } from '../api/get-unplaced.ts';
import { usePlaceApplication } from '../api/place-application.ts';
import { placementOptions } from './placement-options.ts';

interface PlaceDialogProps {
  policyId: string;
  application: UnplacedApplication | null;
  schools: readonly SchoolFreeSeats[];
  onClose: () => void;
}

/** 统筹安排 of one application: choose a school that still has a free seat. */
export function PlaceDialog({ policyId, application, schools, onClose }: PlaceDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const place = usePlaceApplication(policyId);
  const [schoolId, setSchoolId] = useState<string>();
  const options = application ? placementOptions(schools, application) : [];

  const close = () => {
    setSchoolId(undefined);
    place.reset();
    onClose();
  };
  const submit = () => {
    if (!application || !schoolId) return;
    place.mutate(
      { applicationId: application.applicationId, schoolId, version: application.version },
      {
        onSuccess: (outcome) => {
          void message.success(t('enrollmentAllocation.placedDone', { school: format.name(outcome.offer.schoolNameZh, outcome.offer.schoolNameEn) }));
          close();
        },
      },
    );
  };

  return (
    <Modal
      open={application !== null}
      title={application && t('enrollmentAllocation.placeTitle', { name: application.childNameMasked, reference: application.reference })}
      okText={t('enrollmentAllocation.placeConfirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !schoolId }}
      confirmLoading={place.isPending}
      onOk={submit}
      onCancel={close}
      destroyOnHidden
    >
      <ErrorAlert error={place.error} />
      <Form layout="vertical">
        <Form.Item label={t('enrollmentAllocation.placeSchool')} required>
          <Select
            value={schoolId}
            onChange={setSchoolId}
            placeholder={t('enrollmentAllocation.placeSchoolRequired')}
            aria-label={t('enrollmentAllocation.placeSchool')}
            options={options.map(({ school, preferenceRank, isFull }) => ({
              value: school.schoolId,
              disabled: isFull,
              label: (
                <Flex justify="space-between" gap={8}>
                  <Typography.Text ellipsis style={{ minWidth: 0 }} disabled={isFull}>
                    {format.name(school.schoolNameZh, school.schoolNameEn)}
                  </Typography.Text>
                  <Flex gap={4} style={{ flex: 'none' }}>
                    {preferenceRank !== null && <Tag color="blue">{t('enrollmentAllocation.preferenceRank', { rank: preferenceRank })}</Tag>}
                    {isFull ? (
                      <Tag>{t('enrollmentAllocation.full')}</Tag>
                    ) : (
                      <Tag color="green">{t('enrollmentAllocation.freeSeats', { count: school.free })}</Tag>
                    )}
                  </Flex>
                </Flex>
              ),
            }))}
          />
        </Form.Item>
      </Form>
      <Alert type="info" showIcon title={t('enrollmentAllocation.placeHint')} />
    </Modal>
  );
}
