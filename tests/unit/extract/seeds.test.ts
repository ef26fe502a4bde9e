/**
 * The sample articles in seeds/ against their hand-made gold events: every expected event found with
 * dates inside its windows, and few events beyond them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGold, ratio, scoreEvents } from '../../../main/extract/eval-events';
import { extractEvents } from '../../../main/extract/index';
import { draftArticle } from '../../../main/ingest/text';

const SEEDS = join(__dirname, '../../../seeds');

interface SeedEntry {
  id: string;
  file: string;
  title: string;
  publishedAt: string;
}

const index = JSON.parse(readFileSync(join(SEEDS, 'index.json'), 'utf8')) as SeedEntry[];

describe('seeds/index.json', () => {
  it('lists every seed article, each with a gold file, a title and its publication date', () => {
    const files = readdirSync(SEEDS).filter((name) => name.endsWith('.txt'));
    expect(index.map((entry) => entry.file).sort()).toEqual(files.sort());
    expect(index.length).toBeGreaterThanOrEqual(3);
    for (const entry of index) {
      const text = readFileSync(join(SEEDS, entry.file), 'utf8');
      expect(text.split('\n')[0]).toBe(`Published: ${entry.publishedAt}`);
      expect(text.split('\n')[1]).toBe(entry.title);
      const gold = parseGold(JSON.parse(readFileSync(join(SEEDS, `${entry.id}.gold.json`), 'utf8')));
      expect(gold.dct).toBe(entry.publishedAt);
    }
  });
});

describe.each(index)('seed $id', (entry) => {
  const raw = readFileSync(join(SEEDS, entry.file), 'utf8');
  const article = draftArticle({ text: raw, fileName: entry.file }, { today: '2000-01-01' });
  const gold = parseGold(JSON.parse(readFileSync(join(SEEDS, `${entry.id}.gold.json`), 'utf8')));
  const { events } = extractEvents(article.text, { referenceDate: article.publishedAt });
  const score = scoreEvents(events, gold);

  it('is dated by its Published line', () => {
    expect(article.publishedAt).toBe(entry.publishedAt);
    expect(article.text).not.toMatch(/^Published:/m);
  });

  it('yields every expected event with dates inside the gold windows', () => {
    expect(score.missed.map((missed) => missed.id)).toEqual([]);
  });

  it('emits few events that the gold does not expect (precision ≥ 85%)', () => {
    expect(score.wrong.map((wrong) => `${wrong.start} ${wrong.title}`)).toEqual([]);
    expect(ratio(score.right, score.emitted)).toBeGreaterThanOrEqual(0.85);
  });

  it('gives every event a short title, its sentence as quote and a source span', () => {
    for (const event of events) {
      expect(event.title.length).toBeGreaterThan(0);
      expect(event.title.length).toBeLessThanOrEqual(70);
      expect(article.text.slice(event.sourceStart, event.sourceEnd)).toBe(event.quote);
    }
  });
});
