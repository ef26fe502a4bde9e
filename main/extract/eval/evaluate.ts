/** Runs an engine over a TimeML corpus and scores it against the gold TIMEX3 annotations. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTmlFiles } from './corpus';
import type { Engine } from './engines';
import { addCounts, type DocumentErrors, emptyCounts, type Figures, figures, scoreDocument } from './score';
import { readTml } from './tml';

export interface DocumentResult {
  file: string;
  errors: DocumentErrors;
}

export interface CorpusResult {
  figures: Figures;
  documents: DocumentResult[];
  files: number;
}

export function evaluateCorpus(root: string, engine: Engine): CorpusResult {
  let total = emptyCounts();
  const documents: DocumentResult[] = [];
  const files = findTmlFiles(root);
  for (const file of files) {
    const doc = readTml(readFileSync(join(root, file), 'utf8'));
    const system = engine(doc.text, doc.dct);
    const { counts, errors } = scoreDocument(doc.gold, system);
    total = addCounts(total, counts);
    documents.push({ file, errors });
  }
  return { figures: figures(total), documents, files: files.length };
}
