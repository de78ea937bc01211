import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Form, Input, InputNumber, Radio, Result, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SUBJECTS } from '../../../../../common/cooperation.ts';
import { STAGES } from '../../../../../common/directory.ts';
import { DEPLOYMENT_UTC_OFFSET } from '../../../../../common/time-zone.ts';
import { EVENT_AUDIENCES, EVENT_KINDS, EVENT_MODES, type EventAudience, type EventKind, type EventMode } from '../../../../../common/events.ts';
import { paths } from '../../../app/paths.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { ApiError, type FieldError } from '../../../lib/api-client.ts';
import { useFormat } from '../../../lib/format.ts';
import { showFieldErrors } from '../../../lib/form-errors.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useCreateEvent } from '../api/create-event.ts';
import { useRegions } from '../api/get-regions.ts';
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
  audience: EventAudience;
  audienceIds?: string[];
  quotas?: { regionId?: string; seats?: number }[];
  sessions?: { title?: string; startsAt?: Dayjs; endsAt?: Dayjs; room?: string; speakers?: string }[];
}

const FIELDS = [
  'kind',
  'title',
  'subject',
  'stage',
  'organizerIds',
  'mode',
  'venue',
  'address',
  'meetingUrl',
  'startsAt',
  'endsAt',
  'capacity',
  'registrationDeadline',
  'description',
  'audience',
  'audienceIds',
  'quotas',
  'sessions',
];
/** Several names typed in one field, separated by commas (either kind) or 、. */
/** The wall time picked is read in the deployment's zone (the device's zone may differ). */
const instantOf = (value: Dayjs) => `${value.format('YYYY-MM-DDTHH:mm')}:00${DEPLOYMENT_UTC_OFFSET}`;
const namesOf = (text: string | undefined) =>
  (text ?? '')
    .split(/[,，、]/)
    .map((n) => n.trim())
    .filter(Boolean);

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
  const audience = Form.useWatch('audience', form);
  const regions = useRegions();
  const regionOptions = (regions.data ?? []).map((r) => ({ value: r.id, label: format.name(r.nameZh, r.nameEn) }));
  const mine = useCurrentUser().grants.filter((g) => (g.role === 'school_admin' || g.role === 'bureau_admin') && g.organizationId !== null);
  if (mine.length === 0) return <Result status="info" title={t('events.new')} />;
  const required = [{ required: true, message: t('events.form.required') }];

  const submit = async (v: Values) => {
    try {
      const event = await create.mutateAsync({
        kind: v.kind,
        title: v.title,
        subject: (v.subject ?? null) as never,
        stage: (v.stage ?? null) as never,
        description: v.description || null,
        organizerIds: [v.organizerId, ...(v.coOrganizerIds ?? []).filter((id) => id !== v.organizerId)],
        mode: v.mode,
        venue: v.venue || null,
        address: v.address || null,
        meetingUrl: v.meetingUrl || null,
        startsAt: instantOf(v.startsAt),
        endsAt: instantOf(v.endsAt),
        capacity: v.capacity,
        registrationDeadline: v.registrationDeadline ? instantOf(v.registrationDeadline) : null,
        audience: v.audience,
        audienceIds: v.audience === 'staff' ? [] : (v.audienceIds ?? []),
        quotas: (v.quotas ?? []).filter((q) => q.regionId && q.seats).map((q) => ({ regionId: q.regionId!, seats: q.seats! })),
        sessions: (v.sessions ?? [])
          .filter((x) => x.title && x.startsAt && x.endsAt)
          .map((x) => ({
            title: x.title!,
            startsAt: instantOf(x.startsAt!),
            endsAt: instantOf(x.endsAt!),
            room: x.room || null,
            speakers: namesOf(x.speakers),
          })),
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
        <Form<Values>
          form={form}
          layout="vertical"
          style={{ maxWidth: 720 }}
          initialValues={{ kind: 'joint_research', mode: 'offline', capacity: 50, organizerId: mine[0]!.organizationId, audience: 'staff' }}
          onFinish={submit}
        >
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
            <Radio.Group optionType="button" options={EVENT_MODES.map((m) => ({ value: m, label: t(`events.modes.${m}`) }))} />
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
            <DatePicker showTime={{ format: 'HH:mm' }} needConfirm={false} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="endsAt" label={t('events.form.endsAt')} rules={required}>
            <DatePicker showTime={{ format: 'HH:mm' }} needConfirm={false} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="registrationDeadline" label={t('events.form.deadline')}>
            <DatePicker showTime={{ format: 'HH:mm' }} needConfirm={false} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="capacity" label={t('events.form.capacity')} rules={required}>
            <InputNumber min={1} max={100000} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="audience" label={t('events.form.audience')} rules={required}>
            <Select options={EVENT_AUDIENCES.map((a) => ({ value: a, label: t(`events.audiences.${a}`) }))} />
          </Form.Item>
          {audience === 'regions' && (
            <Form.Item name="audienceIds" label={t('events.form.audienceRegions')} rules={required}>
              <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={regionOptions} />
            </Form.Item>
          )}
          {audience === 'invited_schools' && (
            <Form.Item name="audienceIds" label={t('events.form.audienceSchools')} rules={required}>
              <Select
                mode="multiple"
                showSearch={{ filterOption: false, onSearch: setSearch }}
                options={(found.data?.items ?? []).filter((o) => o.kind === 'school').map((o) => ({ value: o.id, label: format.name(o.nameZh, o.nameEn) }))}
              />
            </Form.Item>
          )}
          <Form.Item label={t('events.form.quotas')} extra={t('events.form.quotasHint')}>
            <Form.List name="quotas">
              {(fields, { add, remove }) => (
                <Flex vertical gap={8}>
                  {fields.map((field, index) => (
                    <Flex key={field.key} gap={8} align="center" wrap>
                      <Form.Item name={[field.name, 'regionId']} noStyle rules={required}>
                        <Select
                          aria-label={t('events.form.quotaRegion', { n: index + 1 })}
                          placeholder={t('events.form.quotaRegion', { n: index + 1 })}
                          showSearch={{ optionFilterProp: 'label' }}
                          options={regionOptions}
                          style={{ flex: '1 1 200px', minWidth: 0 }}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'seats']} noStyle rules={required}>
                        <InputNumber
                          aria-label={t('events.form.quotaSeats', { n: index + 1 })}
                          placeholder={t('events.form.quotaSeats', { n: index + 1 })}
                          min={1}
                          max={100000}
                          style={{ width: 140 }}
                        />
                      </Form.Item>
                      <Button type="text" icon={<MinusCircleOutlined aria-hidden />} aria-label={t('common.remove')} onClick={() => remove(field.name)} />
                    </Flex>
                  ))}
                  <Button icon={<PlusOutlined aria-hidden />} onClick={() => add()} style={{ alignSelf: 'flex-start' }}>
                    {t('events.form.addQuota')}
                  </Button>
                </Flex>
              )}
            </Form.List>
          </Form.Item>
          <Form.Item label={t('events.form.sessions')} extra={t('events.form.sessionsHint')}>
            <Form.List name="sessions">
              {(fields, { add, remove }) => (
                <Flex vertical gap={12}>
                  {fields.map((field, index) => (
                    <Card
                      key={field.key}
                      size="small"
                      title={t('events.form.sessionN', { n: index + 1 })}
                      extra={
                        <Button type="text" icon={<MinusCircleOutlined aria-hidden />} aria-label={t('common.remove')} onClick={() => remove(field.name)} />
                      }
                    >
                      <Form.Item name={[field.name, 'title']} label={t('events.form.sessionTitle')} rules={required}>
                        <Input maxLength={200} />
                      </Form.Item>
                      <Flex gap={8} wrap>
                        <Form.Item name={[field.name, 'startsAt']} label={t('events.form.startsAt')} rules={required} style={{ flex: '1 1 200px' }}>
                          <DatePicker showTime={{ format: 'HH:mm' }} needConfirm={false} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
                        </Form.Item>
                        <Form.Item name={[field.name, 'endsAt']} label={t('events.form.endsAt')} rules={required} style={{ flex: '1 1 200px' }}>
                          <DatePicker showTime={{ format: 'HH:mm' }} needConfirm={false} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
                        </Form.Item>
                      </Flex>
                      <Form.Item name={[field.name, 'room']} label={t('events.form.room')}>
                        <Input maxLength={200} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'speakers']} label={t('events.form.speakers')} style={{ marginBottom: 0 }}>
                        <Input maxLength={500} />
                      </Form.Item>
                    </Card>
                  ))}
                  <Button icon={<PlusOutlined aria-hidden />} onClick={() => add()} style={{ alignSelf: 'flex-start' }}>
                    {t('events.form.addSession')}
                  </Button>
                </Flex>
              )}
            </Form.List>
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
