/**
 * One happening reported by two articles: pasted one after the other, it becomes one item with a count
 * badge, the details list both reports, and "Split off" makes two items again.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUnderTest, itemTotal, timelineItems } from './app-driver';

const { start } = appUnderTest();

const FIRST = [
  'Published: 2024-03-06',
  'Council backs budget',
  '',
  'The city council approved the new budget on Monday after a long debate.',
].join('\n');
const SECOND = [
  'Published: 2024-03-07',
  'Budget passes <b>at last</b>',
  '',
  'On Monday, the city council approved the budget.',
].join('\n');

async function paste(page: Page, text: string) {
  await page.getByRole('button', { name: 'Import article' }).click();
  const dialog = page.getByTestId('import-dialog');
  await dialog.getByLabel('Article text').fill(text);
  await dialog.getByRole('button', { name: 'Find events' }).click();
  const review = page.getByTestId('review-dialog');
  await review.waitFor();
  await review.getByRole('button', { name: 'Add 1 event' }).click();
  await review.waitFor({ state: 'detached' });
}

describe('an event several articles reported', () => {
  it('is one item with both sources, and splits back into two', async () => {
    const session = await start();
    const { page } = session;
    await paste(page, FIRST);
    await expect.poll(() => itemTotal(page)).toBe(1);
    await paste(page, SECOND);
    // The message says the report joined an event already there, rather than counting a new one.
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Added' }).first().textContent())
      .toContain('0 new events; one event already on the timeline now lists it as a source');

    const document = session.store().read();
    expect(document.articles).toHaveLength(2);
    expect(document.events).toHaveLength(1);
    await expect.poll(() => itemTotal(page)).toBe(1);
    const item = timelineItems(page).filter({ hasText: 'City council approves' });
    await expect.poll(() => item.locator('.tl-item-reports').textContent()).toBe('×2');

    await item.first().click();
    const details = page.getByTestId('details');
    await expect.poll(async () => (await details.textContent()) ?? '').toContain('Reported by 2 articles');
    const cites = await details.locator('cite').allTextContents();
    // The article title is shown as text: its markup is not interpreted.
    expect(cites).toEqual(['Council backs budget', 'Budget passes <b>at last</b>']);
    expect(await details.locator('b').count()).toBe(0);
    const quotes = await details.locator('blockquote').allTextContents();
    expect(quotes[0]).toContain('approved the new budget on Monday');
    expect(quotes[1]).toContain('On Monday, the city council approved the budget.');
    await session.screenshot('sources-01-merged');

    await details.getByRole('button', { name: /Split off/ }).click();
    await expect.poll(() => itemTotal(page)).toBe(2);
    const split = session.store().read();
    expect(split.events).toHaveLength(2);
    expect(split.events.every((e) => e.sources === undefined)).toBe(true);
    expect(new Set(split.events.map((e) => e.articleId)).size).toBe(2);
    await expect.poll(() => page.locator('.tl-item-reports').count()).toBe(0);
    expect(await details.textContent()).not.toContain('Reported by');
    await session.screenshot('sources-02-split');
  });
});
