/** The taggers the evaluation can run, behind one signature. */
import { tagTimexes } from '../timex';
import { chronoTag } from './chrono-baseline';
import type { ScoredSpan } from './score';

export type EngineName = 'ours' | 'chrono';

export type Engine = (text: string, referenceDate: string) => ScoredSpan[];

export const ENGINES: Record<EngineName, Engine> = {
  ours: (text, referenceDate) => tagTimexes(text, { referenceDate }),
  chrono: chronoTag,
};

export function isEngineName(name: string): name is EngineName {
  return name === 'ours' || name === 'chrono';
}
