/**
 * Batch import speed: files per second for ingest + extraction of generated articles (half text
 * files, half news pages with furniture), through ingestBatch in this thread and through the worker.
 * `npx tsx tests/bench/ingest-batch.ts [count]`, or runIngestBench() from the bench runner.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractEvents } from '../../main/extract';
import { ingestBatch } from '../../main/ingest/batch';
import { runIngestWorker } from '../../main/ingest/batch-in-worker';

const PARAGRAPHS = [
  'The city council voted on Tuesday to approve the new transport plan, which was first proposed in March 2021.',
  'Construction is due to start next spring and should be finished by the end of 2026, officials said.',
  'Opponents argued that the scheme, estimated at 120 million euros, was rushed through before the elections in May.',
  'A similar project was abandoned in 2015 after costs doubled within two years.',
  'The mayor said on Monday that public consultations would continue until 30 September.',
];

function page(n: number): { name: string; content: string } {
  const day = String((n % 28) + 1).padStart(2, '0');
  const body = PARAGRAPHS.map((_, i) => PARAGRAPHS[(i + n) % PARAGRAPHS.length]).join('\n\n');
  if (n % 2 === 0)
    return { name: `article-${n}.txt`, content: `Published: 2024-03-${day}\nStory ${n}\n\n${body}\n` };
  return {
    name: `article-${n}.html`,
    content: `<!doctype html><html><head><title>Story ${n}</title>
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-04-${day}T08:00:00+01:00"}</script></head>
<body><div class="cookie-banner">Cookie policy updated 1 May 2023</div><nav><a href="/">Home</a> <a href="/2019">2019</a></nav>
<main><article><header><h1>Story ${n}</h1><time datetime="2024-04-${day}">date</time></header>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article>
<section class="comments"><p>Posted 2 April 2024 at 10:00: interesting.</p></section></main>
<aside>Related: Budget of 12 June 2022</aside><footer>© 2024</footer></body></html>`,
  };
}

export async function runIngestBench(count = 300): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'eventline-bench-ingest-'));
  try {
    const sources: string[] = [];
    for (let n = 0; n < count; n++) {
      const { name, content } = page(n);
      await writeFile(join(dir, name), content);
      sources.push(join(dir, name));
    }
    const today = '2026-11-24';
    const timed = async (run: () => Promise<{ items: unknown[]; failures: unknown[] }>) => {
      const started = performance.now();
      const result = await run();
      const seconds = (performance.now() - started) / 1000;
      if (result.failures.length > 0)
        throw new Error(`${result.failures.length} files failed in the benchmark`);
      return { rate: result.items.length / seconds, seconds };
    };
    const inline = await timed(() => ingestBatch(sources, { today, extract: extractEvents }));
    const worker = await timed(() => runIngestWorker(sources, { today }));
    const format = (label: string, r: { rate: number; seconds: number }) =>
      `${label}: ${r.rate.toFixed(0)} files/s (${count} files in ${r.seconds.toFixed(2)} s)`;
    return [
      `ingest batch (${count} files, half .txt, half .html news pages; ingest + extraction)`,
      format('  same thread', inline),
      format('  worker thread (incl. start-up)', worker),
    ].join('\n');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = Number(process.argv[2] ?? 300);
  runIngestBench(count).then(
    (report) => console.log(report),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
