import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PartnerSuggestion } from '../../api/cooperation-types.ts';
import { useFormat } from '../../../../lib/format.ts';
import { profileTagLabel } from '../profile-tag-label.ts';
import { listText } from '../../logic/list-text.ts';

const COLORS: Record<PartnerSuggestion['reasons'][number]['kind'], string> = {
  complementary_strength: 'green',
  complementary_need: 'cyan',
  same_stage: 'blue',
  not_yet_paired: 'gold',
  distance: 'purple',
  similar_size: 'geekblue',
};

/** Why a school was suggested, each reason a tag. */
export function ReasonTags({ reasons }: { reasons: PartnerSuggestion['reasons'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = (tags?: readonly Parameters<typeof profileTagLabel>[1][]) =>
    listText(
      format.locale,
      (tags ?? []).map((tag) => profileTagLabel(t, tag)),
    );
  const text = (r: PartnerSuggestion['reasons'][number]) => {
    switch (r.kind) {
      case 'complementary_strength':
        return t('cooperation.finder.reasons.complementary_strength', { tags: list(r.tags) });
      case 'complementary_need':
        return t('cooperation.finder.reasons.complementary_need', { tags: list(r.tags) });
      case 'same_stage':
        return t('cooperation.finder.reasons.same_stage', {
          stages: listText(
            format.locale,
            (r.stages ?? []).map((s) => t(`stages.${s}`)),
          ),
        });
      case 'distance':
        return t('cooperation.finder.reasons.distance', { km: format.number(Math.round(r.km ?? 0)) });
      default:
        return t(`cooperation.finder.reasons.${r.kind}`);
    }
  };
  return (
    <Flex gap={4} wrap>
      {reasons.map((r) => (
        <Tag key={r.kind} color={COLORS[r.kind]} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
          {text(r)}
        </Tag>
      ))}
    </Flex>
  );
}
