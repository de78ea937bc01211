import { Card, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { useRegionCount } from '../api/get-region-count.ts';
import { useSchoolCount } from '../api/get-school-count.ts';

/** The directory's size: regions covered, and (for platform admins) all schools. */
export function RegionStat() {
  const { t } = useTranslation();
  const format = useFormat();
  const regions = useRegionCount();
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Statistic
        title={t('home.regions')}
        value={regions.data ?? '—'}
        loading={regions.isPending}
        formatter={(v) => (typeof v === 'number' ? format.number(v) : v)}
      />
    </Card>
  );
}

export function AllSchoolsStat() {
  const { t } = useTranslation();
  const format = useFormat();
  const schools = useSchoolCount(null);
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Statistic
        title={t('home.allSchools')}
        value={schools.data ?? '—'}
        loading={schools.isPending}
        formatter={(v) => (typeof v === 'number' ? format.number(v) : v)}
      />
    </Card>
  );
}
