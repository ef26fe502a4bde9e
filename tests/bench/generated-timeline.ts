/**
 * A made-up timeline of any size (articles and events, deterministic), for the timeline benchmark and
 * the export tests: days, periods and month/year dates spread over a few decades, in several lanes.
 */
import type { Article, Precision, TimelineDocument, TimelineEvent } from '../../preload/domain';

const SUBJECTS = [
  'Council',
  'Harbour board',
  'Ferry union',
  'Library trust',
  'River authority',
  'Mayor',
  'Court',
];
const ACTIONS = [
  'votes on budget',
  'opens new wing',
  'announces strike',
  'publishes report',
  'holds hearing',
];

/** Small deterministic PRNG (mulberry32) so every run draws the same timeline. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface GeneratedOptions {
  articles?: number;
  /** First and last year events fall in. */
  fromYear?: number;
  toYear?: number;
  seed?: number;
}

export function generatedTimeline(count: number, options: GeneratedOptions = {}): TimelineDocument {
  const next = random(options.seed ?? 42);
  const articleCount = options.articles ?? 12;
  const from = Date.UTC(options.fromYear ?? 1995, 0, 1);
  const to = Date.UTC((options.toYear ?? 2024) + 1, 0, 1);
  const stamp = '2024-06-01T12:00:00.000Z';
  const articles: Article[] = Array.from({ length: articleCount }, (_, a) => ({
    id: `art-${a}`,
    title: `${SUBJECTS[a % SUBJECTS.length]} coverage, part ${a + 1}`,
    text: `Generated article ${a + 1}.`,
    publishedAt: '2024-06-01',
    publishedAtSource: 'user',
    hash: `generated-${a}`,
    importedAt: `2024-06-01T12:${String(Math.floor(a / 60) % 60).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}.000Z`,
  }));
  const events: TimelineEvent[] = Array.from({ length: count }, (_, i) => {
    const start = from + Math.floor(next() * (to - from));
    const shape = next();
    let precision: Precision = 'day';
    let startIso = isoDay(start);
    let end: string | undefined;
    if (shape < 0.15) {
      end = isoDay(start + Math.floor(1 + next() * 120) * 86_400_000);
    } else if (shape < 0.25) {
      precision = 'month';
      startIso = `${startIso.slice(0, 7)}-01`;
    } else if (shape < 0.3) {
      precision = 'year';
      startIso = `${startIso.slice(0, 4)}-01-01`;
    }
    const manual = articleCount === 0 || i % 10 === 9;
    return {
      id: `ev-${i}`,
      title: `${SUBJECTS[i % SUBJECTS.length]} ${ACTIONS[(i >> 3) % ACTIONS.length]} (#${i})`,
      description: '',
      start: startIso,
      ...(end ? { end } : {}),
      precision,
      approximate: i % 17 === 0,
      planned: i % 23 === 0,
      origin: manual ? 'manual' : 'extracted',
      ...(manual ? {} : { articleId: `art-${i % articleCount}` }),
      tags: [],
      editedByUser: manual,
      createdAt: stamp,
      updatedAt: stamp,
    };
  });
  return { version: 1, articles, events, tags: [] };
}
