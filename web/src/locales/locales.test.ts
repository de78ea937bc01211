import { describe, expect, it } from 'vitest';
import enUS from './en-US.json';
import zhCN from './zh-CN.json';

type Messages = { [key: string]: string | Messages };

/** 'a.b.c' → message, for every leaf of the tree. */
function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (message: string) => [...message.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('web message files', () => {
  const zh = flatten(zhCN);
  const en = flatten(enUS);

  it('have the same keys', () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('have no empty messages', () => {
    for (const [key, message] of [...zh, ...en]) expect(message.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, message] of zh) expect(placeholders(en.get(key) ?? ''), key).toEqual(placeholders(message));
  });

  it('keep Chinese text out of the English file, except where a name is given in both languages', () => {
    const bilingual = new Set(['app.tagline']);
    for (const [key, message] of en) if (!bilingual.has(key)) expect(message, key).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
