import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { startPlatform, type RunningPlatform } from './platform.ts';

/** One running platform and one browser per test file: started before its tests, stopped after them. */
export function useRunningPlatform(receive: (platform: RunningPlatform, browser: Browser) => void): void {
  let platform: RunningPlatform | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [platform, browser] = await Promise.all([startPlatform(), launchBrowser()]);
    receive(platform, browser);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });
}
