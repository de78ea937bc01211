import { Card, Skeleton, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { useOrganization } from '../api/get-organization.ts';
import { useSchoolCount } from '../api/get-school-count.ts';

/** Schools in one bureau's jurisdiction: the region of the bureau named in the grant, and everything below it. */
export function JurisdictionStat({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const organization = useOrganization(organizationId);
  const count = useSchoolCount(organization.data?.regionId ?? null, organization.isSuccess);
  const o = organization.data;
  return (
    <Card size="small" style={{ height: '100%' }}>
      {o && count.isSuccess ? (
        <Statistic
          title={t('home.schoolsIn', { region: format.name(o.regionNameZh, o.regionNameEn) })}
          value={count.data}
          formatter={(v) => format.number(Number(v))}
        />
      ) : organization.isError || count.isError ? (
        <Statistic title={t('home.schoolsInJurisdiction')} value="—" />
      ) : (
        <Skeleton active paragraph={{ rows: 1 }} />
      )}
    </Card>
  );
}
