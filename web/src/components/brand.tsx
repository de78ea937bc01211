import { Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';

/** The product mark and name; `compact` drops the second line where space is short. */
export function Brand({ inverse = false, compact = false }: { inverse?: boolean; compact?: boolean }) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const color = inverse ? token.colorTextLightSolid : undefined;
  return (
    <Flex align="center" gap={10} style={{ minWidth: 0 }}>
      <img src="/favicon.svg" alt="" width={32} height={32} style={{ flex: 'none' }} />
      <Flex vertical style={{ minWidth: 0, lineHeight: 1.2 }}>
        <Typography.Text strong ellipsis style={{ color, fontSize: 16 }}>
          {t('app.name')}
        </Typography.Text>
        {!compact && (
          <Typography.Text ellipsis style={{ color: inverse ? 'rgba(255,255,255,0.75)' : undefined, fontSize: 12 }} type={inverse ? undefined : 'secondary'}>
            {t('app.tagline')}
          </Typography.Text>
        )}
      </Flex>
    </Flex>
  );
}
