/**
 * Image export as a user does it: the export dialog, the visible range or the whole timeline, width and
 * scale, PNG decoded with pngjs, SVG parsed by Chromium. Exported images are copied to
 * /tmp/eventline-shots/ to be looked at.
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { TimelineDocument, TimelineEvent } from '../../preload/domain';
import { generatedTimeline } from '../bench/generated-timeline';
import { manualEvent } from '../unit/fixtures';
import { appUnderTest } from './app-driver';
import { SHOTS_DIR } from './paths';

const { start } = appUnderTest();

const MARKUP_TITLE = '<b>Bold</b> <img src=x>';

const manual = (id: string, start: string, title: string, end?: string): TimelineEvent =>
  manualEvent(id, start, title, end ? { end } : {});

const SMALL: TimelineDocument = {
  version: 1,
  articles: [],
  events: [
    manual('e1', '2024-01-10', 'Council approves the transport plan'),
    manual('e2', '2024-02-14', MARKUP_TITLE),
    manual('e3', '2024-03-01', 'Bridge closed for repairs', '2024-04-15'),
    manual('e4', '2024-06-20', 'Ferry strike ends'),
  ],
  tags: [],
};

async function waitForItems(page: Page, count: number): Promise<void> {
  await expect
    .poll(async () => Number(await page.getByTestId('timeline').getAttribute('data-items')))
    .toBe(count);
}

async function openDialog(page: Page) {
  // Scoped locators: a role query over the whole page computes the accessible name of every element,
  // which takes seconds once the list shows 10,000 events.
  await page.locator('.toolbar button[aria-haspopup="menu"]', { hasText: 'Export' }).click();
  await page.locator('[role="menu"]').getByRole('menuitem', { name: 'Export PNG image…' }).click();
  const dialog = page.getByTestId('export-image-dialog');
  await dialog.waitFor();
  return dialog;
}

/** Share of pixels darker than light grey: 0 for a blank image. */
function ink(png: PNG): number {
  let dark = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if (png.data[i] + png.data[i + 1] + png.data[i + 2] < 600) dark++;
  return dark / (png.width * png.height);
}

async function keep(path: string, name: string): Promise<void> {
  await mkdir(SHOTS_DIR, { recursive: true });
  await copyFile(path, join(SHOTS_DIR, name));
}

interface ParsedSvg {
  error: string | null;
  root: string;
  texts: string[];
  foreign: number;
  handlers: boolean;
}

/**
 * Parses SVG text with Chromium's XML parser and reports what a reader of the file would see. (Written
 * as page script text: this project's Node typings have no DOM.)
 */
async function parseSvg(page: Page, svg: string): Promise<ParsedSvg> {
  return page.evaluate(`(() => {
    const doc = new DOMParser().parseFromString(${JSON.stringify(svg)}, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      texts: Array.from(doc.querySelectorAll('text'), (t) => t.textContent ?? ''),
      foreign: doc.querySelectorAll('script, img, b, foreignObject, iframe').length,
      handlers: Array.from(doc.querySelectorAll('*')).some((e) => e.getAttributeNames().some((n) => n.startsWith('on'))),
    };
  })()`);
}

/** Shows an SVG in Chromium as an <img> and saves a screenshot of it, to look at how it renders. */
async function screenshotSvg(page: Page, svg: string, name: string): Promise<void> {
  const probe = await page.context().newPage();
  await probe.setViewportSize({ width: 1700, height: 900 });
  await probe.setContent(
    `<body style="margin:0;background:#888"><img alt="" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" style="width:1600px"></body>`,
  );
  await probe.waitForFunction('document.images[0]?.complete');
  await mkdir(SHOTS_DIR, { recursive: true });
  await probe.screenshot({ path: join(SHOTS_DIR, name), fullPage: true });
  await probe.close();
}

describe('image export', () => {
  it('exports the visible range and the whole timeline as PNG at the chosen width and scale', async () => {
    const session = await start();
    const { page } = session;
    await page.getByRole('button', { name: 'Load sample articles' }).click();
    await expect.poll(() => session.store().read().events.length).toBeGreaterThan(0);
    const total = session.store().read().events.length;
    await waitForItems(page, total);
    // Zoomed in, then brought to the latest event: the screen shows some events but not all.
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.locator('.event-list-item').last().click();
    await page.waitForTimeout(800);

    // The visible range at 2,400 px and 1×.
    let dialog = await openDialog(page);
    await dialog.getByRole('radio', { name: /The visible range/ }).check();
    await dialog.getByLabel('Width').selectOption('2400');
    await dialog.getByRole('radio', { name: '1×' }).check();
    await expect.poll(() => dialog.getByTestId('export-image-summary').textContent()).toMatch(/^2,400 × /);
    const visibleSummary = (await dialog.getByTestId('export-image-summary').textContent()) ?? '';
    const visibleCount = Number(/· ([\d,]+) events?/.exec(visibleSummary)?.[1].replace(/,/g, ''));
    expect(visibleCount).toBeGreaterThan(0);
    expect(visibleCount).toBeLessThan(total);
    await page.screenshot({ path: join(SHOTS_DIR, 'export-image-dialog.png') });
    const visiblePath = join(session.dir, 'visible.png');
    session.dialogs.nextSave(visiblePath);
    await dialog.getByRole('button', { name: 'Export PNG…' }).click();
    await expect.poll(() => page.getByTestId('success-message').textContent()).toContain(visiblePath);
    await expect.poll(() => page.getByTestId('export-image-dialog').count()).toBe(0);
    const visible = PNG.sync.read(await readFile(visiblePath));
    expect(visible.width).toBe(2400);
    expect(ink(visible)).toBeGreaterThan(0.003);
    await keep(visiblePath, 'export-image-visible.png');

    // The whole timeline at 1,600 px and 3×.
    dialog = await openDialog(page);
    await dialog.getByRole('radio', { name: '3×' }).check();
    await expect
      .poll(() => dialog.getByTestId('export-image-summary').textContent())
      .toContain(`${total.toLocaleString('en')} events`);
    const wholePath = join(session.dir, 'whole.png');
    session.dialogs.nextSave(wholePath);
    await dialog.getByRole('button', { name: 'Export PNG…' }).click();
    await expect.poll(() => page.getByTestId('success-message').textContent()).toContain(wholePath);
    const whole = PNG.sync.read(await readFile(wholePath));
    expect(whole.width).toBe(4800);
    expect(whole.height % 3).toBe(0);
    expect(ink(whole)).toBeGreaterThan(0.003);
    await keep(wholePath, 'export-image-whole.png');
  });

  it('refuses a custom width out of range and cancels without saving', async () => {
    const session = await start({ storeFile: JSON.stringify(SMALL) });
    const { page } = session;
    await waitForItems(page, SMALL.events.length);
    const dialog = await openDialog(page);
    await dialog.getByLabel('Width').selectOption('custom');
    await dialog.getByLabel('Custom width (px)').fill('300');
    await expect.poll(() => dialog.getByText(/between 800 and 8,000/).count()).toBe(1);
    expect(await dialog.getByRole('button', { name: 'Export PNG…' }).isDisabled()).toBe(true);
    await dialog.getByLabel('Custom width (px)').fill('1000');
    await expect.poll(() => dialog.getByRole('button', { name: 'Export PNG…' }).isEnabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByTestId('export-image-dialog').count()).toBe(0);
    expect(session.dialogs.asked).toEqual([]);
  });

  it('writes SVG that parses, with every title as text and markup kept as text', async () => {
    const session = await start({ storeFile: JSON.stringify(SMALL) });
    const { page } = session;
    await waitForItems(page, SMALL.events.length);

    const dialog = await openDialog(page);
    await dialog.getByRole('radio', { name: /SVG/ }).check();
    await dialog.getByRole('radio', { name: '2×' }).check();
    const target = join(session.dir, 'timeline.svg');
    session.dialogs.nextSave(target);
    await dialog.getByRole('button', { name: 'Export SVG…' }).click();
    await expect.poll(() => page.getByTestId('success-message').textContent()).toContain(target);
    expect(session.dialogs.asked.at(-1)).toMatch(/SVG/);
    const svg = await readFile(target, 'utf8');
    expect(svg).toMatch(/<svg [^>]*width="3200"/);

    const parsed = await parseSvg(page, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    for (const event of SMALL.events) expect(parsed.texts).toContain(event.title);
    expect(parsed.foreign).toBe(0);
    expect(parsed.handlers).toBe(false);
    expect(parsed.texts).toContain('Eventline timeline');
    await screenshotSvg(page, svg, 'export-image-svg.png');
  });

  it('exports what the filter shows', async () => {
    const session = await start({ storeFile: JSON.stringify(SMALL) });
    const { page } = session;
    await waitForItems(page, SMALL.events.length);
    await page.getByPlaceholder('Search events…').fill('Ferry');
    await expect.poll(() => page.locator('[data-testid="timeline"] .tl-item-label').count()).toBe(1);
    const dialog = await openDialog(page);
    await dialog.getByRole('radio', { name: /SVG/ }).check();
    await expect.poll(() => dialog.getByTestId('export-image-summary').textContent()).toContain('· 1 event');
    const target = join(session.dir, 'filtered.svg');
    session.dialogs.nextSave(target);
    await dialog.getByRole('button', { name: 'Export SVG…' }).click();
    await expect.poll(() => page.getByTestId('success-message').textContent()).toContain(target);
    const parsed = await parseSvg(page, await readFile(target, 'utf8'));
    expect(parsed.texts).toContain('Ferry strike ends');
    expect(parsed.texts).not.toContain('Council approves the transport plan');
    expect(parsed.texts.some((t) => t.includes('1 of 4 events (filtered)'))).toBe(true);
  });

  it('exports 10,000 events without labels running into each other', async () => {
    const document = generatedTimeline(10_000, { articles: 8 });
    const session = await start({ storeFile: JSON.stringify(document) });
    const { page } = session;
    await waitForItems(page, 10_000);
    const dialog = await openDialog(page);
    await dialog.getByLabel('Width').selectOption('3200');
    await dialog.getByRole('radio', { name: '1×' }).check();
    await expect
      .poll(() => dialog.getByTestId('export-image-summary').textContent())
      .toMatch(/without labels/);
    const target = join(session.dir, 'many.png');
    session.dialogs.nextSave(target);
    await dialog.getByRole('button', { name: 'Export PNG…' }).click();
    await expect
      .poll(() => page.getByTestId('success-message').textContent(), { timeout: 30_000 })
      .toContain(target);
    const png = PNG.sync.read(await readFile(target));
    expect(png.width).toBe(3200);
    expect(ink(png)).toBeGreaterThan(0.01);
    await keep(target, 'export-image-10k.png');
    // Loading 10,000 events into the page and drawing a 3,200 px image takes a while on a shared CI core.
  }, 150_000);
});
