/**
 * `eventline export --db <file> --format json|csv|ics [--out <file>]`: writes a timeline file in one of
 * the app's export formats, to a file or to standard output.
 */
import { access, writeFile } from 'node:fs/promises';
import { isUserError, UserError } from '../errors';
import { toCsv } from '../export/csv';
import { toIcs } from '../export/ics';
import { toJsonExport } from '../export/json';
import { openStore } from '../store';
import type { CliCommand } from './commands';
import { readOptions } from './options';

const USAGE = 'eventline export --db <timeline.json> --format json|csv|ics [--out <file>]';
const FORMATS = ['json', 'csv', 'ics'] as const;
type Format = (typeof FORMATS)[number];

interface ExportArgs {
  db: string;
  format: Format;
  out?: string;
}

export function parseExportArgs(args: readonly string[]): ExportArgs | string {
  const parsed = readOptions(args, {
    db: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string', short: 'o' },
  });
  if (typeof parsed === 'string') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length > 0) return `unexpected argument '${positionals[0]}'`;
  const { db, format, out } = values;
  if (!db) return 'say which timeline file to export with --db <file>';
  if (!format) return 'choose a format with --format json, csv or ics';
  if (!(FORMATS as readonly string[]).includes(format))
    return `'${format}' is not a format; use json, csv or ics`;
  return { db, format: format as Format, ...(out ? { out } : {}) };
}

/** The export's text and any notice for the user. */
export async function exportTimeline(
  args: ExportArgs,
  now: Date = new Date(),
): Promise<{ text: string; notices: string[] }> {
  try {
    await access(args.db);
  } catch {
    throw new UserError('file-unreadable', `There is no timeline file at ${args.db}.`);
  }
  const store = await openStore(args.db);
  if (store.notices.length > 0) {
    // The store set the unreadable file aside; exporting the empty timeline in its place would mislead.
    throw new UserError('bad-json', store.notices.join('\n'));
  }
  const document = store.read();
  if (args.format === 'json') return { text: toJsonExport(document, now), notices: [] };
  if (args.format === 'csv') return { text: toCsv(document), notices: [] };
  const { text, omitted } = toIcs(document, now);
  const notices =
    omitted.length > 0
      ? [
          `${omitted.length} event${omitted.length === 1 ? ' was' : 's were'} left out: iCalendar only holds years 1 to 9999.`,
        ]
      : [];
  return { text, notices };
}

export const exportCommand: CliCommand = {
  summary: 'Export a timeline file as JSON, CSV (spreadsheets) or iCalendar (.ics).',
  usage: USAGE,
  async run(args) {
    const parsed = parseExportArgs(args);
    if (typeof parsed === 'string') {
      process.stderr.write(`eventline export: ${parsed}\nusage: ${USAGE}\n`);
      return 2;
    }
    try {
      const { text, notices } = await exportTimeline(parsed);
      for (const notice of notices) process.stderr.write(`eventline export: ${notice}\n`);
      if (parsed.out) {
        await writeFile(parsed.out, text, 'utf8').catch(() => {
          throw new UserError('file-unreadable', `Could not write ${parsed.out}.`);
        });
        process.stderr.write(`Exported to ${parsed.out}\n`);
      } else {
        process.stdout.write(text);
      }
      return 0;
    } catch (error) {
      if (!isUserError(error)) throw error;
      process.stderr.write(`eventline export: ${error.message}\n`);
      return 1;
    }
  },
};
