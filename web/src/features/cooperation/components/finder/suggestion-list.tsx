import { SendOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../../app/paths.ts';
import { ButtonLink } from '../../../../components/button-link.tsx';
import { useFormat } from '../../../../lib/format.ts';
import type { PartnerSuggestion } from '../../api/cooperation-types.ts';
import { ReasonTags } from './reason-tags.tsx';
import { listText } from '../../logic/list-text.ts';

interface SuggestionListProps {
  schoolId: string;
  items: PartnerSuggestion[];
  /** Whether the caller may propose for the school (its admin). */
  canPropose: boolean;
}

/** The suggestions, best first: who, where, why, and a way to propose a pairing with them. */
export function SuggestionList({ schoolId, items, canPropose }: SuggestionListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return <Empty description={t('cooperation.finder.none')} />;
  const best = Math.max(...items.map((s) => s.score), 1);
  return (
    <Flex vertical gap={12} role="list" aria-label={t('cooperation.finder.results')}>
      {items.map((s, index) => {
        const school = s.school;
        const name = format.name(school.nameZh, school.nameEn);
        return (
          <Card key={school.id} size="small" role="listitem" aria-label={name}>
            <Flex gap={12} wrap justify="space-between" align="flex-start">
              <Flex vertical gap={6} style={{ flex: '1 1 260px', minWidth: 0 }}>
                <Typography.Text strong style={{ fontSize: 16 }}>
                  {index + 1}. {name}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[
                    format.name(school.regionNameZh, school.regionNameEn),
                    listText(
                      format.locale,
                      school.stages.map((stage) => t(`stages.${stage}`)),
                    ),
                    school.pupilCount === null ? null : t('cooperation.finder.pupils', { count: school.pupilCount }),
                    // The distance is a reason of its own when it counted; otherwise it is still worth knowing.
                    s.distanceKm === null || s.reasons.some((r) => r.kind === 'distance')
                      ? null
                      : t('cooperation.finder.reasons.distance', { km: format.number(Math.round(s.distanceKm)) }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography.Text>
                <ReasonTags reasons={s.reasons} />
              </Flex>
              <Flex gap={12} align="center" style={{ flex: '0 0 auto' }}>
                <Progress
                  type="circle"
                  size={48}
                  percent={Math.round((s.score / best) * 100)}
                  format={() => format.number(Math.round(s.score * 10) / 10)}
                  aria-label={t('cooperation.finder.score')}
                />
                {canPropose && (
                  <ButtonLink
                    type="primary"
                    size="small"
                    icon={<SendOutlined aria-hidden />}
                    to={paths.cooperation.newPairing.getHref(schoolId, [school.id])}
                    aria-label={t('cooperation.finder.proposeWith', { name })}
                  >
                    {t('cooperation.finder.propose')}
                  </ButtonLink>
                )}
              </Flex>
            </Flex>
          </Card>
        );
      })}
    </Flex>
  );
}
