/**
 * Tagging speed: our tagger against chrono-node alone on the same documents, several rounds in one
 * run, plus time and peak memory for one 5 MB article.
 */
import { chronoTag } from '../../main/extract/eval/chrono-baseline';
import { tagTimexes } from '../../main/extract/timex';
import { type BenchDocument, benchDocuments, hugeArticle } from './corpus-text';

export interface BenchReport {
  name: string;
  lines: string[];
}

/** Wall-clock ms of one round; the CPU ms it used are added to `cpu` (steadier on a busy machine). */
function timeRound(documents: BenchDocument[], tag: (d: BenchDocument) => unknown, cpu?: number[]): number {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (const d of documents) tag(d);
  const elapsed = performance.now() - started;
  const used = process.cpuUsage(cpuBefore);
  cpu?.push((used.user + used.system) / 1000);
  return elapsed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function runExtractSpeed(rounds = 7): BenchReport {
  const { source, documents } = benchDocuments();
  const chars = documents.reduce((n, d) => n + d.text.length, 0);
  const ours = (d: BenchDocument) => tagTimexes(d.text, { referenceDate: d.referenceDate });
  const chrono = (d: BenchDocument) => chronoTag(d.text, d.referenceDate);
  // Warm-up so both engines are compiled before timing.
  timeRound(documents.slice(0, 20), ours);
  timeRound(documents.slice(0, 20), chrono);
  const oursMs: number[] = [];
  const chronoMs: number[] = [];
  const oursCpu: number[] = [];
  const chronoCpu: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // Alternate the order so neither engine always runs on a warmer machine.
    if (i % 2 === 0) {
      oursMs.push(timeRound(documents, ours, oursCpu));
      chronoMs.push(timeRound(documents, chrono, chronoCpu));
    } else {
      chronoMs.push(timeRound(documents, chrono, chronoCpu));
      oursMs.push(timeRound(documents, ours, oursCpu));
    }
  }
  const o = median(oursMs);
  const c = median(chronoMs);
  // On a shared machine the fastest round is the least disturbed one: report it beside the median.
  const oBest = Math.min(...oursMs);
  const cBest = Math.min(...chronoMs);

  const article = hugeArticle(5 * 1024 * 1024);
  const global = globalThis as { gc?: () => void };
  global.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 5);
  const started = performance.now();
  const found = tagTimexes(article, { referenceDate: '2024-05-01' });
  const hugeMs = performance.now() - started;
  clearInterval(sampler);
  const after = process.memoryUsage();
  peakRss = Math.max(peakRss, after.rss);
  peakHeap = Math.max(peakHeap, after.heapUsed);
  const mb = (n: number) => (n / 1024 / 1024).toFixed(0);

  return {
    name: 'extract-speed',
    lines: [
      `text: ${source}, ${(chars / 1024).toFixed(0)} KB, ${rounds} rounds`,
      `ours:   median ${o.toFixed(0)} ms, best ${oBest.toFixed(0)} ms  [${oursMs.map((x) => x.toFixed(0)).join(', ')}]`,
      `chrono: median ${c.toFixed(0)} ms, best ${cBest.toFixed(0)} ms  [${chronoMs.map((x) => x.toFixed(0)).join(', ')}]`,
      `ratio ours/chrono: median ${(o / c).toFixed(2)}, best ${(oBest / cBest).toFixed(2)} (target <= 2.00) ${
        o / c <= 2 ? 'OK' : 'OVER'
      }`,
      `cpu time (median): ours ${median(oursCpu).toFixed(0)} ms, chrono ${median(chronoCpu).toFixed(0)} ms, ratio ${(
        median(oursCpu) / median(chronoCpu)
      ).toFixed(2)}`,
      `5 MB article: ${hugeMs.toFixed(0)} ms, ${found.length} expressions, peak RSS ${mb(peakRss)} MB (+${mb(
        peakRss - before.rss,
      )}), peak heap ${mb(peakHeap)} MB (sampled between timer ticks)`,
    ],
  };
}
