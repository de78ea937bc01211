import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { queryClient } from '../lib/query-client.ts';

// System fonts only (no web font download). Latin fonts come first so that quotes and digits keep their
// Latin shapes; Chinese falls through to PingFang (Apple), YaHei (Windows) or Noto Sans CJK (Linux).
const FONT_FAMILY =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

// The one place with colour values: components read them (and spacing) through theme.useToken().
const theme: ThemeConfig = {
  token: { colorPrimary: '#1d5fa8', colorBgLayout: '#f5f7fa', fontFamily: FONT_FAMILY, borderRadius: 8 },
  components: {
    Layout: { headerBg: '#ffffff', headerHeight: 64, siderBg: '#ffffff' },
  },
};

function LocalizedAntd({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en-US' ? enUS : zhCN} theme={theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <LocalizedAntd>
        <ErrorBoundary>
          {children}
        </ErrorBoundary>
      </LocalizedAntd>
    </QueryClientProvider>
  );
}
