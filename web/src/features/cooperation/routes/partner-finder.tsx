import { Card, Col, Flex, InputNumber, Result, Row, Select, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { STAGES } from '../../../../../common/directory.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-states.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { usePartners } from '../api/find-partners.ts';
import { ProfileCard } from '../components/finder/profile-card.tsx';
import { ProfileTagSelect } from '../components/finder/profile-tag-select.tsx';
import { SuggestionList } from '../components/finder/suggestion-list.tsx';
import { OrganizationPicker } from '../components/organization-picker.tsx';
import { RegionSelect } from '../components/region-select.tsx';
import { finderSearchParams, parseFinderView, toPartnerFilter, type FinderView } from '../logic/finder-filter.ts';
import { mySchools } from '../logic/my-organizations.ts';

/** 伙伴推荐: schools in other regions that fit a school, ranked, with the reasons; a proposal is one click away. */
export function PartnerFinderRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const schools = mySchools(useCurrentUser().grants);
  const [params, setParams] = useSearchParams();
  const parsed = parseFinderView(params);
  // A school admin looks for partners of their own school unless another is chosen.
  const view: FinderView = { ...parsed, schoolId: parsed.schoolId ?? schools[0]?.id };
  const partners = usePartners(toPartnerFilter(view));
  const update = (change: Partial<FinderView>) => setParams(finderSearchParams({ ...view, ...change }), { replace: true });
  const canPropose = schools.some((s) => s.id === view.schoolId);
  const field = { flex: '1 1 180px', minWidth: 0 };

  return (
    <>
      <PageHeader title={t('cooperation.finder.title')} subtitle={t('cooperation.finder.subtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Flex vertical gap={16}>
            <Card size="small" title={t('cooperation.finder.filters')}>
              <Flex vertical gap={8}>
                <Typography.Text type="secondary">{t('cooperation.finder.forSchool')}</Typography.Text>
                {schools.length > 0 ? (
                  <Select
                    value={view.schoolId}
                    onChange={(schoolId: string) => update({ schoolId })}
                    options={schools.map((s) => ({ value: s.id, label: format.name(s.nameZh, s.nameEn) }))}
                    disabled={schools.length === 1}
                    aria-label={t('cooperation.finder.forSchool')}
                  />
                ) : (
                  <OrganizationPicker
                    kinds={['school']}
                    value={view.schoolId}
                    onChange={(schoolId) => update({ schoolId })}
                    placeholder={t('cooperation.pairings.searchSchool')}
                  />
                )}
                <Typography.Text type="secondary">{t('cooperation.finder.where')}</Typography.Text>
                <RegionSelect value={view.regionId} onChange={(regionId) => update({ regionId })} placeholder={t('cooperation.finder.otherRegions')} />
                <Select
                  allowClear
                  value={view.stage}
                  onChange={(stage) => update({ stage })}
                  options={STAGES.map((stage) => ({ value: stage, label: t(`stages.${stage}`) }))}
                  placeholder={t('cooperation.finder.sameStages')}
                  aria-label={t('cooperation.finder.stage')}
                />
                <Typography.Text type="secondary">{t('cooperation.finder.size')}</Typography.Text>
                <Flex gap={8} align="center">
                  <InputNumber
                    min={0}
                    max={100000}
                    precision={0}
                    value={view.minPupils ?? null}
                    placeholder={t('cooperation.finder.min')}
                    aria-label={t('cooperation.finder.minPupils')}
                    onChange={(n) => update({ minPupils: typeof n === 'number' ? n : undefined })}
                    style={field}
                  />
                  –
                  <InputNumber
                    min={0}
                    max={100000}
                    precision={0}
                    value={view.maxPupils ?? null}
                    placeholder={t('cooperation.finder.max')}
                    aria-label={t('cooperation.finder.maxPupils')}
                    onChange={(n) => update({ maxPupils: typeof n === 'number' ? n : undefined })}
                    style={field}
                  />
                </Flex>
                <Typography.Text type="secondary">{t('cooperation.finder.theirStrengths')}</Typography.Text>
                <ProfileTagSelect value={view.strengths} onChange={(strengths) => update({ strengths })} placeholder={t('cooperation.finder.anyStrength')} />
                <Typography.Text type="secondary">{t('cooperation.finder.theirNeeds')}</Typography.Text>
                <ProfileTagSelect value={view.needs} onChange={(needs) => update({ needs })} placeholder={t('cooperation.finder.anyNeed')} />
              </Flex>
            </Card>
            {view.schoolId && <ProfileCard schoolId={view.schoolId} />}
          </Flex>
        </Col>
        <Col xs={24} lg={16}>
          {!view.schoolId ? (
            <Result status="info" title={t('cooperation.finder.chooseSchool')} />
          ) : partners.isError ? (
            <QueryError error={partners.error} onRetry={() => void partners.refetch()} />
          ) : !partners.data ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : (
            <Flex vertical gap={8}>
              <Typography.Text type="secondary" aria-live="polite">
                {t('cooperation.finder.considered', { count: partners.data.considered, shown: partners.data.items.length })}
              </Typography.Text>
              <SuggestionList schoolId={view.schoolId} items={partners.data.items} canPropose={canPropose} />
            </Flex>
          )}
        </Col>
      </Row>
    </>
  );
}
