import { Button, Card, DatePicker, Form, Input, InputNumber, Result, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SUBJECTS } from '../../../../../common/cooperation.ts';
import { STAGES } from '../../../../../common/directory.ts';
import { EVENT_KINDS, EVENT_MODES, type EventKind, type EventMode } from '../../../../../common/events.ts';
import { paths } from '../../../app/paths.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { ApiError, type FieldError } from '../../../lib/api-client.ts';
import { useFormat } from '../../../lib/format.ts';
import { showFieldErrors } from '../../../lib/form-errors.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useCreateEvent } from '../api/create-event.ts';
import { useOrganizationSearch } from '../api/search-organizations.ts';

interface Values {
  kind: EventKind;
  title: string;
  subject?: string;
  stage?: string;
  organizerId: string;
  coOrganizerIds?: string[];
  mode: EventMode;
  venue?: string;
  address?: string;
  meetingUrl?: string;
  startsAt: Dayjs;
  endsAt: Dayjs;
  capacity: number;
  registrationDeadline?: Dayjs;
  description?: string;
}

const FIELDS = ['kind', 'title', 'subject', 'stage', 'organizerIds', 'mode', 'venue', 'address', 'meetingUrl', 'startsAt', 'endsAt', 'capacity', 'registrationDeadline', 'description'];

/** 新建活动: an admin of a school or bureau drafts an event its organization runs, possibly with co-organizers. */
export function NewEventRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateEvent();
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [search, setSearch] = useState('');
  const found = useOrganizationSearch(useDebouncedValue(search));
  const mode = Form.useWatch('mode', form);
  const kind = Form.useWatch('kind', form);
  const mine = useCurrentUser().grants.filter((g) => (g.role === 'school_admin' || g.role === 'bureau_admin') && g.organizationId !== null);
  if (mine.length === 0) return <Result status="info" title={t('events.new')} />;
  const required = [{ required: true, message: t('events.form.required') }];

  const submit = async (v: Values) => {
    try {
      const event = await create.mutateAsync({
        kind: v.kind, title: v.title, subject: (v.subject ?? null) as never, stage: (v.stage ?? null) as never, description: v.description || null,
        organizerIds: [v.organizerId, ...(v.coOrganizerIds ?? []).filter((id) => id !== v.organizerId)], mode: v.mode,
        venue: v.venue || null, address: v.address || null, meetingUrl: v.meetingUrl || null,
        startsAt: v.startsAt.toISOString(), endsAt: v.endsAt.toISOString(), capacity: v.capacity,
        registrationDeadline: v.registrationDeadline?.toISOString() ?? null, audience: 'staff',
      });
      await navigate(paths.events.event.getHref(event.id));
    } catch (err) {
      if (err instanceof ApiError) setUnmatched(showFieldErrors(form, err, FIELDS));
    }
  };

  return (
    <>
      <PageHeader title={t('events.new')} subtitle={t('events.newSubtitle')} backTo={paths.events.root.getHref()} />
      <Card>
        <Form<Values> form={form} layout="vertical" style={{ maxWidth: 720 }} initialValues={{ kind: 'joint_research', mode: 'offline', capacity: 50, organizerId: mine[0]!.organizationId }} onFinish={submit}>
          <ErrorAlert error={create.error} fields={unmatched} />
          <Form.Item name="kind" label={t('events.form.kind')} rules={required}>
            <Select options={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="title" label={t('events.form.title')} rules={required}>
            <Input maxLength={200} />
          </Form.Item>
          {kind === 'joint_research' && (
            <>
              <Form.Item name="subject" label={t('events.form.subject')}>
                <Select allowClear options={SUBJECTS.map((s) => ({ value: s, label: t(`cooperation.subjects.${s}`) }))} />
              </Form.Item>
              <Form.Item name="stage" label={t('events.form.stage')}>
                <Select allowClear options={STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }))} />
              </Form.Item>
            </>
          )}
          <Form.Item name="organizerId" label={t('events.form.organizers')} rules={required}>
            <Select options={mine.map((g) => ({ value: g.organizationId!, label: format.name(g.organizationNameZh, g.organizationNameEn) }))} />
          </Form.Item>
          <Form.Item name="coOrganizerIds" label={t('events.form.coOrganizers')}>
            <Select
              mode="multiple"
              showSearch={{ filterOption: false, onSearch: setSearch }}
              placeholder={t('events.form.coOrganizersPlaceholder')}
              options={(found.data?.items ?? []).map((o) => ({ value: o.id, label: format.name(o.nameZh, o.nameEn) }))}
            />
          </Form.Item>
          <Form.Item name="mode" label={t('events.form.mode')} rules={required}>
            <Select options={EVENT_MODES.map((m) => ({ value: m, label: t(`events.modes.${m}`) }))} />
          </Form.Item>
          {mode !== 'online' && (
            <>
              <Form.Item name="venue" label={t('events.form.venue')} rules={required}>
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name="address" label={t('events.form.address')}>
                <Input maxLength={300} />
              </Form.Item>
            </>
          )}
          {mode !== 'offline' && (
            <Form.Item name="meetingUrl" label={t('events.form.meetingUrl')} rules={[...required, { type: 'url', message: t('events.form.required') }]}>
              <Input maxLength={500} placeholder="https://" />
            </Form.Item>
          )}
          <Form.Item name="startsAt" label={t('events.form.startsAt')} rules={required}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="endsAt" label={t('events.form.endsAt')} rules={required}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="registrationDeadline" label={t('events.form.deadline')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="capacity" label={t('events.form.capacity')} rules={required}>
            <InputNumber min={1} max={100000} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="description" label={t('events.form.description')}>
            <Input.TextArea rows={4} maxLength={5000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('events.form.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
