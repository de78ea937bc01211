import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, InputNumber, Select, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grade } from '../../../../../common/directory.ts';
import { stageOfGrade } from '../../../../../common/enrollment.ts';
import { useFormat } from '../../../lib/format.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import type { Organization } from '../../../types/api.ts';
import { useSchoolSearch } from '../api/search-schools.ts';
import type { PolicyFormValues, SchoolValues } from './policy-form-values.ts';

export interface SchoolName {
  nameZh: string;
  nameEn: string;
}

interface SchoolFieldsProps {
  /** The host district; null until the bureau is known (a new draft). */
  hostRegionId: string | null;
  /** Names of the schools the draft already designates. */
  initialNames: ReadonlyMap<string, SchoolName>;
}

const seatsOf = (school: Organization, grade: Grade) => school.seats.find((s) => s.grade === grade)?.seats ?? null;

/** Designated schools with their seats for the entry grade, chosen from the district's schools in the directory. */
export function SchoolFields({ hostRegionId, initialNames }: SchoolFieldsProps) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const format = useFormat();
  const form = Form.useFormInstance<PolicyFormValues>();
  const grade = (Form.useWatch('entryGrade', form) ?? 'g1') as Grade;
  const schools = (Form.useWatch('schools', form) ?? []) as SchoolValues[];
  const [names, setNames] = useState(() => new Map(initialNames));
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search);
  const candidates = useSchoolSearch(hostRegionId ? { regionId: hostRegionId, stage: stageOfGrade(grade), q } : null);
  const chosen = new Set(schools.map((s) => s?.schoolId));
  const totalSeats = schools.reduce((sum, s) => sum + (s?.seats ?? 0), 0);
  const nameOf = (id: string) => {
    const name = names.get(id);
    return name ? format.name(name.nameZh, name.nameEn) : id;
  };

  return (
    <Card
      id="policy-section-schools"
      title={t('enrollmentPolicies.sections.schools')}
      size="small"
      extra={<Typography.Text type="secondary">{t('enrollmentPolicies.totalSeats', { count: totalSeats, schools: schools.length })}</Typography.Text>}
    >
      <Form.List name="schools">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            <Select<string>
              value={null}
              showSearch={{ filterOption: false, onSearch: setSearch }}
              disabled={!hostRegionId}
              loading={candidates.isFetching}
              placeholder={hostRegionId ? t('enrollmentPolicies.addSchool') : t('enrollmentPolicies.chooseBureauFirst')}
              aria-label={t('enrollmentPolicies.addSchool')}
              notFoundContent={candidates.isFetching ? t('common.loading') : t('common.noMatch')}
              options={(candidates.data?.items ?? []).map((school) => {
                const seats = seatsOf(school, grade);
                return {
                  value: school.id,
                  disabled: chosen.has(school.id),
                  label:
                    seats === null
                      ? format.name(school.nameZh, school.nameEn)
                      : `${format.name(school.nameZh, school.nameEn)} · ${t('enrollmentPolicies.directorySeats', { count: seats })}`,
                };
              })}
              onChange={(id) => {
                const school = candidates.data?.items.find((s) => s.id === id);
                if (!school || chosen.has(id)) return;
                setNames((current) => new Map(current).set(id, { nameZh: school.nameZh, nameEn: school.nameEn }));
                // The directory's seats for the grade are the starting point; the bureau may designate fewer.
                add({ schoolId: id, seats: seatsOf(school, grade) } satisfies SchoolValues);
                setSearch('');
              }}
              style={{ width: '100%' }}
            />
            {fields.length === 0 && <Typography.Text type="secondary">{t('enrollmentPolicies.noSchools')}</Typography.Text>}
            {fields.map((field, index) => {
              const schoolId = schools[index]?.schoolId ?? '';
              return (
                <Flex
                  key={field.key}
                  id={`policy-schools-${index}`}
                  align="center"
                  gap={8}
                  wrap
                  style={{ borderTop: `1px solid ${token.colorBorderSecondary}`, paddingTop: token.paddingXS }}
                >
                  <Form.Item name={[field.name, 'schoolId']} hidden>
                    <input />
                  </Form.Item>
                  <Typography.Text style={{ flex: '1 1 180px', minWidth: 0 }}>
                    {index + 1}. {nameOf(schoolId)}
                  </Typography.Text>
                  <Form.Item name={[field.name, 'seats']} rules={[{ required: true, message: t('enrollmentPolicies.hints.seats') }]} style={{ margin: 0 }}>
                    <InputNumber
                      min={0}
                      max={10000}
                      precision={0}
                      prefix={t('enrollmentPolicies.seats')}
                      aria-label={t('enrollmentPolicies.seatsOf', { name: nameOf(schoolId) })}
                      style={{ width: 150 }}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    onClick={() => remove(field.name)}
                    aria-label={t('enrollmentPolicies.removeSchool', { name: nameOf(schoolId) })}
                    title={t('enrollmentPolicies.removeSchool', { name: nameOf(schoolId) })}
                  />
                </Flex>
              );
            })}
          </Flex>
        )}
      </Form.List>
    </Card>
  );
}
