/**
 * `npm run bench [name]`: runs each benchmark (or the one named) and prints its report. Benchmarks are
 * not part of the pass/fail suite; add one by writing a file that returns a BenchReport and listing
 * it here.
 */
import { type BenchReport, runExtractSpeed } from './extract-speed';

const BENCHMARKS: { name: string; run: () => BenchReport | Promise<BenchReport> }[] = [
  { name: 'extract-speed', run: () => runExtractSpeed() },
  {
    name: 'ingest-batch',
    run: async () => {
      // Loaded on demand: it pulls in the ingest pipeline and its worker.
      const { runIngestBench } = await import('./ingest-batch');
      return { name: 'ingest-batch', lines: (await runIngestBench()).split('\n').filter(Boolean) };
    },
  },
  {
    name: 'timeline-render',
    run: async () => {
      // Loaded on demand: it builds the renderer and starts Chromium.
      const { runTimelineBench } = await import('./timeline-render');
      return { name: 'timeline-render', lines: (await runTimelineBench()).split('\n').filter(Boolean) };
    },
  },
];

async function main(): Promise<void> {
  const only = process.argv[2];
  for (const bench of BENCHMARKS) {
    if (only && bench.name !== only) continue;
    const report = await bench.run();
    process.stdout.write(`== ${report.name}\n${report.lines.map((l) => `  ${l}`).join('\n')}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
