import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format.ts';
import type { Grant } from '../types/api.ts';

export const ROLE_COLORS = {
  platform_admin: 'red',
  bureau_admin: 'blue',
  bureau_reviewer: 'geekblue',
  school_admin: 'green',
  teacher: 'cyan',
  guardian: 'orange',
} as const;

/** A user's roles, each with the organization it applies to. */
export function GrantTags({ grants }: { grants: readonly Grant[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Flex gap={4} wrap>
      {grants.map((g) => (
        <Tag key={g.id} color={ROLE_COLORS[g.role]} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
          {t(`roles.${g.role}`)}
          {g.organizationId && ` · ${format.name(g.organizationNameZh, g.organizationNameEn)}`}
        </Tag>
      ))}
    </Flex>
  );
}
