import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { waitUntilSettled } from './browser.ts';

// axe-core's browser build, read once. Evaluated through the DevTools protocol, not a <script>: the
// platform's Content-Security-Policy (rightly) refuses inline scripts.
let axeSource: string | null = null;
const loadAxe = (): string => (axeSource ??= readFileSync(join(dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'), 'utf8'));

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Problems inside third-party widgets that the app cannot reach, each with the reason it is let through.
 * Keep this short: anything the app's own markup causes is fixed, not listed here.
 */
const ACCEPTED: readonly { id: string; target: RegExp; why: string }[] = [
  { id: 'aria-required-children', target: /(^|\s)\.ant-tabs-nav$/, why: "antd's Tabs keeps its overflow button ('more tabs') inside role=tablist" },
];

const isAccepted = (id: string, target: string): boolean => ACCEPTED.some((a) => a.id === id && a.target.test(target));

/** Runs axe-core on the page as it is now and lists the violations of the given impacts. */
export async function findViolations(page: Page, impacts: readonly string[] = ['serious', 'critical']): Promise<Violation[]> {
  await waitUntilSettled(page);
  // Colours are read mid-fade otherwise (a popup closing, a modal opening): wait for finite animations to end.
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getComputedTiming().iterations === Infinity),
  );
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(loadAxe());
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: {
        run: (
          context: Document,
          options: object,
        ) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }>;
      };
    };
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')) }));
  });
  return violations
    .map((v) => ({ ...v, targets: v.targets.filter((target) => !isAccepted(v.id, target)) }))
    .filter((v) => v.targets.length > 0 && v.impact !== null && impacts.includes(v.impact));
}

/** Fails listing every serious or critical accessibility problem axe-core finds: rule, impact, elements. */
export async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  const violations = await findViolations(page);
  const report = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.targets.slice(0, 8).join('\n    ')}${v.targets.length > 8 ? `\n    … ${v.targets.length - 8} more` : ''}`,
  );
  expect(report, `accessibility of ${label} (${page.url()})`).toEqual([]);
}
