import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftArticle, hashArticleText, readArticleFile, titleFromText } from '../../../main/ingest';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'eventline-ingest-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('text articles', () => {
  it('reads a UTF-8 file with a BOM and Windows line ends', async () => {
    const file = join(dir, 'a.txt');
    await writeFile(file, '\uFEFFPublished: 2024-01-16\r\nTitle line\r\nBody.');
    const input = await readArticleFile(file);
    expect(input.fileName).toBe('a.txt');
    const draft = draftArticle(input, { today: '2024-02-01' });
    expect(draft).toMatchObject({
      title: 'Title line',
      text: 'Title line\nBody.',
      publishedAt: '2024-01-16',
    });
  });

  it('refuses binary files, unknown types and missing files with messages a person understands', async () => {
    const binary = join(dir, 'b.txt');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x00]));
    await expect(readArticleFile(binary)).rejects.toThrow(
      /b\.txt is not UTF-8 text|b\.txt looks like a binary/,
    );
    await expect(readArticleFile(join(dir, 'report.pdf'))).rejects.toThrow(
      /report\.pdf is not a text article/,
    );
    await expect(readArticleFile(join(dir, 'gone.txt'))).rejects.toThrow(/gone\.txt could not be found/);
  });

  it('rejects a Published line that is not a real date and uses today instead', () => {
    const draft = draftArticle({ text: 'Published: 2024-02-30\nBody' }, { today: '2024-02-01' });
    expect(draft.publishedAtSource).toBe('default-today');
  });

  it('refuses an empty article and a bad user date', () => {
    expect(() => draftArticle({ text: '  \n ' }, { today: '2024-02-01' })).toThrow(/empty/);
    expect(() => draftArticle({ text: 'x', publishedAt: '16/01/2024' }, { today: '2024-02-01' })).toThrow(
      /YYYY-MM-DD/,
    );
  });

  it('titles an article by its headline, else the file name', () => {
    expect(titleFromText('# Markdown headline\nBody')).toBe('Markdown headline');
    expect(titleFromText('x'.repeat(300), 'notes.md')).toBe('notes');
  });

  it('hashes text insensitive to spacing and case', () => {
    expect(hashArticleText('A  b\nC')).toBe(hashArticleText('a b c'));
    expect(hashArticleText('a b c')).not.toBe(hashArticleText('a b d'));
  });
});

describe('publication date order in drafts', () => {
  const today = '2026-11-24';
  it('the user first, then the page, then a dateline, then a Published: line, then today', () => {
    const text = 'Published: 2022-09-01\n\nHELSINKI, 5 September 2022 — Ferry crews ended their strike.';
    expect(draftArticle({ text, publishedAt: '2022-09-06' }, { today })).toMatchObject({
      publishedAt: '2022-09-06',
      publishedAtSource: 'user',
    });
    expect(
      draftArticle({ text }, { today, detected: { date: '2022-09-04', source: 'json-ld' } }),
    ).toMatchObject({
      publishedAt: '2022-09-04',
      publishedAtSource: 'json-ld',
    });
    expect(draftArticle({ text }, { today })).toMatchObject({
      publishedAt: '2022-09-05',
      publishedAtSource: 'dateline',
    });
    expect(
      draftArticle({ text: 'Published: 2022-09-01\n\nCrews ended their strike.' }, { today }),
    ).toMatchObject({
      publishedAt: '2022-09-01',
      publishedAtSource: 'published-line',
    });
    expect(draftArticle({ text: 'Crews ended their strike.' }, { today })).toMatchObject({
      publishedAt: today,
      publishedAtSource: 'default-today',
    });
  });

  it('removes the Published: line from the text even when a dateline wins', () => {
    const draft = draftArticle(
      { text: 'Published: 2022-09-01\nHELSINKI, 5 September 2022 — Crews.' },
      { today },
    );
    expect(draft.text).toBe('HELSINKI, 5 September 2022 — Crews.');
  });
});
