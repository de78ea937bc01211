import { ArrowLeftOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from './page-title.tsx';

interface PageHeaderProps {
  title: ReactNode;
  subtitle?: ReactNode;
  /** Where the back arrow leads; no arrow without it. */
  backTo?: string;
  extra?: ReactNode;
}

/** The title row of every page: wraps under the title on narrow screens instead of squeezing it. */
export function PageHeader({ title, subtitle, backTo, extra }: PageHeaderProps) {
  const { t } = useTranslation();
  return (
    <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 16 }}>
      <Flex align="flex-start" gap={8} style={{ minWidth: 0, flex: '1 1 240px' }}>
        {backTo && (
          <Link to={backTo} aria-label={t('common.back')} title={t('common.back')} style={{ padding: '6px 8px 0 0', fontSize: 18, color: 'inherit' }}>
            <ArrowLeftOutlined aria-hidden />
          </Link>
        )}
        <div style={{ minWidth: 0 }}>
          <PageTitle style={{ margin: 0, wordBreak: 'break-word' }}>{title}</PageTitle>
          {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
        </div>
      </Flex>
      {extra && (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      )}
    </Flex>
  );
}
