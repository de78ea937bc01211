import { App, Button, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import type { EventItem } from '../api/events-types.ts';
import { useRegisterTeachers, useTeacherSearch } from '../api/register-teachers.ts';

/** A school admin registers several of the school's teachers at once (the server checks each is the school's). */
export function RegisterTeachers({ event }: { event: EventItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const schools = useCurrentUser().grants.filter((g) => g.role === 'school_admin' && g.organizationId !== null);
  const [schoolId, setSchoolId] = useState(schools[0]?.organizationId ?? undefined);
  const [userIds, setUserIds] = useState<string[]>([]);
  const teachers = useTeacherSearch(useDebouncedValue(search), open);
  const register = useRegisterTeachers(event.id);
  if (schools.length === 0) return null;
  const options = (teachers.data?.items ?? [])
    .filter((u) => u.grants.some((g) => g.organizationId === schoolId && g.role === 'teacher'))
    .map((u) => ({ value: u.id, label: u.displayName }));
  const submit = () => {
    if (!schoolId || userIds.length === 0) return;
    register.mutate(
      { schoolId, userIds },
      {
        onSuccess: ({ items }) => {
          void message.success(t('events.teachers.done', { count: items.length, waitlisted: items.filter((r) => r.status === 'waitlisted').length }));
          setOpen(false);
          setUserIds([]);
        },
      },
    );
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('events.teachers.open')}</Button>
      <Modal
        open={open}
        title={t('events.teachers.title')}
        okText={t('events.teachers.submit')}
        onOk={submit}
        confirmLoading={register.isPending}
        okButtonProps={{ disabled: userIds.length === 0 }}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form layout="vertical">
          <ErrorAlert error={register.error} />
          {schools.length > 1 && (
            <Form.Item label={t('events.teachers.school')} htmlFor="register-teachers-school">
              <Select
                id="register-teachers-school"
                style={{ width: '100%' }}
                value={schoolId}
                onChange={setSchoolId}
                options={schools.map((g) => ({ value: g.organizationId!, label: format.name(g.organizationNameZh, g.organizationNameEn) }))}
              />
            </Form.Item>
          )}
          <Form.Item label={t('events.teachers.teachers')} htmlFor="register-teachers-users">
            <Select
              id="register-teachers-users"
              mode="multiple"
              value={userIds}
              onChange={setUserIds}
              showSearch={{ filterOption: false, onSearch: setSearch }}
              loading={teachers.isFetching}
              options={options}
              placeholder={t('events.teachers.placeholder')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
