import { Typography, theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/** The page's one h1, at the size of an h3: every page names itself to screen readers and outlines. */
export function PageTitle({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  const { token } = theme.useToken();
  return (
    <Typography.Title level={1} style={{ fontSize: token.fontSizeHeading3, lineHeight: token.lineHeightHeading3, ...style }}>
      {children}
    </Typography.Title>
  );
}
