import { Button, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../lib/i18n.ts';

interface State {
  error: Error | null;
}

/** Last line of defence: a render error shows a way back instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The browser console is the only place a client-side crash can be seen during support.
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return <CrashPage />;
  }
}

/** Also used by the router for errors thrown while loading a route (e.g. a chunk missing after a deploy). */
export function CrashPage() {
  return (
    <Result
      status="error"
      title={i18n.t('errors.crashTitle')}
      subTitle={i18n.t('errors.crashHint')}
      extra={
        <Button type="primary" onClick={() => window.location.assign('/')}>
          {i18n.t('errors.reload')}
        </Button>
      }
    />
  );
}
