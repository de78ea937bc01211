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
// Text of every kind reaches WCAG's 4.5:1 on white: secondary text, labels and placeholders at 56–60 %
// black (antd's 45 % and 25 % are 3.4:1 and 1.8:1), links and info in the brand blue (6.4:1; antd's
// #1677ff is 4.1:1), errors in red 7, success and warning texts and tag texts a shade or two darker than antd's.
const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d5fa8',
    colorInfo: '#1d5fa8',
    colorLink: '#1d5fa8',
    // Darker under the pointer, not lighter: antd's derived hover blue is 3.2:1.
    colorLinkHover: '#104182',
    colorLinkActive: '#104182',
    colorError: '#cf1322',
    colorSuccessText: '#237804',
    colorWarningText: '#874d00',
    colorBgLayout: '#f5f7fa',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    fontFamily: FONT_FAMILY,
    borderRadius: 8,
  },
  components: {
    Layout: { headerBg: '#ffffff', headerHeight: 64, siderBg: '#ffffff' },
    // An empty table's message ("no runs yet") is text to read, not a disabled control.
    Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' },
    Tag: {
      colorSuccess: '#237804',
      colorWarning: '#874d00',
      cyan7: '#006d75',
      green7: '#237804',
      orange7: '#ad4e00',
      volcano7: '#ad2102',
      gold7: '#874d00',
      yellow7: '#876800',
      lime7: '#3f6600',
    },
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
        <ErrorBoundary>{children}</ErrorBoundary>
      </LocalizedAntd>
    </QueryClientProvider>
  );
}
