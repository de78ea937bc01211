import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const SCREENSHOT_DIR = resolve('test-results/screenshots');

export const VIEWPORTS = {
  phone: { width: 375, height: 812 },
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

export async function newContext(browser: Browser, baseURL: string, viewport: keyof typeof VIEWPORTS, locale: 'zh-CN' | 'en-US' = 'zh-CN'): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: VIEWPORTS[viewport], locale, deviceScaleFactor: 1, acceptDownloads: true });
  // Show the UI in the chosen language before sign-in (the app keeps the choice in localStorage).
  await context.addInitScript((lang) => window.localStorage.setItem('shuangcheng.locale', lang), locale);
  return context;
}

/** Saves a full-page screenshot under test-results/screenshots for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
