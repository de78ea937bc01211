import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { choiceOf, EXCHANGE_KIND_LABELS, FOCUS_AREA_LABELS } from './import.labels.ts';

// An import accepts exactly the names the screens show: a person who copies 干部培训 or 讲座报告 from the
// pairing page into the sheet must not be refused.

const locale = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../../../web/src/locales/${name}.json`, import.meta.url), 'utf8')) as {
    cooperation: Record<string, Record<string, string>>;
  };
const screens = { 'zh-CN': locale('zh-CN'), 'en-US': locale('en-US') };

describe('import vocabulary', () => {
  it.each(['zh-CN', 'en-US'] as const)('names focus areas and exchange kinds as the screens do (%s)', (lang) => {
    expect(Object.fromEntries(Object.entries(FOCUS_AREA_LABELS).map(([key, label]) => [key, label[lang]]))).toEqual(screens[lang].cooperation.focusAreas);
    expect(Object.fromEntries(Object.entries(EXCHANGE_KIND_LABELS).map(([key, label]) => [key, label[lang]]))).toEqual(screens[lang].cooperation.exchangeKinds);
  });

  it('reads a name in either language, English in any case, and nothing else', () => {
    expect(choiceOf(FOCUS_AREA_LABELS, '干部培训')).toBe('cadre_training');
    expect(choiceOf(EXCHANGE_KIND_LABELS, ' 讲座报告 ')).toBe('lecture');
    expect(choiceOf(EXCHANGE_KIND_LABELS, 'study VISIT')).toBe('visit');
    expect(choiceOf(EXCHANGE_KIND_LABELS, '讲座')).toBeUndefined();
  });
});
