import { expect } from 'vitest';
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import type { Locale } from '../../common/locales.ts';
import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD } from '../../server/src/db/seed/demo.seed.ts';
import type { Db } from '../../server/src/platform/db/database.ts';
import '../../server/src/module-list.ts';
import { errorText, formatMessage, type ErrorCode } from '../../server/src/platform/i18n/error-messages.ts';
import enUS from '../../web/src/locales/en-US.json' with { type: 'json' };
import zhCN from '../../web/src/locales/zh-CN.json' with { type: 'json' };

// What the browser tests know about the app: its message files, the demo accounts, signing in.

/** The web app's own message files: tests find labels as a person reading that language does. */
export const ui: Record<Locale, typeof zhCN> = { 'zh-CN': zhCN, 'en-US': enUS };

/** A server error message as the caller's language shows it. */
export const serverMessage = (code: ErrorCode, locale: Locale, params: Record<string, string | number> = {}): string =>
  formatMessage(errorText(code, locale), params);

/** A web message with its {{placeholders}} filled, as i18next shows it. */
export const fillMessage = (template: string, params: Record<string, string | number>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name]));

/**
 * Exact-name matcher tolerant of spacing: antd writes two-character Chinese buttons as '登 录'.
 * Other text (icon labels such as 'mobile') may precede the name, so only the end is anchored.
 */
export function loose(text: string): RegExp {
  const pattern = [...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
  return new RegExp(`(^|\\s)${pattern}$`);
}

export const ADMIN_USERNAME = 'admin';

/** The TOTP code the demo platform admin's authenticator would show now. */
export const adminTotpCode = (): string => new TOTP({ secret: Secret.fromBase32(DEMO_ADMIN_TOTP_SECRET) }).generate();

/** Test set-up: the language saved on an account, which the app applies after sign-in. */
export async function setSavedLocale(db: Db, username: string, locale: Locale): Promise<void> {
  await db.updateTable('users').set({ locale }).where('username', '=', username).execute();
}

/** The page's language, as the app set it on <html lang>. */
const pageLocale = (page: Page): Promise<Locale> => page.evaluate(() => (document.documentElement.lang === 'en-US' ? 'en-US' : 'zh-CN'));

/** Fills the staff sign-in form (in whichever language the page shows) and submits it. */
export async function submitPassword(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  const t = ui[await pageLocale(page)];
  await page.getByLabel(t.auth.username, { exact: true }).fill(username);
  await page.getByLabel(t.auth.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: loose(t.auth.signIn) }).click();
}

/**
 * Signs a demo staff account in through the sign-in page (the platform admin also through the
 * authenticator step) and waits for the overview's greeting.
 */
export async function signInStaff(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await submitPassword(page, username);
  if (username === ADMIN_USERNAME) {
    const t = ui[await pageLocale(page)];
    await page.getByRole('heading', { name: t.auth.totpTitle }).waitFor();
    await page.getByLabel(t.auth.totpCode, { exact: true }).fill(adminTotpCode());
    await page.getByRole('button', { name: loose(t.auth.verify) }).click();
  }
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('heading', { name: /^(您好，|Hello, )/ }).waitFor();
}

/**
 * Signs a demo staff account in through the API (as the sign-in page would), then opens `path`:
 * for tests about what comes after sign-in. The page's context keeps the session cookie.
 */
export async function signInByApi(page: Page, username: string, path: string): Promise<void> {
  const api = page.request;
  const { csrfToken } = (await (await api.get('/api/auth/session')).json()) as { csrfToken: string };
  const login = await api.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD }, headers: { 'x-csrf-token': csrfToken } });
  expect(login.status(), await login.text()).toBe(200);
  const result = (await login.json()) as { next: string; csrfToken: string };
  if (result.next === 'totp') {
    const verified = await api.post('/api/auth/totp/verify', { data: { code: adminTotpCode() }, headers: { 'x-csrf-token': result.csrfToken } });
    expect(verified.status(), await verified.text()).toBe(200);
  } else {
    expect(result.next).toBe('done');
  }
  await page.goto(path);
}

/** The side menu (desktop) or the drawer's menu (phones). */
export const mainMenu = (page: Page) => page.getByRole('navigation', { name: /^(主菜单|Main menu)$/ });

/** The labels of the menu items, in order, as shown (icons' names left out). */
export async function menuLabels(page: Page): Promise<string[]> {
  const items = mainMenu(page).getByRole('menuitem');
  await items.first().waitFor();
  return (await items.allInnerTexts()).map((text) => text.trim());
}

/** Waits until the menu shows exactly these labels (the saved language may apply a moment after the first render). */
export async function expectMenu(page: Page, labels: string[]): Promise<void> {
  await expect.poll(() => menuLabels(page), { timeout: 10_000 }).toEqual(labels);
}

/** Nothing wider than the window: a phone never needs to scroll sideways. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${innerWidth}px window`).toBeLessThanOrEqual(innerWidth);
}

/** Clicks 中文 or English in the language switch the page shows (header, sign-in page or drawer). */
export async function switchLanguage(page: Page, to: Locale): Promise<void> {
  const from = await pageLocale(page);
  const group = page.getByRole('radiogroup', { name: ui[from].common.language });
  await group.getByText(to === 'en-US' ? 'English' : '中文', { exact: true }).click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, to);
}
