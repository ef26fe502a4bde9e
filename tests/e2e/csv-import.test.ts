/**
 * Importing events from a spreadsheet (CSV) as a user: a sheet with a wrong row is refused with the
 * problems listed and the timeline left as it was; a good sheet adds its rows, undoably.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appUnderTest, itemTotal } from './app-driver';

const { start } = appUnderTest();

async function importCsvFromMenu(session: Awaited<ReturnType<typeof start>>, path: string) {
  session.dialogs.nextOpen([path]);
  await session.page.getByRole('button', { name: 'Export' }).click();
  await session.page.getByRole('menuitem', { name: 'Import CSV…' }).click();
}

describe('CSV import', () => {
  it('refuses a sheet with a wrong row, listing it, then imports a good one and can undo it', async () => {
    const session = await start();
    const { page } = session;
    const bad = join(session.dir, 'bad.csv');
    await writeFile(bad, 'start,title\n2024-03-05,Council vote\nnext Tuesday,Budget\n', 'utf8');
    await importCsvFromMenu(session, bad);
    const message = page.getByTestId('error-message');
    await expect.poll(() => message.textContent()).toContain('bad.csv has problems, so nothing was imported');
    expect(await message.textContent()).toContain('row 3: start: "next Tuesday" is not a date');
    expect(session.store().read().events).toEqual([]);
    await page.getByRole('button', { name: 'Dismiss message' }).click();

    const good = join(session.dir, 'good.csv');
    await writeFile(
      good,
      'start,end,title,tags\r\n2024-03-05,,Council vote,Local\r\n2024-04-01,2024-04-03,"Festival, river bank",Local; Culture\r\n',
      'utf8',
    );
    await importCsvFromMenu(session, good);
    await expect.poll(() => itemTotal(page)).toBe(2);
    const document = session.store().read();
    expect(document.events.map((e) => e.title).sort()).toEqual(['Council vote', 'Festival, river bank']);
    expect(document.tags.map((t) => t.name).sort()).toEqual(['Culture', 'Local']);

    await page.keyboard.press('Control+z');
    await expect.poll(() => itemTotal(page)).toBe(0);
    expect(session.store().read().events).toEqual([]);
  });
});
