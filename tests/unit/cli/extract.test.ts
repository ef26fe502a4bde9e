import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { extractCommand } from '../../../main/cli/extract';

let dir = '';
let file = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'eventline-extract-'));
  file = join(dir, 'harbour.txt');
  writeFileSync(
    file,
    'Published: 2023-04-20\nNew ferry line for the bay\n\nThe first ferry crossed the bay on Tuesday. The operator will add a second boat in June.\n',
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  const code = await extractCommand.run(args);
  return { code, out, err };
}

describe('eventline extract', () => {
  it('--json prints only JSON with the article and ISO-dated events', async () => {
    const { code, out } = await run([file, '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as {
      article: { publishedAt: string; title: string };
      events: Array<{ title: string; start: string; end?: string; precision: string; quote: string }>;
    };
    expect(parsed.article.publishedAt).toBe('2023-04-20');
    expect(parsed.article.title).toBe('New ferry line for the bay');
    expect(parsed.events.map((event) => event.start)).toEqual(['2023-04-18', '2023-06-01']);
    for (const event of parsed.events) {
      expect(event.start).toMatch(/^-?\d{4}-\d{2}-\d{2}/);
      expect(event.quote.length).toBeGreaterThan(0);
      expect(event.title.length).toBeGreaterThan(0);
    }
  });

  it('reads a saved web page, dating it from its metadata and saying where the date came from', async () => {
    const page = join(dir, 'ferry.html');
    writeFileSync(
      page,
      `<!doctype html><html><head><title>Ferry line opens | Bay News</title>
      <meta property="article:published_time" content="2023-04-20T08:00:00+01:00"></head>
      <body><nav>Home · Archive 2019</nav><article><h1>Ferry line opens</h1>
      <p>The first ferry crossed the bay on Tuesday, carrying about two hundred passengers and their bicycles.</p>
      <p>The operator said a second boat would join the line in June if demand held up.</p></article>
      <footer>© 2021 Bay News</footer></body></html>`,
    );
    const { code, out } = await run([page, '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as {
      article: { publishedAt: string; publishedAtSource: string };
      events: Array<{ start: string }>;
    };
    expect(parsed.article).toMatchObject({ publishedAt: '2023-04-20', publishedAtSource: 'meta' });
    expect(parsed.events.map((event) => event.start)).toContain('2023-04-18');
    expect(
      parsed.events.some((event) => event.start.startsWith('2019') || event.start.startsWith('2021')),
    ).toBe(false);
  });

  it('--date overrides the date written in the file', async () => {
    const { out } = await run([file, '--date', '2023-05-04', '--json']);
    const parsed = JSON.parse(out) as { article: { publishedAt: string }; events: Array<{ start: string }> };
    expect(parsed.article.publishedAt).toBe('2023-05-04');
    expect(parsed.events[0].start).toBe('2023-05-02');
  });

  it('prints a readable table without --json', async () => {
    const { code, out } = await run([file]);
    expect(code).toBe(0);
    expect(out).toContain('published 2023-04-20');
    expect(out).toMatch(/2023-04-18\s+day\s+.*ferry/i);
  });

  it('exits with 2 and a clear message for a missing file or a bad date', async () => {
    const missing = await run([join(dir, 'nope.txt'), '--json']);
    expect(missing.code).toBe(2);
    expect(missing.out).toBe('');
    expect(missing.err).toMatch(/nope\.txt/);
    const badDate = await run([file, '--date', '2023-02-30']);
    expect(badDate.code).toBe(2);
    expect(badDate.err).toMatch(/not a date/);
    const noFile = await run([]);
    expect(noFile.code).toBe(2);
  });
});
