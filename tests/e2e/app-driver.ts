/**
 * What every browser journey shares: one Chromium and one renderer server per test file, a fresh app
 * session per test that must end with no console errors and no native dialogs, and the ways a test
 * reads the timeline.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { type AppSession, launchBrowser, openApp, type StaticServer, serveRenderer } from './harness';

export type StartOptions = Parameters<typeof openApp>[2];

/** Registers the file's hooks; call `start()` in a test to open the app. */
export function appUnderTest(): {
  start: (options?: StartOptions) => Promise<AppSession>;
  /** The server of the built renderer, which can also serve pages a test adds. */
  server: () => StaticServer;
} {
  let browser: Browser;
  let server: StaticServer;
  const sessions: AppSession[] = [];

  beforeAll(async () => {
    server = await serveRenderer(inject('rendererDir'));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    for (const session of sessions.splice(0)) {
      // Nothing the app did may have produced an error or a CSP violation in the console.
      expect(session.problems).toEqual([]);
      expect(session.nativeDialogs).toEqual([]);
      await session.close();
    }
  });

  return {
    server: () => server,
    async start(options = {}) {
      const session = await openApp(browser, server.url, options);
      sessions.push(session);
      return session;
    },
  };
}

// A point item is drawn as two .vis-item elements (label and dot); count the labelled ones. vis-timeline
// only draws what is in view, so totals are read from the timeline's data-items attribute.
export const timelineItems = (page: Page): Locator =>
  page.locator('[data-testid="timeline"] .vis-item:not(.vis-dot)');
export const itemTotal = async (page: Page) =>
  Number(await page.getByTestId('timeline').getAttribute('data-items'));
export const laneLabels = (page: Page) =>
  page.locator('[data-testid="timeline"] .tl-lane-label').allTextContents();

export async function visibleWindow(page: Page): Promise<{ start: number; end: number }> {
  const timeline = page.getByTestId('timeline');
  return {
    start: Number(await timeline.getAttribute('data-window-start')),
    end: Number(await timeline.getAttribute('data-window-end')),
  };
}

/** The window once animations have finished: unchanged for longer than an animation lasts. */
export async function settledWindow(page: Page): Promise<{ start: number; end: number }> {
  let previous = await visibleWindow(page);
  let stable = 0;
  for (let i = 0; i < 60 && stable < 5; i++) {
    await page.waitForTimeout(150);
    const current = await visibleWindow(page);
    stable = current.start === previous.start && current.end === previous.end ? stable + 1 : 0;
    previous = current;
  }
  return previous;
}

export async function loadSamples(session: AppSession): Promise<void> {
  const { page } = session;
  await page.getByRole('button', { name: 'Load sample articles' }).click();
  await expect.poll(() => timelineItems(page).count()).toBeGreaterThan(0);
  await expect.poll(() => page.getByTestId('empty-state').count()).toBe(0);
}
