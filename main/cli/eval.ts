/**
 * `eventline eval <goldDir> [--engine ours|chrono] [--json] [--quiet]`: TempEval-3 scores of a
 * tagger on a TimeML corpus, with the errors of each file.
 */
import { existsSync, statSync } from 'node:fs';
import { ENGINES, isEngineName } from '../extract/eval/engines';
import { type CorpusResult, evaluateCorpus } from '../extract/eval/evaluate';
import type { ScoredSpan } from '../extract/eval/score';
import type { CliCommand } from './commands';

function pct(x: number): string {
  return (x * 100).toFixed(1);
}

function show(s: ScoredSpan): string {
  return `"${s.text.replace(/\s+/g, ' ')}" ${s.type} ${s.value}`;
}

function errorReport(result: CorpusResult): string[] {
  const lines: string[] = [];
  for (const { file, errors } of result.documents) {
    const items = [
      ...errors.missed.map((g) => `  missed    ${show(g)}`),
      ...errors.spurious.map((s) => `  spurious  ${show(s)}`),
      ...errors.extent.map(([g, s]) => `  extent    gold ${show(g)} | ours "${s.text.replace(/\s+/g, ' ')}"`),
      ...errors.value.map(([g, s]) => `  value     gold ${show(g)} | ours ${show(s)}`),
    ];
    if (items.length) lines.push(`${file}`, ...items);
  }
  return lines;
}

function summary(engine: string, result: CorpusResult): string[] {
  const f = result.figures;
  return [
    `engine ${engine}: ${result.files} files, ${f.counts.gold} gold TIMEX3, ${f.counts.system} tagged`,
    `strict   P ${pct(f.strict.precision)}  R ${pct(f.strict.recall)}  F1 ${pct(f.strict.f1)}`,
    `relaxed  P ${pct(f.relaxed.precision)}  R ${pct(f.relaxed.recall)}  F1 ${pct(f.relaxed.f1)}`,
    `value    accuracy ${pct(f.value.accuracy)}  F1 ${pct(f.value.f1)}`,
    `type     accuracy ${pct(f.type.accuracy)}  F1 ${pct(f.type.f1)}`,
  ];
}

export const evalCommand: CliCommand = {
  summary: 'Score a temporal tagger on a TimeML corpus the TempEval-3 way (strict, relaxed, value, type).',
  usage: 'eventline eval <goldDir> [--engine ours|chrono] [--json] [--quiet]',
  async run(args) {
    let engine = 'ours';
    let json = false;
    let quiet = false;
    const positional: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '--engine') engine = args[++i] ?? '';
      else if (a.startsWith('--engine=')) engine = a.slice('--engine='.length);
      else if (a === '--json') json = true;
      else if (a === '--quiet') quiet = true;
      else positional.push(a);
    }
    const [goldDir] = positional;
    if (!goldDir || positional.length > 1) {
      process.stderr.write(`usage: ${this.usage}\n`);
      return 2;
    }
    if (!isEngineName(engine)) {
      process.stderr.write(`eval: unknown engine '${engine}' (choose ours or chrono)\n`);
      return 2;
    }
    if (!existsSync(goldDir) || !statSync(goldDir).isDirectory()) {
      process.stderr.write(`eval: '${goldDir}' is not a folder\n`);
      return 2;
    }
    const result = evaluateCorpus(goldDir, ENGINES[engine]);
    if (result.files === 0) {
      process.stderr.write(`eval: no .tml files under '${goldDir}'\n`);
      return 1;
    }
    if (json) {
      const f = result.figures;
      const round = (x: number) => Math.round(x * 1000) / 10;
      const out = {
        engine,
        files: result.files,
        gold: f.counts.gold,
        tagged: f.counts.system,
        strict: {
          precision: round(f.strict.precision),
          recall: round(f.strict.recall),
          f1: round(f.strict.f1),
        },
        relaxed: {
          precision: round(f.relaxed.precision),
          recall: round(f.relaxed.recall),
          f1: round(f.relaxed.f1),
        },
        value: { accuracy: round(f.value.accuracy), f1: round(f.value.f1) },
        type: { accuracy: round(f.type.accuracy), f1: round(f.type.f1) },
      };
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      return 0;
    }
    const lines = [...(quiet ? [] : errorReport(result)), '', ...summary(engine, result)];
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
};
