/**
 * `eventline extract <file-or-url> [--date YYYY-MM-DD] [--json]`: the app's extraction from a terminal.
 * The article (.txt, .md, .html, or a link) is read and dated exactly as the app does (ingest), `--date`
 * overriding the detected date. With --json, stdout carries only `{ "article": {...}, "events": [...] }`,
 * the article with its publishedAt and publishedAtSource (where the date came from).
 */
import type { ArticleDraft, ExtractedEvent } from '../../preload/api';
import { isIsoDay, localToday } from '../dates';
import { isUserError } from '../errors';
import { extractEvents } from '../extract/index';
import { ingestSource } from '../ingest';
import type { CliCommand } from './commands';

const USAGE = 'eventline extract <file-or-url> [--date YYYY-MM-DD] [--json]';

interface ExtractArgs {
  file: string;
  date?: string;
  json: boolean;
}

function parseArgs(args: readonly string[]): ExtractArgs | string {
  let file: string | undefined;
  let date: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') json = true;
    else if (arg === '--date') {
      date = args[i + 1];
      i++;
      if (date === undefined) return '--date needs a value, YYYY-MM-DD';
    } else if (arg.startsWith('--date=')) date = arg.slice('--date='.length);
    else if (arg.startsWith('--')) return `unknown option '${arg}'`;
    else if (file === undefined) file = arg;
    else return `one file at a time ('${arg}' is extra)`;
  }
  if (!file) return 'give the article file or link to read';
  if (date !== undefined && !isIsoDay(date)) return `'${date}' is not a date; write it as YYYY-MM-DD`;
  return { file, ...(date ? { date } : {}), json };
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/** A plain table for people: when, flags, title; the quote is in the JSON. */
export function formatTable(article: ArticleDraft, events: readonly ExtractedEvent[]): string {
  const lines = [
    `${article.title}`,
    `published ${article.publishedAt} (${article.publishedAtSource}) — ${events.length} event${events.length === 1 ? '' : 's'}`,
    '',
  ];
  const whens = events.map((event) => (event.end ? `${event.start} → ${event.end}` : event.start));
  const width = Math.max(4, ...whens.map((when) => when.length));
  lines.push(`${pad('when', width)}  ${pad('precision', 9)}  flags  title`);
  events.forEach((event, index) => {
    const flags = `${event.approximate ? '~' : ' '}${event.planned ? 'P' : ' '}`;
    lines.push(`${pad(whens[index], width)}  ${pad(event.precision, 9)}  ${pad(flags, 5)}  ${event.title}`);
  });
  if (events.length > 0) lines.push('', 'flags: ~ approximate, P planned');
  return lines.join('\n');
}

export const extractCommand: CliCommand = {
  summary: 'Extract dated events from an article file or link (as the app does).',
  usage: USAGE,
  async run(args: string[]): Promise<number> {
    const parsed = parseArgs(args);
    if (typeof parsed === 'string') {
      process.stderr.write(`extract: ${parsed}\nusage: ${USAGE}\n`);
      return 2;
    }
    let article: ArticleDraft;
    try {
      article = await ingestSource(parsed.file, {
        today: localToday(),
        ...(parsed.date ? { publishedAt: parsed.date } : {}),
      });
    } catch (error) {
      if (isUserError(error)) {
        process.stderr.write(`extract: ${error.message}\n`);
        return 2;
      }
      throw error;
    }
    const { events } = extractEvents(article.text, { referenceDate: article.publishedAt });
    if (parsed.json) process.stdout.write(`${JSON.stringify({ article, events }, null, 2)}\n`);
    else process.stdout.write(`${formatTable(article, events)}\n`);
    return 0;
  },
};
