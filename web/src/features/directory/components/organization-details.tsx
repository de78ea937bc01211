import { Card, Col, Descriptions, Row, Statistic, Tag, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import type { Organization } from '../../../types/api.ts';
import { KIND_COLORS } from './labels.ts';
import { SeatTable } from './seat-table.tsx';

const dash = '—';

export function OrganizationDetails({ organization: o }: { organization: Organization }) {
  const { t } = useTranslation();
  const format = useFormat();
  const isSchool = o.kind === 'school';
  const count = (value: number | null) => (value === null ? dash : format.number(value));

  const items: DescriptionsProps['items'] = [
    { key: 'nameZh', label: t('directory.nameZh'), children: o.nameZh },
    { key: 'nameEn', label: t('directory.nameEn'), children: o.nameEn },
    { key: 'kind', label: t('directory.kind'), children: <Tag color={KIND_COLORS[o.kind]}>{t(`kinds.${o.kind}`)}</Tag> },
    // Only schools have a national school code; other organizations show one only if recorded.
    ...(isSchool || o.code ? [{ key: 'code', label: t('directory.code'), children: o.code ?? dash }] : []),
    { key: 'region', label: t('directory.region'), children: format.name(o.regionNameZh, o.regionNameEn) },
    ...(isSchool
      ? [
          { key: 'ownership', label: t('directory.ownership'), children: o.ownership ? t(`ownership.${o.ownership}`) : dash },
          { key: 'stages', label: t('directory.stages'), children: o.stages.length > 0 ? o.stages.map((s) => <Tag key={s}>{t(`stages.${s}`)}</Tag>) : dash },
        ]
      : []),
    {
      key: 'website',
      label: t('directory.website'),
      children: o.website ? (
        <a href={o.website} target="_blank" rel="noopener noreferrer">
          {o.website}
        </a>
      ) : (
        dash
      ),
    },
    { key: 'updatedAt', label: t('directory.updatedAt'), children: format.dateTime(o.updatedAt) },
  ];

  const location: DescriptionsProps['items'] = [
    { key: 'address', label: t('directory.address'), children: o.address ?? dash },
    {
      key: 'coordinates',
      label: t('directory.coordinates'),
      children: o.latitude !== null && o.longitude !== null ? `${o.latitude.toFixed(4)}, ${o.longitude.toFixed(4)}` : dash,
    },
  ];

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={16}>
        <Card title={t('directory.basicInfo')} size="small">
          <Descriptions column={{ xs: 1, sm: 1, md: 2 }} items={items} size="small" />
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card title={t('directory.counts')} size="small">
          <Row gutter={16}>
            {isSchool && (
              <Col span={12}>
                <Statistic title={t('directory.pupils')} value={count(o.pupilCount)} />
              </Col>
            )}
            <Col span={12}>
              <Statistic title={t('directory.teachers')} value={count(o.teacherCount)} />
            </Col>
          </Row>
        </Card>
      </Col>
      <Col xs={24} lg={16}>
        <Card title={t('directory.location')} size="small">
          <Descriptions column={1} items={location} size="small" />
        </Card>
      </Col>
      {isSchool && (
        <Col xs={24} lg={8}>
          <Card title={t('directory.seatsPerGrade')} size="small">
            <SeatTable seats={o.seats} />
          </Card>
        </Col>
      )}
    </Row>
  );
}
