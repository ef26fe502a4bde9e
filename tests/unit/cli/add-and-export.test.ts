import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSources, formatAddSummary, parseAddArgs } from '../../../main/cli/add';
import { exportTimeline, parseExportArgs } from '../../../main/cli/export';
import { type LocalServer, startServer } from '../ingest/local-server';

const FIXTURES = join(__dirname, '../../fixtures/ingest');
const today = '2026-11-24';
let dir: string;
let server: LocalServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'eventline-cli-add-'));
  await cp(FIXTURES, join(dir, 'articles'), { recursive: true });
  const page = await readFile(join(FIXTURES, 'river-festival.html'));
  server = await startServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(page);
  });
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('cli add', () => {
  it('parses sources and options', () => {
    expect(parseAddArgs(['a.txt', 'dir', '--db', 't.json', '--date=2024-01-02', '--timeout', '5'])).toEqual({
      sources: ['a.txt', 'dir'],
      db: 't.json',
      date: '2024-01-02',
      timeoutMs: 5000,
    });
    expect(parseAddArgs(['a.txt'])).toBe('say which timeline file to add to with --db <file>');
    expect(parseAddArgs(['--db', 't.json'])).toBe('give at least one file, folder or link to add');
    expect(parseAddArgs(['a.txt', '--db', 't.json', '--date', '16/01/2024'])).toBe(
      "'16/01/2024' is not a date; write it as YYYY-MM-DD",
    );
  });

  it('adds a folder and a link to a store, skips what it already has, and lists failures', async () => {
    const db = join(dir, 'timeline.json');
    const first = await addSources(
      { sources: [join(dir, 'articles'), `${server.origin}/festival`, 'https://no-such-host.invalid/x'], db },
      { today },
    );
    expect(first.added.map((a) => a.title)).toEqual([
      'Council votes to extend night buses',
      'Ferry strike ends',
      'Harbour bridge reopens after two-year repair',
      'Library extension opens to the public',
      'River festival draws record crowds',
      'Grain shipments resume from northern port',
    ]);
    // The link serves the festival page already added from its file: same text, so not added twice.
    expect(first.duplicates).toEqual([
      { source: `${server.origin}/festival`, title: 'River festival draws record crowds' },
    ]);
    expect(first.failures).toEqual([
      {
        source: 'https://no-such-host.invalid/x',
        reason:
          'The site no-such-host.invalid could not be found (DNS lookup failed). Check the address for typos and that you are online.',
      },
    ]);

    const stored = JSON.parse(await readFile(db, 'utf8'));
    expect(stored.articles).toHaveLength(6);
    expect(stored.events.length).toBe(first.added.reduce((n, a) => n + a.events, 0));
    const bridge = stored.articles.find((a: { title: string }) => a.title.startsWith('Harbour'));
    expect(bridge).toMatchObject({
      publishedAt: '2024-01-16',
      publishedAtSource: 'json-ld',
      fileName: 'harbour-bridge.html',
    });

    const again = await addSources({ sources: [join(dir, 'articles', 'ferry-strike.md')], db }, { today });
    expect(again.added).toEqual([]);
    expect(again.duplicates).toHaveLength(1);

    const summary = formatAddSummary(first, 'timeline.json');
    expect(summary).toMatch(/^Added 6 articles \(\d+ events\) to timeline\.json\./);
    expect(summary).toContain(
      '1 source could not be added:\n  ! https://no-such-host.invalid/x: The site no-such-host.invalid',
    );
  });
});

describe('cli export', () => {
  it('parses its options', () => {
    expect(parseExportArgs(['--db', 't.json', '--format', 'ics', '--out', 'x.ics'])).toEqual({
      db: 't.json',
      format: 'ics',
      out: 'x.ics',
    });
    expect(parseExportArgs(['--db', 't.json', '--format', 'xml'])).toBe(
      "'xml' is not a format; use json, csv or ics",
    );
  });

  it('exports the store in each format, and refuses a missing one', async () => {
    const db = join(dir, 'export.json');
    await addSources({ sources: [join(dir, 'articles', 'ferry-strike.md')], db }, { today });
    const json = JSON.parse((await exportTimeline({ db, format: 'json' })).text);
    expect(json.format).toBe('eventline-timeline');
    expect(json.articles).toHaveLength(1);
    expect((await exportTimeline({ db, format: 'csv' })).text.startsWith('\uFEFFstart,end')).toBe(true);
    expect((await exportTimeline({ db, format: 'ics' })).text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    await expect(exportTimeline({ db: join(dir, 'none.json'), format: 'csv' })).rejects.toThrow(
      `There is no timeline file at ${join(dir, 'none.json')}.`,
    );
  });
});
