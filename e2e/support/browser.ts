import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const SCREENSHOT_DIR = resolve('test-results/screenshots');

export const VIEWPORTS = {
  phone: { width: 375, height: 812 },
  /** The family app's reference phone (the width most Android phones in China report). */
  familyPhone: { width: 390, height: 844 },
  narrowPhone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 800 },
} as const;

/** Debian's Chromium, headless, with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export async function newContext(
  browser: Browser,
  baseURL: string,
  viewport: keyof typeof VIEWPORTS,
  locale: 'zh-CN' | 'en-US' = 'zh-CN',
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: VIEWPORTS[viewport], locale, deviceScaleFactor: 1, acceptDownloads: true });
  // Well under the test timeout, so a missing element fails with its own message rather than a test timeout.
  context.setDefaultTimeout(15_000);
  // The device's language before sign-in (the app keeps the choice in localStorage). Only when none is
  // stored yet: a choice made on the page must survive a reload, as on a real device.
  await context.addInitScript((lang) => {
    if (!window.localStorage.getItem('shuangcheng.locale')) window.localStorage.setItem('shuangcheng.locale', lang);
  }, locale);
  return context;
}

// Signs of work in progress: a page chunk or a query loading, a button waiting for its answer (antd in the
// staff app; .loading and aria-busy in the family app).
const BUSY = '.ant-spin-spinning, .ant-skeleton-active, .ant-btn-loading, .loading, [aria-busy="true"]';

/** Waits until nothing on the page is loading, so that a screenshot shows the page, not a spinner. */
export async function waitUntilSettled(page: Page): Promise<void> {
  await page.waitForFunction((selector) => document.querySelector(selector) === null, BUSY);
}

/** Saves a screenshot (of the whole page unless told: overlays such as drawers cover only the window) under test-results/screenshots for a person to look at. */
export async function screenshot(page: Page, name: string, { fullPage = true }: { fullPage?: boolean } = {}): Promise<string> {
  await waitUntilSettled(page);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  // Transitions fast-forwarded: a form re-enabled a moment ago shows enabled, not half-faded.
  await page.screenshot({ path, fullPage, animations: 'disabled' });
  return path;
}

/** Runs `use` on a page of a fresh context (own cookies and storage), closing the context afterwards. */
export async function withPage(
  browser: Browser,
  baseURL: string,
  viewport: keyof typeof VIEWPORTS,
  locale: 'zh-CN' | 'en-US',
  use: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await newContext(browser, baseURL, viewport, locale);
  try {
    await use(await context.newPage());
  } finally {
    await context.close();
  }
}
