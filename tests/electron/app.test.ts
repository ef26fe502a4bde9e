/**
 * The user journey in real Electron (playwright's _electron): the built app with its preload, IPC and
 * native-dialog glue. Electron's binary cannot be downloaded everywhere (CI here has no access to its
 * host), so without it this file is skipped and says why; on a developer's machine it runs.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../main/electron-runtime';
import { parseJsonExport } from '../../main/export/json';

const root = join(__dirname, '..', '..');
const runtime = findElectronBinary(root);
const skipReason = runtime.found ? '' : `skipped: ${runtime.reason}`;
if (!runtime.found) console.log(`[electron tests] ${skipReason}`);

let dir: string;

async function launch(storePath: string): Promise<{ app: ElectronApplication; page: Page }> {
  if (!runtime.found) throw new Error(skipReason);
  const app = await _electron.launch({
    executablePath: runtime.path,
    args: [root, ...(process.env.CI ? ['--no-sandbox'] : [])],
    env: { ...process.env, EVENTLINE_STORE_PATH: storePath, ELECTRON_RENDERER_URL: '' },
  });
  const page = await app.firstWindow();
  await page.waitForSelector('[data-testid="timeline"]');
  return { app, page };
}

/** Native save dialogs can't be clicked by a test: answer them from inside the main process. */
async function answerNextSave(app: ElectronApplication, path: string): Promise<void> {
  await app.evaluate(({ dialog }, target) => {
    dialog.showSaveDialog = (async () => ({
      canceled: false,
      filePath: target,
    })) as typeof dialog.showSaveDialog;
  }, path);
}

describe.skipIf(!runtime.found)(`Eventline in Electron ${skipReason}`, () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'eventline-electron-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is locked down: no Node in the page, window.api is exactly the contract', async () => {
    const { app, page } = await launch(join(dir, 'secure.json'));
    try {
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
        'undefined',
      );
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
        'undefined',
      );
      const { API_METHODS } = await import('../../preload/api');
      const exposed = await page.evaluate(() =>
        Object.keys((globalThis as unknown as { api: object }).api).sort(),
      );
      expect(exposed).toEqual([...API_METHODS].sort());
      const opened = await page.evaluate(
        () =>
          (globalThis as unknown as { open: (url: string) => unknown }).open('https://example.org') === null,
      );
      expect(opened).toBe(true);
    } finally {
      await app.close();
    }
  });

  it('loads the samples, adds an event, keeps it across a restart, and exports JSON and PNG', async () => {
    const storePath = join(dir, 'journey.json');
    let { app, page } = await launch(storePath);
    try {
      await page.getByRole('button', { name: 'Load sample articles' }).click();
      await expect
        .poll(async () => Number(await page.getByTestId('timeline').getAttribute('data-items')))
        .toBeGreaterThan(0);

      await page.getByRole('button', { name: 'Add event' }).click();
      const dialog = page.getByTestId('event-dialog');
      await dialog.getByLabel('Title').fill('Electron milestone');
      await dialog.getByLabel('Start').fill('2024-05-20');
      await dialog.getByRole('button', { name: 'Add event' }).click();
      await expect
        .poll(async () => (await readFile(storePath, 'utf8')).includes('Electron milestone'))
        .toBe(true);
    } finally {
      await app.close();
    }

    ({ app, page } = await launch(storePath));
    try {
      await expect
        .poll(() =>
          page.locator('[data-testid="timeline"] .vis-item', { hasText: 'Electron milestone' }).count(),
        )
        .toBeGreaterThan(0);

      const json = join(dir, 'export.json');
      await answerNextSave(app, json);
      await page.getByRole('button', { name: 'Export' }).click();
      await page.getByRole('menuitem', { name: /JSON/ }).first().click();
      await expect.poll(async () => (await readFile(json, 'utf8').catch(() => '')).length).toBeGreaterThan(0);
      const exported = parseJsonExport(await readFile(json, 'utf8'));
      expect(exported.events.some((e) => e.title === 'Electron milestone')).toBe(true);

      const png = join(dir, 'export.png');
      await answerNextSave(app, png);
      await page.getByRole('button', { name: 'Export' }).click();
      await page.getByRole('menuitem', { name: /PNG/ }).first().click();
      await expect
        .poll(async () => (await readFile(png).catch(() => Buffer.alloc(0))).length)
        .toBeGreaterThan(0);
      const image = PNG.sync.read(await readFile(png));
      expect(image.width).toBeGreaterThan(1000);
    } finally {
      await app.close();
    }
  });
});
