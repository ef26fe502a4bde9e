/**
 * The app driven as a user in Chromium: the built renderer, the real handler table, a temporary store.
 * Screenshots go to /tmp/eventline-shots/ to be looked at.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  appUnderTest,
  itemTotal,
  laneLabels,
  loadSamples,
  settledWindow,
  timelineItems,
  visibleWindow,
} from './app-driver';
import { SHOTS_DIR } from './paths';

const { start, server } = appUnderTest();

const itemLabels = (page: Page) =>
  page.locator('[data-testid="timeline"] .vis-item .tl-item-label').allTextContents();

async function exportMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

const ARTICLE = [
  'Harbour bridge reopens after repairs',
  '',
  'The harbour bridge reopened to traffic on Monday after eight months of repairs, the city said.',
  'Engineers closed the bridge on 3 July 2023 when cracks were found in two of its supports.',
  'The council approved a second phase of work, which will run from April to June 2025.',
  'A public hearing on tolls is planned for next month.',
].join('\n');

describe('Eventline in the browser', () => {
  it('offers the samples on first run and shows their events in one lane per article', async () => {
    const session = await start();
    const { page } = session;
    const empty = page.getByTestId('empty-state');
    await expect.poll(() => empty.isVisible()).toBe(true);
    const samples = await session.store().read();
    expect(samples.events).toHaveLength(0);
    await session.screenshot('00-empty-state');

    await loadSamples(session);
    const document = session.store().read();
    expect(document.articles.length).toBeGreaterThanOrEqual(3);
    await expect.poll(() => itemTotal(page)).toBe(document.events.length);
    expect(await timelineItems(page).count()).toBeGreaterThan(0);
    const lanes = await laneLabels(page);
    expect(lanes).toHaveLength(document.articles.length);
    for (const article of document.articles) {
      expect(lanes.some((label) => article.title.startsWith(label.replace(/…$/, '')))).toBe(true);
    }
    await session.screenshot('01-samples-loaded');

    // Selecting an extracted event shows its article and quoted sentence.
    const first = document.events.find((e) => e.quote)!;
    await page
      .getByRole('button', { name: new RegExp(escapeRegExp(first.title)) })
      .first()
      .click();
    const details = page.getByTestId('details');
    await expect.poll(() => details.locator('.details-title').textContent()).toBe(first.title);
    expect(await details.locator('blockquote').textContent()).toBe(first.quote);
    const article = document.articles.find((a) => a.id === first.articleId)!;
    expect(await details.locator('cite').textContent()).toBe(article.title);
    await expect.poll(() => page.locator('.vis-item.vis-selected:not(.vis-dot)').count()).toBe(1);
    // Picking it in the list zoomed the timeline to it.
    const zoomed = await settledWindow(page);
    expect(zoomed.end - zoomed.start).toBeLessThan(366 * 86_400_000);
    await session.screenshot('02-event-details');

    // Clicking an item on the timeline selects it too.
    await page.getByRole('button', { name: '← All events' }).click();
    await expect.poll(() => details.count()).toBe(0);
    await page.getByRole('button', { name: 'Fit all events' }).click();
    await timelineItems(page).filter({ hasText: first.title }).first().click();
    await expect.poll(() => details.locator('.details-title').textContent()).toBe(first.title);
  });

  it('imports a pasted article through the review, with a changed publication date', async () => {
    const session = await start();
    const { page } = session;
    await page.getByRole('button', { name: 'Import article' }).click();
    const dialog = page.getByTestId('import-dialog');
    await dialog.getByRole('button', { name: 'Find events' }).click();
    expect(await dialog.getByRole('alert').textContent()).toContain('Paste the article text first');

    await dialog.getByLabel('Article text').fill(ARTICLE);
    await session.screenshot('03a-import-compose');
    await dialog.getByRole('button', { name: 'Find events' }).click();
    const review = page.getByTestId('review-dialog');
    await review.waitFor();
    expect(await review.getByLabel('Article title').inputValue()).toBe(
      'Harbour bridge reopens after repairs',
    );
    // No date in the text: the review says today's date was used.
    expect(await review.textContent()).toContain('not found in the text');
    await review.getByLabel('Published').fill('2024-03-06');
    await review.getByRole('button', { name: 'Re-read with this date' }).click();
    await expect.poll(async () => (await review.textContent()) ?? '').toContain('set by you');
    const proposed = review.getByRole('checkbox');
    const count = await proposed.count();
    expect(count).toBeGreaterThanOrEqual(2);
    await session.screenshot('03-import-review');

    // Leave the first proposal out.
    await proposed.first().uncheck();
    await review.getByRole('button', { name: `Add ${count - 1} event${count - 1 === 1 ? '' : 's'}` }).click();
    await review.waitFor({ state: 'detached' });
    await expect.poll(() => itemTotal(page)).toBe(count - 1);
    const stored = session.store().read();
    expect(stored.articles).toHaveLength(1);
    expect(stored.articles[0].publishedAt).toBe('2024-03-06');
    expect(stored.articles[0].publishedAtSource).toBe('user');
    expect(await laneLabels(page)).toEqual(['Harbour bridge reopens after repairs']);
    // "on Monday" before Wednesday 6 March 2024 is 4 March.
    const reopened = stored.events.find((e) => e.quote?.includes('reopened to traffic'));
    if (reopened) expect(reopened.start).toBe('2024-03-04');

    // A new publication date re-reads the relative dates.
    await page.locator('.event-list-item').first().click();
    await page.getByTestId('details').getByRole('button', { name: 'Edit article…' }).click();
    const articleDialog = page.getByTestId('article-dialog');
    await articleDialog.getByLabel('Published').fill('2024-03-13');
    await articleDialog.getByRole('button', { name: 'Save changes' }).click();
    await articleDialog.waitFor({ state: 'detached' });
    const redated = session.store().read();
    expect(redated.articles[0].publishedAt).toBe('2024-03-13');
    const reopenedAgain = redated.events.find((e) => e.quote?.includes('reopened to traffic'));
    if (reopenedAgain) expect(reopenedAgain.start).toBe('2024-03-11');
    await page.getByRole('button', { name: '← All events' }).click();

    // The same text again is recognised.
    await page.getByRole('button', { name: 'Import article' }).click();
    await page.getByTestId('import-dialog').getByLabel('Article text').fill(ARTICLE);
    await page.getByTestId('import-dialog').getByRole('button', { name: 'Find events' }).click();
    const again = page.getByTestId('review-dialog');
    await again.waitFor();
    expect(await again.getByRole('status').textContent()).toContain('already in your timeline');
    await page.keyboard.press('Escape');
    await again.waitFor({ state: 'detached' });
  });

  it('opens an article file, a dropped file, and several files at once with progress', async () => {
    const session = await start();
    const { page } = session;
    const file = join(session.dir, 'council.txt');
    await writeFile(file, `Published: 2024-02-01\n\nCouncil votes on budget\n\n${ARTICLE}`, 'utf8');
    session.dialogs.nextOpen([file]);
    await page.getByRole('button', { name: 'Import article' }).click();
    await page.getByRole('button', { name: 'Open files…' }).click();
    const review = page.getByTestId('review-dialog');
    await review.waitFor();
    expect(await review.getByLabel('Published').inputValue()).toBe('2024-02-01');
    expect(await review.textContent()).toContain('found in a “Published:” line');
    await page.getByRole('button', { name: 'Close' }).click();
    await review.waitFor({ state: 'detached' });

    const dataTransfer = await page.evaluateHandle(`(() => {
      const data = new DataTransfer();
      data.items.add(new File([${JSON.stringify(ARTICLE)}], 'dropped.md', { type: 'text/markdown' }));
      return data;
    })()`);
    await page.locator('.app').dispatchEvent('drop', { dataTransfer });
    await review.waitFor();
    expect(await review.getByLabel('Article title').inputValue()).toBe(
      'Harbour bridge reopens after repairs',
    );
    await review.getByRole('button', { name: /^Add \d+ events?$/ }).click();
    await review.waitFor({ state: 'detached' });
    expect(session.store().read().articles[0].fileName).toBe('dropped.md');

    // Several files: imported in one go, duplicates skipped, unreadable ones reported.
    const second = join(session.dir, 'port.txt');
    await writeFile(
      second,
      'Published: 2023-11-20\n\nPort expansion approved\n\nThe port authority approved the expansion on Friday. Dredging starts in March 2024.',
      'utf8',
    );
    const broken = join(session.dir, 'empty.txt');
    await writeFile(broken, '', 'utf8');
    session.dialogs.nextOpen([file, second, join(session.dir, 'dropped-copy.md'), broken]);
    await writeFile(join(session.dir, 'dropped-copy.md'), ARTICLE, 'utf8');
    await page.getByRole('button', { name: 'Import article' }).click();
    await page.getByRole('button', { name: 'Open files…' }).click();
    const batch = page.getByTestId('batch-dialog');
    await batch.getByRole('heading', { name: 'Import finished' }).waitFor();
    const summary = (await batch.textContent()) ?? '';
    expect(summary).toContain('Added 2 articles');
    expect(summary).toContain('dropped-copy.md');
    await session.screenshot('08-batch-import');
    await batch.getByRole('button', { name: 'Done' }).click();
    await batch.waitFor({ state: 'detached' });
    expect(session.store().read().articles).toHaveLength(3);
    await expect.poll(() => itemTotal(page)).toBe(session.store().read().events.length);
  });

  it('imports an article from a link', async () => {
    const session = await start();
    const { page } = session;
    const url = server().addPage(
      '/news/harbour.html',
      `<!doctype html><html><head><title>Harbour bridge reopens | City News</title>
      <meta property="article:published_time" content="2024-03-06T08:00:00Z"></head>
      <body><header><nav>Home · News</nav></header><article><h1>Harbour bridge reopens after repairs</h1>
      ${ARTICLE.split('\n')
        .slice(2)
        .map((line) => `<p>${line}</p>`)
        .join('')}</article><footer>© City News</footer></body></html>`,
    );
    await page.getByRole('button', { name: 'Import article' }).click();
    await page.getByLabel('Link to an article').fill(url);
    await page.getByRole('button', { name: 'Fetch' }).click();
    const review = page.getByTestId('review-dialog');
    await review.waitFor();
    expect(await review.getByLabel('Published').inputValue()).toBe('2024-03-06');
    expect(await review.getByLabel('Article title').inputValue()).toContain('Harbour bridge reopens');
    await review.getByRole('button', { name: /^Add \d+ events?$/ }).click();
    await review.waitFor({ state: 'detached' });
    expect(session.store().read().articles[0].url).toBe(url);
  });

  it('adds a manual event with validation, keeps it across reload and restart, edits and deletes it', async () => {
    const session = await start();
    const { page } = session;
    // Dialogs close with Escape.
    await page.getByRole('button', { name: 'Add event' }).click();
    await page.getByTestId('event-dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('event-dialog').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Add event' }).click();
    const dialog = page.getByTestId('event-dialog');
    await dialog.getByRole('button', { name: 'Add event' }).click();
    expect(await dialog.textContent()).toContain('Give the event a title.');
    expect(await dialog.textContent()).toContain('Start is required.');

    await dialog.getByLabel('Title').fill('Team offsite');
    await dialog.getByLabel('Start').fill('2024-13-01');
    await dialog.getByRole('button', { name: 'Add event' }).click();
    expect(await dialog.textContent()).toContain('2024-13-01 is not a real date');
    await dialog.getByLabel('Start').fill('2024-05-20');
    await dialog.getByLabel('End (optional)').fill('2024-05-18');
    await dialog.getByRole('button', { name: 'Add event' }).click();
    expect(await dialog.textContent()).toContain('the end is before the start');
    await dialog.getByLabel('End (optional)').fill('2024-05-22');
    await dialog.getByLabel('Description (optional)').fill('Two days in the mountains.');
    await session.screenshot('04-add-event');
    await dialog.getByRole('button', { name: 'Add event' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => itemLabels(page)).toEqual(['Team offsite']);
    expect(await laneLabels(page)).toEqual(['My events']);

    // On disk, and back after a reload and after a restart from the file.
    const onDisk = await session.readStoreFile();
    expect(onDisk.events).toMatchObject([
      { title: 'Team offsite', start: '2024-05-20', end: '2024-05-22', origin: 'manual' },
    ]);
    await page.reload();
    await expect.poll(() => itemLabels(page)).toEqual(['Team offsite']);
    await session.restart();
    await expect.poll(() => itemLabels(page)).toEqual(['Team offsite']);

    // Edit: new title, no end any more.
    await timelineItems(page).first().click();
    await page.getByTestId('details').getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByTestId('event-dialog');
    await edit.getByLabel('Title').fill('Team offsite (day one)');
    await edit.getByLabel('End (optional)').fill('');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.waitFor({ state: 'detached' });
    await expect.poll(() => itemLabels(page)).toEqual(['Team offsite (day one)']);
    const edited = (await session.readStoreFile()).events[0];
    expect(edited.title).toBe('Team offsite (day one)');
    expect(edited.end).toBeUndefined();
    expect(await page.getByTestId('details').locator('.details-title').textContent()).toBe(
      'Team offsite (day one)',
    );

    await page.getByTestId('details').getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Delete event' }).click();
    await expect.poll(() => timelineItems(page).count()).toBe(0);
    expect((await session.readStoreFile()).events).toEqual([]);
  });

  it('zooms with the buttons and the mouse wheel, and fits everything back', async () => {
    const session = await start();
    const { page } = session;
    await loadSamples(session);
    const span = (w: { start: number; end: number }) => w.end - w.start;
    await page.getByRole('button', { name: 'Fit all events' }).click();
    const fitted = await settledWindow(page);
    expect(span(fitted)).toBeGreaterThan(30 * 86_400_000);

    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => span(await visibleWindow(page))).toBeLessThan(span(fitted) * 0.8);
    const zoomedIn = await visibleWindow(page);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(async () => span(await visibleWindow(page))).toBeGreaterThan(span(zoomedIn) * 1.2);

    const box = (await page.getByTestId('timeline').locator('.vis-center').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const beforeWheel = await visibleWindow(page);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -200);
    await expect.poll(async () => span(await visibleWindow(page))).toBeLessThan(span(beforeWheel) * 0.95);

    await page.getByRole('button', { name: 'Fit all events' }).click();
    const refitted = await settledWindow(page);
    expect(Math.abs(span(refitted) - span(fitted)) / span(fitted)).toBeLessThan(0.01);
  });

  it('exports JSON that re-imports into a fresh store as the identical document', async () => {
    const session = await start();
    const { page } = session;
    await loadSamples(session);
    await page.getByRole('button', { name: 'Add event' }).click();
    await page.getByTestId('event-dialog').getByLabel('Title').fill('Manual milestone');
    await page.getByTestId('event-dialog').getByLabel('Start').fill('-0043-03-15');
    await page.getByTestId('event-dialog').getByRole('button', { name: 'Add event' }).click();
    await page.getByTestId('event-dialog').waitFor({ state: 'detached' });

    const exported = join(session.dir, 'export.json');
    session.dialogs.nextSave(exported);
    await exportMenu(page, 'Export JSON…');
    await expect.poll(() => page.getByTestId('success-message').textContent()).toContain(exported);
    const file = JSON.parse(await readFile(exported, 'utf8')) as { format: string };
    expect(file.format).toBe('eventline-timeline');

    // The other formats go through the same menu.
    const csv = join(session.dir, 'export.csv');
    session.dialogs.nextSave(csv);
    await exportMenu(page, 'Export CSV for spreadsheets…');
    await expect.poll(() => page.getByTestId('success-message').textContent()).toContain(csv);
    expect(await readFile(csv, 'utf8')).toContain('Manual milestone');
    const ics = join(session.dir, 'export.ics');
    session.dialogs.nextSave(ics);
    await exportMenu(page, 'Export iCalendar (.ics)…');
    // The BCE event does not fit in iCalendar, and the message says so.
    await expect.poll(() => page.getByTestId('success-message').textContent()).toContain('left out');
    expect(await readFile(ics, 'utf8')).toContain('BEGIN:VCALENDAR');

    const fresh = await start();
    fresh.dialogs.nextOpen([exported]);
    await fresh.page.getByRole('button', { name: 'Dismiss' }).click();
    await exportMenu(fresh.page, 'Import JSON…');
    await expect.poll(() => itemTotal(fresh.page)).toBe(session.store().read().events.length);
    expect(fresh.store().read()).toEqual(session.store().read());
    expect(await fresh.readStoreFile()).toEqual(await session.readStoreFile());
  });

  it('exports the whole timeline as a 2x PNG, not just the visible part', async () => {
    const session = await start();
    const { page } = session;
    await loadSamples(session);
    // Zoom far in so that the screen shows only part of the timeline.
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    const total = session.store().read().events.length;

    const target = join(session.dir, 'timeline.png');
    session.dialogs.nextSave(target);
    await exportMenu(page, 'Export PNG image…');
    // The export dialog opens on the whole timeline, 1600 px at 2×.
    await page.getByTestId('export-image-dialog').getByRole('button', { name: 'Export PNG…' }).click();
    await expect.poll(() => page.getByTestId('success-message').textContent()).toContain(target);
    expect(session.dialogs.asked).toContain('Export timeline as PNG');

    const png = PNG.sync.read(await readFile(target));
    expect(png.width).toBe(3200);
    expect(png.height % 2).toBe(0);
    expect(png.height).toBeGreaterThan(2 * (150 + 40 * 3));
    const colours = new Set<number>();
    let ink = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
      colours.add((r << 16) | (g << 8) | b);
      if (r + g + b < 600) ink++;
    }
    expect(colours.size).toBeGreaterThan(50);
    expect(ink / (png.width * png.height)).toBeGreaterThan(0.005);
    expect(total).toBeGreaterThan(0);
    await copyToShots(target, '05-export');
  });

  it('shows markup from an article as literal text and never runs it', async () => {
    const session = await start();
    const { page } = session;
    const markup = '<img src=x onerror=alert(1)>';
    await page.getByRole('button', { name: 'Import article' }).click();
    const dialog = page.getByTestId('import-dialog');
    await dialog
      .getByLabel('Article text')
      .fill(
        `${markup}\n\nOn 12 March 2024 the summit ${markup} opened in Lisbon.\nTalks <script>alert(2)</script> ended on 14 March 2024.`,
      );
    await dialog.getByLabel('Published (if known)').fill('2024-03-15');
    await dialog.getByRole('button', { name: 'Find events' }).click();
    const review = page.getByTestId('review-dialog');
    await review.waitFor();
    expect(await review.getByLabel('Article title').inputValue()).toBe(markup);
    await review.getByRole('button', { name: /^Add \d+ events?$/ }).click();
    await review.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Add event' }).click();
    await page.getByTestId('event-dialog').getByLabel('Title').fill(markup);
    await page.getByTestId('event-dialog').getByLabel('Start').fill('2024-03-13');
    await page.getByTestId('event-dialog').getByRole('button', { name: 'Add event' }).click();
    await page.getByTestId('event-dialog').waitFor({ state: 'detached' });

    await expect.poll(() => laneLabels(page)).toContain(markup);
    expect(await itemLabels(page)).toContain(markup);
    await timelineItems(page).filter({ hasText: markup }).first().click();
    expect(await page.getByTestId('details').locator('.details-title').textContent()).toBe(markup);
    // Nothing was turned into an element and no script ran (alert would have opened a native dialog).
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('#root script').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(session.nativeDialogs).toEqual([]);
    await session.screenshot('06-markup-literal');
  });

  it('reports a malformed JSON import clearly and leaves the timeline as it was', async () => {
    const session = await start();
    const { page } = session;
    await loadSamples(session);
    const before = structuredClone(session.store().read());
    const countBefore = await itemTotal(page);

    const broken = join(session.dir, 'broken.json');
    await writeFile(broken, '{ "format": "eventline-timeline", "events": [', 'utf8');
    session.dialogs.nextOpen([broken]);
    // The Export menu works from the keyboard.
    await page.getByRole('button', { name: 'Export' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const message = page.getByTestId('error-message');
    await expect.poll(() => message.textContent()).toContain('broken.json is not valid JSON');
    expect(await message.textContent()).toContain('Nothing was imported');
    await session.screenshot('07-import-error');
    expect(await itemTotal(page)).toBe(countBefore);
    expect(session.store().read()).toEqual(before);
    expect(await session.readStoreFile()).toEqual(before);

    await page.getByRole('button', { name: 'Dismiss message' }).click();
    await expect.poll(() => message.count()).toBe(0);
  });

  for (const timezoneId of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
    it(`draws a day on that day in every time zone (${timezoneId})`, async () => {
      const session = await start({ timezoneId });
      const { page } = session;
      await page.getByRole('button', { name: 'Add event' }).click();
      await page.getByTestId('event-dialog').getByLabel('Title').fill('Budget vote');
      await page.getByTestId('event-dialog').getByLabel('Start').fill('2024-05-20');
      await page.getByTestId('event-dialog').getByRole('button', { name: 'Add event' }).click();
      await page.getByTestId('event-dialog').waitFor({ state: 'detached' });

      // Zoom with the wheel, pointer on the event, until the axis shows single days.
      const dot = page.locator('[data-testid="timeline"] .vis-item.vis-dot');
      for (let i = 0; i < 40; i++) {
        const window = await visibleWindow(page);
        if (window.end - window.start < 12 * 86_400_000) break;
        const box = (await dot.boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.wheel(0, -300);
        await page.waitForTimeout(60);
      }
      await settledWindow(page);
      const box = (await dot.boundingBox())!;
      const centre = box.x + box.width / 2;
      const labels = page.locator('[data-testid="timeline"] .vis-time-axis .vis-text.vis-minor');
      let day = '';
      let best = Number.NEGATIVE_INFINITY;
      for (const label of await labels.all()) {
        const labelBox = await label.boundingBox();
        if (!labelBox || labelBox.x > centre + 1 || labelBox.x <= best) continue;
        best = labelBox.x;
        day = (await label.textContent()) ?? '';
      }
      // The dot sits at the start of 20 May, inside the column labelled 20 (a shift would give 19 or 21).
      expect(day).toMatch(/(^|\s)20$/);
      expect(await page.locator('.event-list-when').first().textContent()).toBe('20 May 2024');
    });
  }

  it('tells the user where an unreadable store was backed up', async () => {
    const session = await start({ storeFile: '{ this is not json' });
    const banner = session.page.getByTestId('notices');
    await expect.poll(() => banner.textContent()).toContain('could not be read');
    expect(await banner.textContent()).toContain(session.dir);
    await session.page.getByRole('button', { name: 'Dismiss' }).first().click();
    await expect.poll(() => banner.count()).toBe(0);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function copyToShots(path: string, name: string): Promise<void> {
  await mkdir(SHOTS_DIR, { recursive: true });
  await copyFile(path, join(SHOTS_DIR, `${name}.png`));
}
