import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../main/errors';
import { describeSource, ingestSource, isUrlSource } from '../../../main/ingest';
import { type LocalServer, startServer } from './local-server';

const FIXTURES = join(__dirname, '../../fixtures/ingest');
const today = '2026-11-24';

let server: LocalServer;
beforeAll(async () => {
  const page = await readFile(join(FIXTURES, 'wire-dateline.html'));
  server = await startServer((request, response) => {
    if (request.url === '/short') {
      response.writeHead(302, { location: '/markets/grain?id=7' });
      return response.end();
    }
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(page);
  });
});
afterAll(() => server.close());

describe('ingestSource', () => {
  it('reads a text file with its Published: line', async () => {
    expect(await ingestSource(join(FIXTURES, 'library-extension.txt'), { today })).toMatchObject({
      title: 'Library extension opens to the public',
      fileName: 'library-extension.txt',
      publishedAt: '2024-02-05',
      publishedAtSource: 'published-line',
    });
  });

  it('reads a Markdown file with a dateline', async () => {
    expect(await ingestSource({ path: join(FIXTURES, 'ferry-strike.md') }, { today })).toMatchObject({
      title: 'Ferry strike ends',
      publishedAt: '2022-09-05',
      publishedAtSource: 'dateline',
    });
  });

  it('reads a saved web page, keeping its canonical address to recognise the same article by link', async () => {
    const draft = await ingestSource(join(FIXTURES, 'harbour-bridge.html'), { today });
    expect(draft).toMatchObject({
      title: 'Harbour bridge reopens after two-year repair',
      fileName: 'harbour-bridge.html',
      url: 'https://courier.example/news/2024/01/harbour-bridge-reopens',
      publishedAt: '2024-01-16',
      publishedAtSource: 'json-ld',
    });
    expect(draft.text).not.toContain('cookie');
  });

  it('fetches a link, stores it under its final address and dates it by its dateline', async () => {
    const draft = await ingestSource(`${server.origin}/short`, { today });
    expect(draft).toMatchObject({
      title: 'Grain shipments resume from northern port',
      url: `${server.origin}/markets/grain?id=7`,
      publishedAt: '2026-01-16',
      publishedAtSource: 'dateline',
    });
    expect(draft.text.startsWith('ODESSA, Jan. 16 (Eventline Wire) — Grain shipments')).toBe(true);
  });

  it("uses the user's date over anything detected", async () => {
    const draft = await ingestSource(
      { path: join(FIXTURES, 'harbour-bridge.html') },
      { today, publishedAt: '2024-01-20' },
    );
    expect(draft).toMatchObject({ publishedAt: '2024-01-20', publishedAtSource: 'user' });
  });

  it('refuses files it cannot read, saying which and why', async () => {
    const unsupported = await ingestSource('/tmp/report.pdf', { today }).catch((e: unknown) => e);
    expect(unsupported).toBeInstanceOf(UserError);
    expect((unsupported as UserError).message).toBe(
      'report.pdf is not an article Eventline can read: it opens .txt, .md, .markdown, .text, .html, .htm, .xhtml files.',
    );
    const missing = await ingestSource('/nowhere/story.html', { today }).catch((e: unknown) => e);
    expect((missing as UserError).message).toBe('story.html could not be found or opened.');
  });

  it('tells links from paths', () => {
    expect(isUrlSource('https://news.example/a')).toBe(true);
    expect(isUrlSource(' http://news.example/a')).toBe(true);
    expect(isUrlSource('news/2024/a.html')).toBe(false);
    expect(describeSource({ url: 'https://news.example/a' })).toBe('https://news.example/a');
  });
});
