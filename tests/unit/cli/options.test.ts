import { describe, expect, it } from 'vitest';
import { parseAddArgs } from '../../../main/cli/add';
import { parseExportArgs } from '../../../main/cli/export';

describe('command-line options', () => {
  it('reads --flag value and --flag=value alike, with positionals', () => {
    expect(
      parseAddArgs(['a.txt', '--db', 't.json', 'b.html', '--date=2024-01-16', '--timeout', '5']),
    ).toEqual({
      sources: ['a.txt', 'b.html'],
      db: 't.json',
      date: '2024-01-16',
      timeoutMs: 5000,
    });
    expect(parseExportArgs(['--db=t.json', '--format', 'csv', '-o', 'out.csv'])).toEqual({
      db: 't.json',
      format: 'csv',
      out: 'out.csv',
    });
  });

  it('refuses unknown options, missing values and stray arguments with one line each', () => {
    expect(parseExportArgs(['--db', 't.json', '--format', 'csv', '--bogus'])).toMatch(
      /Unknown option '--bogus'/,
    );
    expect(parseAddArgs(['a.txt', '--db'])).toMatch(/--db <value>' argument missing/);
    expect(parseExportArgs(['--db', 't.json', '--format', 'csv', 'extra'])).toBe(
      "unexpected argument 'extra'",
    );
    expect(parseAddArgs(['a.txt', '--db', 't.json', '--timeout', 'soon'])).toBe(
      '--timeout needs a number of seconds',
    );
    expect(parseAddArgs(['--db', 't.json'])).toBe('give at least one file, folder or link to add');
  });
});
