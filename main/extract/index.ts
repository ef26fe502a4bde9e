/**
 * The extraction engine behind one function: text in, time expressions and dated events out. The app,
 * the CLI and the tests all call extractEvents, so replacing the engine touches nothing else.
 */
import type { ExtractionResult, TimeExpression } from '../../preload/domain';
import { buildEvents } from './events/build-events';
import { tagTimexes } from './timex';

export interface ExtractOptions {
  /** Publication date `YYYY-MM-DD`, the reference for "on Monday" and "last month". */
  referenceDate: string;
}

export function extractEvents(text: string, options: ExtractOptions): ExtractionResult {
  let expressions: TimeExpression[];
  try {
    expressions = tagTimexes(text, { referenceDate: options.referenceDate });
  } catch {
    // A tagger failure on odd input must not lose the article: no dates is an honest answer.
    expressions = [];
  }
  let events: ExtractionResult['events'];
  try {
    events = buildEvents(text, expressions, options);
  } catch {
    events = [];
  }
  return { expressions, events };
}
