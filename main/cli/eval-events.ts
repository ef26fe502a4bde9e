/**
 * `eventline eval-events <dir> [--json]`: for every X.txt with an X.gold.json beside it, extracts the
 * events with the gold file's publication date and prints recall (found/expected) and precision
 * (right/emitted) with the misses and the wrong events.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ExtractedEvent } from '../../preload/domain';
import {
  type EventScore,
  type GoldEvent,
  parseGold,
  ratio,
  scoreEvents,
  sumScores,
} from '../extract/eval-events';
import { extractEvents } from '../extract/index';
import { draftArticle } from '../ingest/text';
import type { CliCommand } from './commands';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function showEvent(event: ExtractedEvent): string {
  const when = event.end ? `${event.start}..${event.end}` : event.start;
  return `${when} ${event.title}`;
}

function showGold(gold: GoldEvent): string {
  const end = gold.end ? ` end ${gold.end.join('..')}` : gold.point ? ' (point)' : '';
  return `${gold.id}: start ${gold.start.join('..')}${end} terms ${gold.terms.join('/')}`;
}

interface FileResult {
  file: string;
  score: EventScore;
}

function scoreFile(dir: string, name: string): FileResult {
  const stem = basename(name, '.txt');
  const gold = parseGold(JSON.parse(readFileSync(join(dir, `${stem}.gold.json`), 'utf8')));
  const raw = readFileSync(join(dir, name), 'utf8');
  // The same text the app analyses: a `Published:` line is dropped, the gold file's date is used.
  const draft = draftArticle({ text: raw, publishedAt: gold.dct }, { today: gold.dct });
  const { events } = extractEvents(draft.text, { referenceDate: gold.dct });
  return { file: name, score: scoreEvents(events, gold) };
}

export const evalEventsCommand: CliCommand = {
  summary: 'Score extracted events against X.gold.json files (recall and precision, with the misses).',
  usage: 'eventline eval-events <dir> [--json]',
  async run(args: string[]): Promise<number> {
    const json = args.includes('--json');
    const dir = args.find((arg) => !arg.startsWith('--'));
    if (!dir || !existsSync(dir) || !statSync(dir).isDirectory()) {
      process.stderr.write(
        `eval-events: ${dir ? `'${dir}' is not a folder` : 'give a folder'}\nusage: ${this.usage}\n`,
      );
      return 2;
    }
    const names = readdirSync(dir)
      .filter((name) => name.endsWith('.txt') && existsSync(join(dir, `${basename(name, '.txt')}.gold.json`)))
      .sort();
    if (names.length === 0) {
      process.stderr.write(`eval-events: no X.txt with X.gold.json in '${dir}'\n`);
      return 2;
    }
    const results: FileResult[] = [];
    for (const name of names) {
      try {
        results.push(scoreFile(dir, name));
      } catch (error) {
        process.stderr.write(
          `eval-events: ${name}: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        return 2;
      }
    }
    const total = sumScores(results.map((result) => result.score));
    if (json) {
      process.stdout.write(
        `${JSON.stringify(
          {
            files: results.map(({ file, score }) => ({
              file,
              expected: score.expected,
              found: score.found,
              emitted: score.emitted,
              right: score.right,
              missed: score.missed.map((gold) => gold.id),
              wrong: score.wrong.map(showEvent),
            })),
            total: {
              ...total,
              recall: ratio(total.found, total.expected),
              precision: ratio(total.right, total.emitted),
            },
          },
          null,
          2,
        )}\n`,
      );
      return 0;
    }
    const lines: string[] = [];
    for (const { file, score } of results) {
      lines.push(
        `${file}: found ${score.found}/${score.expected} (recall ${pct(ratio(score.found, score.expected))}), right ${score.right}/${score.emitted} (precision ${pct(ratio(score.right, score.emitted))})`,
      );
      for (const { gold, event } of score.matched) lines.push(`  ok      ${gold.id} ← ${showEvent(event)}`);
      for (const gold of score.missed) lines.push(`  missed  ${showGold(gold)}`);
      for (const event of score.wrong) lines.push(`  wrong   ${showEvent(event)}`);
    }
    lines.push(
      `total: found ${total.found}/${total.expected} (recall ${pct(ratio(total.found, total.expected))}), right ${total.right}/${total.emitted} (precision ${pct(ratio(total.right, total.emitted))})`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
};
