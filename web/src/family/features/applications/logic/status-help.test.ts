import { describe, expect, it } from 'vitest';
import { statusHelpKey } from './status-help.ts';

const facts = (status: Parameters<typeof statusHelpKey>[0]['status'], more: Partial<Parameters<typeof statusHelpKey>[0]> = {}) => ({
  status,
  allowedActions: [],
  policy: { isWindowOpen: true },
  appeal: null,
  ...more,
});

describe('statusHelpKey', () => {
  it('offers an appeal only while one may be filed', () => {
    expect(statusHelpKey(facts('rejected', { allowedActions: ['appeal'] }))).toBe('rejected');
    expect(statusHelpKey(facts('rejected'))).toBe('rejected_final');
    expect(statusHelpKey(facts('rejected', { appeal: { status: 'dismissed' } }))).toBe('rejected_after_appeal');
  });

  it('tells a draft after the window that it can no longer be submitted', () => {
    expect(statusHelpKey(facts('draft'))).toBe('draft');
    expect(statusHelpKey(facts('draft', { policy: { isWindowOpen: false } }))).toBe('draft_closed');
  });

  it('keeps the plain sentence of every other state', () => {
    for (const status of ['submitted', 'approved', 'appealed', 'placed', 'unplaced', 'accepted', 'declined', 'enrolled', 'no_show', 'withdrawn'] as const) {
      expect(statusHelpKey(facts(status))).toBe(status);
    }
  });
});
