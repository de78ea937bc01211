import { App } from 'antd';
import { createElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client.ts';
import type { ReviewOutcome } from '../api/review-types.ts';
import { isStale } from './review-errors.ts';

interface ReviewActionsOptions {
  /** The version on screen. */
  version: number;
  /** Reads the application again (after someone else acted first). */
  reload: () => Promise<unknown>;
}

/**
 * Runs the reviewer's decisions one at a time with the newest version known (each decision moves it), and
 * turns "someone else was first" into a notice above the page plus a fresh copy of the application.
 */
export function useReviewActions({ version, reload }: ReviewActionsOptions) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [knownVersion, setKnownVersion] = useState(0);
  const [stale, setStale] = useState<ApiError | null>(null);
  const [generation, setGeneration] = useState(0);
  const [busy, setBusy] = useState(false);
  const current = Math.max(version, knownVersion);

  const act = async (run: (version: number) => Promise<ReviewOutcome | { version: number }>, done: string): Promise<boolean> => {
    setStale(null);
    setBusy(true);
    try {
      const outcome = await run(current);
      setKnownVersion(outcome.version);
      void message.success(done);
      return true;
    } catch (err) {
      if (isStale(err)) {
        setStale(err);
        await reload();
        setGeneration((g) => g + 1);
        // The notice is above the page: bring it into view from wherever the button was.
        window.scrollTo({ top: 0 });
      } else {
        const title = err instanceof Error ? err.message : t('errors.loadFailed');
        // Field messages that only repeat the title add nothing.
        const fields = err instanceof ApiError ? [...new Set(err.fields.map((f) => f.message))].filter((m) => m && m !== title) : [];
        modal.error({
          title,
          content:
            fields.length > 0
              ? createElement(
                  'ul',
                  { style: { paddingInlineStart: 18 } },
                  fields.map((m) => createElement('li', { key: m }, m)),
                )
              : undefined,
        });
      }
      return false;
    } finally {
      setBusy(false);
    }
  };

  /** `generation` changes when the page was reloaded after a conflict: forms keyed by it start afresh. */
  return { act, busy, stale, generation, dismissStale: () => setStale(null) };
}
