/**
 * The text the speed benchmarks tag: all TBAQ documents when the shared corpus is present next to
 * the repository, otherwise generated news-like text of a similar size (so the bench runs anywhere).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findTmlFiles } from '../../main/extract/eval/corpus';
import { readTml } from '../../main/extract/eval/tml';

export interface BenchDocument {
  text: string;
  referenceDate: string;
}

export const TBAQ_DIR = resolve(import.meta.dirname, '../../../shared/corpora/tbaq');

const SENTENCES = [
  'The company said Friday that third-quarter profit rose 12% from a year earlier.',
  'Officials met on March 22, 2013, and again two days later to discuss the plan.',
  'Shares fell 3% last month after the board delayed the vote until next year.',
  'The strike, which began in early December, lasted nine days and cost millions.',
  'In the 1990s the region grew quickly; now growth is slower than in recent years.',
  'Police said the explosion happened at 6:42 a.m. Sunday near the central station.',
  'Analysts expect the economy to recover in the second half of 2024, the report said.',
  'The minister will travel to Brussels on Monday for talks that could last three weeks.',
  'Sales have risen every year since 2009, according to figures released yesterday.',
  'Residents were evacuated overnight as the river rose to its highest level in decades.',
];

function generated(targetChars: number): BenchDocument[] {
  const docs: BenchDocument[] = [];
  let size = 0;
  for (let i = 0; size < targetChars; i++) {
    const text = Array.from({ length: 40 }, (_, j) => SENTENCES[(i * 7 + j * 3) % SENTENCES.length]).join(
      ' ',
    );
    docs.push({
      text,
      referenceDate: `20${String(10 + (i % 14)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 9}`,
    });
    size += text.length;
  }
  return docs;
}

/** TBAQ's texts with their creation dates, or about 750 KB of generated news. */
export function benchDocuments(): { source: string; documents: BenchDocument[] } {
  if (existsSync(TBAQ_DIR)) {
    const documents = findTmlFiles(TBAQ_DIR).map((file) => {
      const doc = readTml(readFileSync(join(TBAQ_DIR, file), 'utf8'));
      return { text: doc.text, referenceDate: doc.dct };
    });
    return { source: `TBAQ (${documents.length} documents)`, documents };
  }
  return { source: 'generated news-like text', documents: generated(750_000) };
}

/** One long article of about the given size, made of the same news sentences. */
export function hugeArticle(chars: number): string {
  const paragraph = `${SENTENCES.join(' ')}\n\n`;
  return paragraph.repeat(Math.ceil(chars / paragraph.length)).slice(0, chars);
}
