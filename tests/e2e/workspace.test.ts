/**
 * The workspace driven as a user: editing on the timeline with undo, the keyboard, filters and the list
 * view, tags and lanes, deep time, dark mode and the native menu's commands (through the harness shim).
 * Screenshots go to /tmp/eventline-shots/ (ws-*) to be looked at.
 */
import type { Page } from 'playwright-core';
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
import { sendMenuCommand } from './harness';

const { start } = appUnderTest();

const DAY = 86_400_000;
const detailsTitle = (page: Page) => page.getByTestId('details').locator('.details-title').textContent();

async function addEvent(page: Page, title: string, start: string, end?: string): Promise<void> {
  await page.getByRole('button', { name: 'Add event', exact: true }).first().click();
  const dialog = page.getByTestId('event-dialog');
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Start').fill(start);
  if (end) await dialog.getByLabel('End (optional)').fill(end);
  await dialog.getByRole('button', { name: 'Add event' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Drags with the mouse in small steps, as a hand would (vis-timeline reads pan gestures). */
async function drag(
  page: Page,
  from: { x: number; y: number },
  dx: number,
  beforeDrop?: () => Promise<unknown>,
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + (dx * i) / steps, from.y);
    await page.waitForTimeout(16);
  }
  await beforeDrop?.();
  await page.mouse.up();
}

async function pxPerDay(page: Page): Promise<number> {
  const window = await settledWindow(page);
  const center = (await page.getByTestId('timeline').locator('.vis-panel.vis-center').boundingBox())!;
  return (center.width / (window.end - window.start)) * DAY;
}

async function dismissEmpty(page: Page): Promise<void> {
  const close = page.getByTestId('empty-state').getByRole('button', { name: 'Dismiss' });
  if (await close.count()) await close.first().click();
}

describe('Working on the timeline', () => {
  it('drags an event to a new day and resizes a period; undo and redo from the keyboard and the toolbar', async () => {
    const session = await start();
    const { page } = session;
    await dismissEmpty(page);
    await addEvent(page, 'Team offsite', '2024-05-20');
    await addEvent(page, 'Roadworks', '2024-05-21', '2024-05-23');
    await page.getByRole('button', { name: 'Fit all events' }).click();
    const perDay = await pxPerDay(page);
    expect(perDay).toBeGreaterThan(20);

    const offsite = timelineItems(page).filter({ hasText: 'Team offsite' });
    const box = (await offsite.boundingBox())!;
    await drag(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, 2 * perDay);
    const stored = () =>
      session
        .store()
        .read()
        .events.find((e) => e.title === 'Team offsite')!;
    await expect.poll(() => stored().start).toBe('2024-05-22');
    // Saved to disk as well (the file is written just after the in-memory document changes).
    await expect
      .poll(async () => (await session.readStoreFile()).events.find((e) => e.title === 'Team offsite')!.start)
      .toBe('2024-05-22');
    expect(stored().end).toBeUndefined();
    await expect.poll(() => page.getByTestId('undo').getAttribute('aria-label')).toBe('Undo Edit event');
    await session.screenshot('ws-01-dragged');

    await page.keyboard.press('Control+z');
    await expect.poll(() => stored().start).toBe('2024-05-20');
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => stored().start).toBe('2024-05-22');
    await page.getByTestId('undo').click();
    await expect.poll(() => stored().start).toBe('2024-05-20');
    await expect.poll(() => page.getByTestId('redo').getAttribute('aria-label')).toBe('Redo Edit event');
    await page.keyboard.press('Control+y');
    await expect.poll(() => stored().start).toBe('2024-05-22');

    // The moved item is drawn where the store says, after all that travelling.
    await expect.poll(() => offsite.count()).toBe(1);
    const dot = page.locator('[data-testid="timeline"] .vis-item.vis-dot');
    await expect
      .poll(async () => {
        const b = (await dot.boundingBox())!;
        const w = await visibleWindow(page);
        const c = (await page.getByTestId('timeline').locator('.vis-panel.vis-center').boundingBox())!;
        return Math.round(
          (w.start + ((b.x + b.width / 2 - c.x) / c.width) * (w.end - w.start) - Date.UTC(2024, 4, 22)) /
            3_600_000,
        );
      })
      .toBe(0);

    // Resize: select the period, then drag its right end one day further.
    const roadworks = timelineItems(page).filter({ hasText: 'Roadworks' });
    await roadworks.click();
    await expect.poll(() => detailsTitle(page)).toBe('Roadworks');
    const bar = (await roadworks.boundingBox())!;
    await drag(page, { x: bar.x + bar.width - 3, y: bar.y + bar.height / 2 }, perDay, () =>
      session.screenshot('ws-14-resizing'),
    );
    const road = () =>
      session
        .store()
        .read()
        .events.find((e) => e.title === 'Roadworks')!;
    await expect.poll(() => road().end).toBe('2024-05-24');
    expect(road().start).toBe('2024-05-21');
    await page.keyboard.press('Control+z');
    await expect.poll(() => road().end).toBe('2024-05-23');
  });

  it('adds an event where empty space is double-clicked, prefilled with that day', async () => {
    const session = await start();
    const { page } = session;
    await dismissEmpty(page);
    await addEvent(page, 'Anchor', '2024-05-20');
    await page.getByRole('button', { name: 'Fit all events' }).click();
    const perDay = await pxPerDay(page);
    const window = await settledWindow(page);
    const center = (await page.getByTestId('timeline').locator('.vis-panel.vis-center').boundingBox())!;
    // Middle of 18 May, low in the lane where there is no item.
    const x = center.x + ((Date.UTC(2024, 4, 18, 12) - window.start) / DAY) * perDay;
    await page.mouse.dblclick(x, center.y + center.height - 20);
    const dialog = page.getByTestId('event-dialog');
    await dialog.waitFor();
    expect(await dialog.getByLabel('Start').inputValue()).toBe('2024-05-18');
    await dialog.getByLabel('Title').fill('Double-clicked');
    await dialog.getByRole('button', { name: 'Add event' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(
      session
        .store()
        .read()
        .events.map((e) => [e.title, e.start]),
    ).toContainEqual(['Double-clicked', '2024-05-18']);
  });

  it('moves through events with the arrow keys, deletes with Delete (undoable), zooms and fits from the keyboard', async () => {
    const session = await start();
    const { page } = session;
    await loadSamples(session);
    const byTime = [...session.store().read().events].sort(
      (a, b) =>
        compareIsoKeys(a.start, b.start) ||
        a.title.localeCompare(b.title, undefined, { sensitivity: 'base' }),
    );
    await page.locator('body').click({ position: { x: 5, y: 880 } });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => detailsTitle(page)).toBe(byTime[0].title);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => detailsTitle(page)).toBe(byTime[1].title);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => detailsTitle(page)).toBe(byTime[0].title);
    await page.keyboard.press('End');
    await expect.poll(() => detailsTitle(page)).toBe(byTime.at(-1)!.title);
    await expect.poll(() => page.locator('.vis-item.vis-selected:not(.vis-dot)').count()).toBe(1);

    // Enter moves focus to the details; Escape closes them.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate('document.activeElement?.dataset?.testid')).toBe('details');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('details').count()).toBe(0);

    // Delete removes the selected event, with an Undo in the message.
    await page.keyboard.press('Home');
    await expect.poll(() => detailsTitle(page)).toBe(byTime[0].title);
    const total = session.store().read().events.length;
    await page.keyboard.press('Delete');
    await expect.poll(() => session.store().read().events.length).toBe(total - 1);
    const message = page.getByTestId('success-message');
    await expect.poll(() => message.textContent()).toContain(`Deleted “${byTime[0].title}”`);
    await session.screenshot('ws-02-deleted-toast');
    await message.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => session.store().read().events.length).toBe(total);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Delete');
    await expect.poll(() => session.store().read().events.length).toBe(total - 1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => session.store().read().events.length).toBe(total);

    // In a text field, Ctrl+Z and Delete belong to the field.
    const search = page.getByLabel('Search events');
    await search.fill('harbour');
    await search.press('Control+z');
    await search.press('Delete');
    expect(session.store().read().events.length).toBe(total);
    await search.fill('');

    // + and − zoom, F fits.
    await page.locator('body').click({ position: { x: 5, y: 880 } });
    await page.keyboard.press('f');
    const fitted = await settledWindow(page);
    await page.keyboard.press('+');
    await expect
      .poll(async () => {
        const w = await visibleWindow(page);
        return w.end - w.start;
      })
      .toBeLessThan((fitted.end - fitted.start) * 0.8);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect
      .poll(async () => {
        const w = await visibleWindow(page);
        return w.end - w.start;
      })
      .toBeGreaterThan((fitted.end - fitted.start) * 1.05);
    await page.keyboard.press('f');
    const refitted = await settledWindow(page);
    expect(Math.abs(refitted.end - refitted.start - (fitted.end - fitted.start))).toBeLessThan(
      (fitted.end - fitted.start) * 0.01,
    );
  });
});

describe('Filters, list view and tags', () => {
  it('filters the timeline and the list together, with a visible, clearable summary; the list sorts and keeps the selection in sync', async () => {
    const session = await start();
    const { page } = session;
    await loadSamples(session);
    const all = session.store().read().events;
    const count = page.getByTestId('filter-count');
    expect(await count.textContent()).toBe(`${all.length} events`);

    await page.getByLabel('Search events').fill('bridge');
    const matching = all.filter((e) =>
      [e.title, e.description, e.quote ?? ''].join(' ').toLowerCase().includes('bridge'),
    );
    const articleHits = session
      .store()
      .read()
      .articles.filter((a) => a.title.toLowerCase().includes('bridge'))
      .map((a) => a.id);
    const expected = all.filter((e) => matching.includes(e) || articleHits.includes(e.articleId ?? ''));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    await expect.poll(() => count.textContent()).toBe(`${expected.length} of ${all.length} events`);
    await expect.poll(() => itemTotal(page)).toBe(expected.length);
    expect(await page.locator('.chip').allTextContents()).toEqual(['“bridge”×']);

    // Narrow by origin as well, then the list view shows the same events.
    await page.getByLabel('Origin').selectOption('extracted');
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const table = page.getByTestId('event-table');
    const rows = table.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(expected.length);
    await session.screenshot('ws-03-list-filtered');

    // Sorting by title: the header says so, and the rows follow.
    await table.getByRole('button', { name: 'Title' }).click();
    expect(await table.locator('th.col-title').getAttribute('aria-sort')).toBe('ascending');
    expect(await table.locator('th.col-date').getAttribute('aria-sort')).toBe('none');
    const titles = await rows.locator('td.col-title').allTextContents();
    expect(titles).toEqual(
      [...titles].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })),
    );
    await table.getByRole('button', { name: 'Title' }).click();
    expect(await table.locator('th.col-title').getAttribute('aria-sort')).toBe('descending');

    // Keyboard: a click makes a row active, arrows move the active row, which is the selection.
    await rows.first().click();
    const grid = table.getByRole('grid');
    const activeRow = async () => {
      const id = await grid.getAttribute('aria-activedescendant');
      return id ? page.locator(`[id="${id}"] td.col-title`).textContent() : null;
    };
    await expect.poll(activeRow).toBe(titles.at(-1));
    await page.keyboard.press('ArrowDown');
    await expect.poll(activeRow).toBe(titles.at(-2));
    await expect.poll(() => detailsTitle(page)).toBe(titles.at(-2));
    expect(await rows.nth(1).getAttribute('aria-selected')).toBe('true');

    // Back on the timeline the same event is selected.
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await expect
      .poll(() => page.locator('.vis-item.vis-selected:not(.vis-dot) .tl-item-label').textContent())
      .toContain(titles.at(-2)!.slice(0, 20));

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => count.textContent()).toBe(`${all.length} events`);
    await expect.poll(() => itemTotal(page)).toBe(all.length);
  });

  it('creates, assigns, recolours, renames and deletes tags; lanes by tag; filter by tag', async () => {
    const session = await start();
    const { page } = session;
    await loadSamples(session);
    await page.getByRole('button', { name: 'Tags…' }).click();
    const manager = page.getByTestId('tag-manager');
    for (const name of ['Politics', 'Transport']) {
      await manager.getByLabel('New tag').fill(name);
      await manager.getByRole('button', { name: 'Add tag' }).click();
      await manager.getByLabel(`Name of tag ${name}`).waitFor();
    }
    await expect
      .poll(() =>
        session
          .store()
          .read()
          .tags.map((t) => t.name),
      )
      .toEqual(['Politics', 'Transport']);
    // The same name twice is refused with a message.
    await manager.getByLabel('New tag').fill('politics');
    await manager.getByRole('button', { name: 'Add tag' }).click();
    expect(await manager.getByRole('alert').textContent()).toContain('already a tag');
    await manager.getByLabel('Colour of Transport').fill('#aa00cc');
    await expect
      .poll(
        () =>
          session
            .store()
            .read()
            .tags.find((t) => t.name === 'Transport')?.color,
      )
      .toBe('#aa00cc');
    await session.screenshot('ws-04-tag-manager');
    await page.keyboard.press('Escape');
    await manager.waitFor({ state: 'detached' });

    // Tag two events from the details panel (several tags on one).
    const [first, second] = session.store().read().events;
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page
      .getByTestId('event-table')
      .locator('tbody tr')
      .filter({ hasText: first.title })
      .first()
      .click();
    const details = page.getByTestId('details');
    await details.getByRole('button', { name: 'Politics' }).click();
    await expect
      .poll(
        () =>
          session
            .store()
            .read()
            .events.find((e) => e.id === first.id)?.tags.length,
      )
      .toBe(1);
    await details.getByRole('button', { name: 'Transport' }).click();
    await expect
      .poll(
        () =>
          session
            .store()
            .read()
            .events.find((e) => e.id === first.id)?.tags.length,
      )
      .toBe(2);
    await expect
      .poll(() => details.getByRole('button', { name: 'Transport' }).getAttribute('aria-pressed'))
      .toBe('true');
    await page
      .getByTestId('event-table')
      .locator('tbody tr')
      .filter({ hasText: second.title })
      .first()
      .click();
    await page.getByTestId('details').getByRole('button', { name: 'Transport' }).click();
    await expect
      .poll(
        () =>
          session
            .store()
            .read()
            .events.find((e) => e.id === second.id)?.tags,
      )
      .toHaveLength(1);
    // Chips in the list.
    const firstRow = page
      .getByTestId('event-table')
      .locator('tbody tr')
      .filter({ hasText: first.title })
      .first();
    expect(await firstRow.locator('.tag-chip').allTextContents()).toEqual(['Politics', 'Transport']);

    // Filter by tag.
    const transport = session
      .store()
      .read()
      .tags.find((t) => t.name === 'Transport')!;
    await page.getByLabel('Tag', { exact: true }).selectOption(transport.id);
    await expect.poll(() => page.getByTestId('event-table').locator('tbody tr').count()).toBe(2);

    // Lanes by tag on the timeline.
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await page.getByLabel('Tag', { exact: true }).selectOption('');
    await page.getByLabel('Lanes').selectOption('tag');
    await expect.poll(() => laneLabels(page)).toEqual(['Politics', 'Transport', 'No tag']);
    await page.keyboard.press('Escape');
    await session.screenshot('ws-05-lanes-by-tag');
    await page.getByLabel('Lanes').selectOption('none');
    await expect.poll(() => laneLabels(page)).toEqual(['All events']);
    await page.getByLabel('Lanes').selectOption('article');

    // Rename, then delete: the tag goes from every event, and undo brings it back.
    await page.getByRole('button', { name: 'Tags…' }).click();
    await manager.getByLabel('Name of tag Politics').fill('Government');
    await manager.getByLabel('Name of tag Politics').press('Enter');
    await expect
      .poll(() =>
        session
          .store()
          .read()
          .tags.map((t) => t.name),
      )
      .toEqual(['Government', 'Transport']);
    await manager.getByRole('button', { name: 'Delete tag Transport' }).click();
    await manager.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect
      .poll(() =>
        session
          .store()
          .read()
          .tags.map((t) => t.name),
      )
      .toEqual(['Government']);
    expect(
      session
        .store()
        .read()
        .events.some((e) => e.tags.includes(transport.id)),
    ).toBe(false);
    await page.keyboard.press('Escape');
    await manager.waitFor({ state: 'detached' });
    await page.keyboard.press('Control+z');
    await expect
      .poll(() =>
        session
          .store()
          .read()
          .tags.map((t) => t.name),
      )
      .toEqual(['Government', 'Transport']);
    expect(
      session
        .store()
        .read()
        .events.find((e) => e.id === first.id)?.tags,
    ).toContain(transport.id);
  });
});

describe('Details, deep time, theme and menu', () => {
  it('highlights the time expression in the quoted sentence', async () => {
    const session = await start();
    const { page } = session;
    await loadSamples(session);
    const event = session
      .store()
      .read()
      .events.find((e) => e.quote && (e.timexes?.length ?? 0) > 0)!;
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page
      .getByTestId('event-table')
      .locator('tbody tr')
      .filter({ hasText: event.title })
      .first()
      .click();
    const quote = page.getByTestId('details').locator('blockquote');
    expect(await quote.textContent()).toBe(event.quote);
    const marked = await quote.locator('mark.timex').allTextContents();
    const inQuote = event.timexes!.filter(
      (t) => t.start >= event.sourceStart! && t.end <= event.sourceStart! + event.quote!.length,
    );
    expect(marked).toEqual(inQuote.map((t) => t.text));
    expect(marked.length).toBeGreaterThan(0);
    await session.screenshot('ws-06-details-highlight');
  });

  it('shows BCE dates without a year 0 and zooms out to millennia', async () => {
    const session = await start();
    const { page } = session;
    await dismissEmpty(page);
    await addEvent(page, 'Caesar assassinated', '-0043-03-15');
    await addEvent(page, 'Augustus dies', '0014-08-19');
    expect(await page.locator('.event-list-when').allTextContents()).toEqual([
      '15 Mar 44 BC',
      '19 Aug AD 14',
    ]);
    await page.getByRole('button', { name: 'Fit all events' }).click();
    await settledWindow(page);
    const labels = await page
      .locator('[data-testid="timeline"] .vis-time-axis .vis-text:not(.vis-measure)')
      .allTextContents();
    expect(labels.some((l) => / BC$/.test(l))).toBe(true);
    expect(labels.some((l) => /^AD \d+$/.test(l))).toBe(true);
    // No year 0 and no minus signs.
    expect(labels.filter((l) => /^-|^0$|^AD 0$/.test(l.trim()))).toEqual([]);
    await session.screenshot('ws-07-bce');

    // One step at a time, as a person would press it (each zoom animates).
    for (let i = 0; i < 18; i++) {
      await page.keyboard.press('-');
      await page.waitForTimeout(300);
    }
    const wide = await settledWindow(page);
    expect(wide.end - wide.start).toBeGreaterThan(3000 * 365 * DAY);
    const wideLabels = await page
      .locator('[data-testid="timeline"] .vis-time-axis .vis-text')
      .allTextContents();
    expect(wideLabels.some((l) => / BC$/.test(l))).toBe(true);
    expect(wideLabels.filter((l) => /^-/.test(l.trim()))).toEqual([]);
    // Zoomed out as far as it goes, the axis still counts in years (not a broken scale of days).
    const minor = await page
      .locator('[data-testid="timeline"] .vis-time-axis .vis-text.vis-minor:not(.vis-measure)')
      .allTextContents();
    expect(minor.length).toBeGreaterThan(3);
    expect(minor.filter((l) => !/^(\d+ BC|AD \d+|\d{4,})$/.test(l.trim()))).toEqual([]);
    await session.screenshot('ws-08-millennia');
  });

  it('follows the system colour scheme, can be switched in the app and from the menu, and remembers', async () => {
    const session = await start();
    const { page } = session;
    await loadSamples(session);
    const background = async () =>
      String(await page.evaluate('getComputedStyle(document.body).backgroundColor'));
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background).not.toBe(light);
    const dark = await background();
    expect(await page.getByTestId('theme').getAttribute('data-theme')).toBe('dark');
    // Items and axis readable: text light on the dark surface.
    const axisColor = String(
      await page.evaluate(
        `getComputedStyle(document.querySelector('[data-testid="timeline"] .vis-time-axis .vis-text')).color`,
      ),
    );
    expect(luminance(axisColor)).toBeGreaterThan(0.35);
    await timelineItems(page).first().click();
    await session.screenshot('ws-09-dark');
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await session.screenshot('ws-10-dark-list');
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await page.getByRole('button', { name: 'Add event', exact: true }).first().click();
    await page.getByTestId('event-dialog').getByLabel('Title').fill('A dark evening');
    await session.screenshot('ws-12-dark-dialog');
    await page.keyboard.press('Escape');
    await page.getByTestId('event-dialog').waitFor({ state: 'detached' });

    await page.getByLabel('Theme').selectOption('light');
    await expect.poll(background).toBe(light);
    await sendMenuCommand(page, 'theme-dark');
    await expect.poll(background).toBe(dark);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.reload();
    await page.locator('.toolbar').waitFor();
    await expect.poll(background).toBe(dark);
    await sendMenuCommand(page, 'theme-system');
    await expect.poll(background).toBe(light);
    await session.screenshot('ws-11-light');
  });

  it('fits a small window without controls overlapping', async () => {
    const session = await start({ viewport: { width: 1024, height: 700 } });
    const { page } = session;
    await loadSamples(session);
    await page.getByLabel('Search events').fill('bridge');
    const boxes = await page.locator('.toolbar > *, .filter-controls > *').evaluateAll((elements) =>
      elements.map((e) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width };
      }),
    );
    const visible = boxes.filter((b) => b.width > 0);
    for (const [i, a] of visible.entries()) {
      expect(a.right).toBeLessThanOrEqual(1024);
      for (const b of visible.slice(i + 1)) {
        const overlap =
          a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        expect(overlap).toBe(false);
      }
    }
    await session.screenshot('ws-13-small-window');
  });

  it('runs the native menu commands like the buttons', async () => {
    const session = await start();
    const { page } = session;
    await loadSamples(session);
    await sendMenuCommand(page, 'toggle-list');
    await expect.poll(() => page.getByTestId('event-table').count()).toBe(1);
    await sendMenuCommand(page, 'toggle-list');
    await expect.poll(() => page.getByTestId('event-table').count()).toBe(0);

    await sendMenuCommand(page, 'add-event');
    const dialog = page.getByTestId('event-dialog');
    await dialog.waitFor();
    // With a dialog open, other commands wait.
    await sendMenuCommand(page, 'toggle-list');
    expect(await page.getByTestId('event-table').count()).toBe(0);
    await dialog.getByLabel('Title').fill('From the menu');
    await dialog.getByLabel('Start').fill('2024-06-01');
    await dialog.getByRole('button', { name: 'Add event' }).click();
    await dialog.waitFor({ state: 'detached' });
    const total = session.store().read().events.length;

    await sendMenuCommand(page, 'undo');
    await expect.poll(() => session.store().read().events.length).toBe(total - 1);
    await sendMenuCommand(page, 'redo');
    await expect.poll(() => session.store().read().events.length).toBe(total);

    await page.keyboard.press('End');
    const last = await detailsTitle(page);
    await sendMenuCommand(page, 'delete');
    await expect.poll(() => session.store().read().events.length).toBe(total - 1);
    expect(
      session
        .store()
        .read()
        .events.some((e) => e.title === last),
    ).toBe(false);

    await sendMenuCommand(page, 'fit');
    const fitted = await settledWindow(page);
    await sendMenuCommand(page, 'zoom-in');
    await expect
      .poll(async () => {
        const w = await visibleWindow(page);
        return w.end - w.start;
      })
      .toBeLessThan((fitted.end - fitted.start) * 0.8);

    await sendMenuCommand(page, 'import-link');
    await page.getByTestId('import-dialog').waitFor();
    await expect.poll(() => page.evaluate('document.activeElement?.type')).toBe('url');
    await page.keyboard.press('Escape');

    const target = `${session.dir}/menu.csv`;
    session.dialogs.nextSave(target);
    await sendMenuCommand(page, 'export-csv');
    await expect.poll(() => page.getByTestId('success-message').textContent()).toContain(target);
  });
});

/** Relative luminance of a CSS rgb() colour (0 black … 1 white). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Orders ISO dates with signed years (-0099 before -0043) the way the app does. */
function compareIsoKeys(a: string, b: string): number {
  const key = (iso: string) => {
    const match = /^(-?\d+)-(\d\d)-(\d\d)(?:T(\d\d):(\d\d))?/.exec(iso);
    return match
      ? [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4] ?? -1), Number(match[5] ?? -1)]
      : [];
  };
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < Math.min(ka.length, kb.length); i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
  return 0;
}
