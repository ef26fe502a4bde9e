import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiContract, ImportStatus } from '../../../preload/api';
import { makeApi } from './harness';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/story') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><html><head><title>Port deal | Daily Wire</title>
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Port deal signed","datePublished":"2024-01-16T09:00:00+02:00"}</script>
        </head><body><nav>Home · World · 12 March 2019 archive</nav><article><h1>Port deal signed</h1>
        <p>The two ports signed a cooperation deal on Monday after months of talks between their operators.</p>
        <p>Officials said the first shared shipping route would open next month, with more to follow.</p>
        </article><footer>© 2020 Daily Wire</footer></body></html>`);
      return;
    }
    response.writeHead(404, { 'content-type': 'text/html' });
    response.end('<h1>Not found</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function waitForImport(api: ApiContract, status: ImportStatus): Promise<ImportStatus> {
  let current = status;
  for (let i = 0; i < 500 && current.state === 'running'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    current = await api.getImportStatus({ jobId: status.jobId });
  }
  return current;
}

describe('importing links and files', () => {
  it('previews a web page: its own date (JSON-LD) and its events, without the menu dates', async () => {
    const made = await makeApi();
    cleanup = made.cleanup;
    const preview = await made.api.previewSource({ source: `${base}/story` });
    expect(preview.article).toMatchObject({
      publishedAt: '2024-01-16',
      publishedAtSource: 'json-ld',
      url: `${base}/story`,
    });
    expect(preview.article.text).not.toMatch(/archive|©/);
    expect(preview.events.map((e) => e.start)).toEqual(['2024-01-15']);
    expect(made.store.read().articles).toEqual([]);
  });

  it('says clearly when a link is missing', async () => {
    const made = await makeApi();
    cleanup = made.cleanup;
    await expect(made.api.previewSource({ source: `${base}/gone` })).rejects.toThrow(/404|not found/i);
  });

  it('imports a folder of articles in the background, reporting progress, failures and duplicates', async () => {
    const made = await makeApi();
    cleanup = made.cleanup;
    const folder = join(made.dir, 'articles');
    await mkdir(join(folder, 'more'), { recursive: true });
    for (let i = 0; i < 6; i++) {
      await writeFile(
        join(folder, `story-${i}.txt`),
        `Published: 2024-01-16\nStory ${i}\n\nCouncil ${i} met on Monday.`,
      );
    }
    await writeFile(
      join(folder, 'more', 'copy.md'),
      'Published: 2024-01-16\nStory 0\n\nCouncil 0 met on Monday.',
    );
    await writeFile(join(folder, 'more', 'broken.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41]));
    await writeFile(join(folder, 'notes.pdf'), 'not an article');

    const started = await made.api.startImport({ sources: [folder, join(made.dir, 'missing.txt')] });
    expect(started.total).toBe(9);
    const finished = await waitForImport(made.api, started);
    expect(finished).toMatchObject({
      state: 'finished',
      total: 9,
      done: 9,
      addedArticles: 6,
      // The fixture extractor titles every story "Officials meet" on that Monday: one happening, six reports.
      addedEvents: 1,
      mergedReports: 5,
    });
    expect(finished.duplicates).toHaveLength(1);
    expect(finished.failures.map((f) => f.source).sort()).toEqual(
      [join(folder, 'more', 'broken.txt'), join(made.dir, 'missing.txt')].sort(),
    );
    expect(made.store.read().articles).toHaveLength(6);
    expect(made.store.read().events.every((e) => e.start === '2024-01-15')).toBe(true);
  });

  it('a cancelled import keeps what was read before the cancel, and the rest of the timeline', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const made = await makeApi();
    cleanup = made.cleanup;
    await made.api.createEvent({ title: 'Mine', start: '2024-01-01' });
    const { api: slowApi } = await makeApiWithRunner(made, gate);
    const started = await slowApi.startImport({
      sources: [join(made.dir, 'a.txt'), join(made.dir, 'b.txt')],
    });
    await slowApi.cancelImport({ jobId: started.jobId });
    release();
    const ended = await waitForImport(slowApi, started);
    expect(ended.state).toBe('cancelled');
    expect(ended.addedArticles).toBe(1);
    expect(made.store.read().events.map((e) => e.title)).toContain('Mine');
  });

  it('an unknown import is reported, not crashed on', async () => {
    const made = await makeApi();
    cleanup = made.cleanup;
    await expect(made.api.getImportStatus({ jobId: 'nope' })).rejects.toThrow(/no longer known/);
  });
});

/** An API over the same store whose batch runner reads one article, then waits for the gate and stops if cancelled. */
async function makeApiWithRunner(made: Awaited<ReturnType<typeof makeApi>>, gate: Promise<void>) {
  const { createApi } = await import('../../../main/api');
  const { mondayExtractor } = await import('./harness');
  const api = createApi({
    store: made.store,
    extract: mondayExtractor,
    dialogs: made.dialogs,
    openExternal: async () => {},
    seedsDir: made.dir,
    today: () => '2024-01-16',
    runBatch: async (sources, { signal, onProgress }) => {
      onProgress({ done: 1, total: sources.length, failed: 0 });
      await gate;
      return {
        items: [
          {
            source: sources[0],
            article: {
              title: 'First',
              text: 'First\nMet on Monday.',
              publishedAt: '2024-01-16',
              publishedAtSource: 'published-line',
            },
            events: mondayExtractor('First\nMet on Monday.', { referenceDate: '2024-01-16' }).events,
          },
        ],
        failures: [],
        total: sources.length,
        cancelled: signal.aborted,
      };
    },
  });
  return { api };
}
