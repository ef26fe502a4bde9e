import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandSources, listArticleFiles } from '../../../main/ingest/folder';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'eventline-folder-'));
  const files = [
    'b.txt',
    'a.md',
    'Z.html',
    'notes.pdf',
    '.hidden.txt',
    '.git/config.txt',
    'sub/c.htm',
    'sub/deeper/d.TXT',
    'sub/.cache/e.txt',
    'empty/readme.rtf',
  ];
  for (const file of files) {
    await mkdir(join(root, file, '..'), { recursive: true });
    await writeFile(join(root, file), 'x');
  }
  // A link back to the root must not make the walk endless.
  await symlink(root, join(root, 'sub', 'loop'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('folders of articles', () => {
  it('lists supported files recursively, skipping hidden ones, in a stable order', async () => {
    const files = (await listArticleFiles(root)).map((f) => relative(root, f));
    expect(files).toEqual(['Z.html', 'a.md', 'b.txt', 'sub/c.htm', 'sub/deeper/d.TXT']);
  });

  it('expands folders among sources and reports what cannot be used', async () => {
    const { sources, failures } = await expandSources([
      join(root, 'sub'),
      'https://news.example/a',
      join(root, 'b.txt'),
      join(root, 'missing'),
      join(root, 'empty'),
    ]);
    expect(sources.map((s) => (s.startsWith('http') ? s : relative(root, s)))).toEqual([
      'sub/c.htm',
      'sub/deeper/d.TXT',
      'https://news.example/a',
      'b.txt',
    ]);
    expect(failures).toEqual([
      { source: join(root, 'missing'), reason: 'missing could not be found.' },
      {
        source: join(root, 'empty'),
        reason: 'The folder empty has no articles (.txt, .md, .markdown, .text, .html, .htm, .xhtml files).',
      },
    ]);
  });
});
