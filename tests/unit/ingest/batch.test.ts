import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BatchProgress, ingestBatch } from '../../../main/ingest/batch';
import { runIngestWorker } from '../../../main/ingest/batch-in-worker';
import type { ExtractionResult } from '../../../preload/domain';

const today = '2026-11-24';
let dir: string;
let sources: string[];

/** One generated article: text files with a Published: line, pages with JSON-LD, alternately. */
function article(n: number): { name: string; content: string } {
  const day = String((n % 28) + 1).padStart(2, '0');
  const body = `Council meeting number ${n} approved the plan on Monday. Work starts in March ${2020 + (n % 5)} and ends by the end of the year.`;
  if (n % 2 === 0)
    return {
      name: `story-${String(n).padStart(3, '0')}.txt`,
      content: `Published: 2023-05-${day}\nStory ${n}\n\n${body}\n`,
    };
  return {
    name: `story-${String(n).padStart(3, '0')}.html`,
    content: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-06-${day}T09:00:00+02:00"}</script></head>
      <body><nav>Archive 1999</nav><article><h1>Story ${n}</h1><p>${body}</p><p>${body}</p></article></body></html>`,
  };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'eventline-batch-'));
  sources = [];
  for (let n = 0; n < 200; n++) {
    const { name, content } = article(n);
    await writeFile(join(dir, name), content);
    sources.push(join(dir, name));
  }
  // Three that fail, each for its own reason, among the 200.
  await writeFile(sources[10], Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x00]));
  await writeFile(sources[101], '<html><body><nav>Only navigation</nav></body></html>');
  await rm(sources[150]);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const countingExtractor = () => {
  const seen: string[] = [];
  const extract = (text: string, options: { referenceDate: string }): ExtractionResult => {
    seen.push(options.referenceDate);
    return {
      expressions: [],
      events: [
        {
          title: text.slice(0, 20),
          description: '',
          start: options.referenceDate,
          precision: 'day',
          approximate: false,
          planned: false,
          quote: text.slice(0, 20),
          sourceStart: 0,
          sourceEnd: 20,
          timexes: [],
        },
      ],
    };
  };
  return { extract, seen };
};

describe('ingestBatch', () => {
  it('ingests 200 files, reporting n of N and the current file, listing each failure with its reason', async () => {
    const progress: BatchProgress[] = [];
    const { extract } = countingExtractor();
    const result = await ingestBatch(sources, { today, extract, onProgress: (p) => progress.push(p) });

    expect(result.total).toBe(200);
    expect(result.cancelled).toBe(false);
    expect(result.items).toHaveLength(197);
    expect(result.failures.map((f) => [basename(f.source), f.reason])).toEqual([
      ['story-010.txt', 'story-010.txt is not UTF-8 text (is it a binary or a word-processor file?).'],
      ['story-101.html', 'No article text was found in story-101.html. Is it a news article page?'],
      ['story-150.txt', 'story-150.txt could not be found or opened.'],
    ]);
    // In the order given, each dated by its own source.
    expect(result.items[0].article).toMatchObject({
      title: 'Story 0',
      publishedAt: '2023-05-01',
      publishedAtSource: 'published-line',
    });
    expect(result.items[1].article).toMatchObject({
      title: 'Story 1',
      publishedAt: '2023-06-02',
      publishedAtSource: 'json-ld',
    });
    expect(result.items[0].events[0].start).toBe('2023-05-01');
    expect(result.items.every((item) => !item.article.text.includes('1999'))).toBe(true);

    const finished = progress.filter((p) => p.current === undefined);
    expect(finished.map((p) => p.done)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(finished.at(-1)).toEqual({ done: 200, total: 200, failed: 3 });
    const started = progress.filter((p) => p.current !== undefined).map((p) => p.current);
    expect(started).toEqual(sources);
  });

  it('stops when cancelled, keeping what was finished and reading nothing more', async () => {
    const controller = new AbortController();
    const progress: BatchProgress[] = [];
    const { extract, seen } = countingExtractor();
    const result = await ingestBatch(sources, {
      today,
      extract,
      signal: controller.signal,
      onProgress: (p) => {
        progress.push(p);
        if (p.done === 50) controller.abort();
      },
    });
    expect(result.cancelled).toBe(true);
    const finished = result.items.length + result.failures.length;
    expect(finished).toBe(50);
    expect(seen.length).toBe(result.items.length);
    // Nothing new is started after the cancel.
    const afterCancel = progress.slice(progress.findIndex((p) => p.done === 50) + 1);
    expect(afterCancel.filter((p) => p.current !== undefined)).toEqual([]);
  });

  it('an unexpected error in one article is listed and the others go on', async () => {
    const extract = (text: string): ExtractionResult => {
      if (text.includes('number 3 ')) throw new Error('boom');
      return { expressions: [], events: [] };
    };
    const result = await ingestBatch(sources.slice(0, 6), { today, extract });
    expect(result.items).toHaveLength(5);
    expect(result.failures).toEqual([
      { source: sources[3], reason: 'Eventline could not read it because of an internal error (boom).' },
    ]);
  });
});

describe('runIngestWorker', () => {
  it('runs the batch in a worker thread with progress, and can be cancelled', async () => {
    const progress: BatchProgress[] = [];
    const small = await runIngestWorker(sources.slice(0, 12), { today, onProgress: (p) => progress.push(p) });
    expect(small.items).toHaveLength(11);
    expect(small.failures.map((f) => basename(f.source))).toEqual(['story-010.txt']);
    expect(small.items[1].article.publishedAt).toBe('2023-06-02');
    expect(progress.at(-1)).toEqual({ done: 12, total: 12, failed: 1 });

    const controller = new AbortController();
    const cancelled = await runIngestWorker(sources, {
      today,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done >= 5) controller.abort();
      },
    });
    expect(cancelled.cancelled).toBe(true);
    expect(cancelled.items.length + cancelled.failures.length).toBeLessThan(200);
  }, 30_000);
});
