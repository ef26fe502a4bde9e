/**
 * Articles from what the user gives: text files and pasted text. Turns an ArticleInput into an
 * ArticleDraft with a title and a publication date (and says where that date came from).
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ArticleDraft, ArticleInput } from '../../preload/api';
import { isIsoDay } from '../dates';
import { UserError } from '../errors';
import { MAX_ARTICLE_CHARS } from '../schemas';
import { findPublishedLine, type PublishedDate, publishedDateFromText } from './published-date';

export const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown', '.text'];
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Reads a .txt/.md article from disk, with a message a person understands when it can't. */
export async function readArticleFile(path: string): Promise<ArticleInput> {
  const name = basename(path);
  const extension = extname(path).toLowerCase();
  if (!TEXT_EXTENSIONS.includes(extension)) {
    throw new UserError(
      'unsupported-file',
      `${name} is not a text article: Eventline opens ${TEXT_EXTENSIONS.join(', ')} files.`,
    );
  }
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new UserError('file-unreadable', `${name} could not be found or opened.`);
  }
  if (size > MAX_FILE_BYTES) {
    throw new UserError(
      'file-too-large',
      `${name} is ${(size / 1024 / 1024).toFixed(1)} MB; articles up to ${MAX_FILE_BYTES / 1024 / 1024} MB can be opened.`,
    );
  }
  const bytes = await readFile(path);
  return { text: decodeText(bytes, name), fileName: name };
}

/** Decodes UTF-8 (with or without BOM) and refuses binary content instead of showing garbage. */
export function decodeText(bytes: Uint8Array, name = 'The file'): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(
      'file-unreadable',
      `${name} is not UTF-8 text (is it a binary or a word-processor file?).`,
    );
  }
  if (text.slice(0, 8192).includes('\u0000')) {
    throw new UserError('file-unreadable', `${name} looks like a binary file, not text.`);
  }
  return text.replace(/^\uFEFF/, '');
}

export interface DraftOptions {
  /** The user's today, `YYYY-MM-DD`: the date of last resort. */
  today: string;
  /** A date the page itself states (JSON-LD, meta, <time>), which outranks anything in the text. */
  detected?: PublishedDate;
}

/**
 * Makes a draft from the user's input. The publication date is the user's if given, else one the
 * page states (`detected`), else a dateline in the opening paragraph, else a `Published: YYYY-MM-DD`
 * line near the top (the line is removed from the text in any case), else today.
 */
export function draftArticle(input: ArticleInput, options: DraftOptions): ArticleDraft {
  if (input.text.length > MAX_ARTICLE_CHARS) {
    throw new UserError(
      'file-too-large',
      `That article is ${input.text.length.toLocaleString('en')} characters long; the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en')}.`,
    );
  }
  const original = normaliseNewlines(input.text);
  let text = original;
  const line = findPublishedLine(text);
  if (line) {
    text = (text.slice(0, line.index) + text.slice(line.index + line.length)).replace(/^\s*\n/, '');
  }
  text = text.trim();
  if (text === '') throw new UserError('bad-input', 'The article is empty.');

  let publishedAt: string;
  let publishedAtSource: ArticleDraft['publishedAtSource'];
  if (input.publishedAt) {
    if (!isIsoDay(input.publishedAt)) {
      throw new UserError('bad-input', `"${input.publishedAt}" is not a date; write it as YYYY-MM-DD.`);
    }
    publishedAt = input.publishedAt;
    publishedAtSource = 'user';
  } else {
    const found = options.detected ?? publishedDateFromText(original, { today: options.today });
    publishedAt = found?.date ?? options.today;
    publishedAtSource = found?.source ?? 'default-today';
  }

  return {
    title: input.title?.trim() || titleFromText(text, input.fileName),
    text,
    ...(input.fileName ? { fileName: input.fileName } : {}),
    ...(input.url ? { url: input.url } : {}),
    publishedAt,
    publishedAtSource,
  };
}

/** The first line if it reads like a headline, else the file name, else the opening words. */
export function titleFromText(text: string, fileName?: string): string {
  const firstLine = text
    .split('\n', 1)[0]
    .replace(/^#+\s*/, '')
    .trim();
  if (firstLine.length > 0 && firstLine.length <= 160) return firstLine;
  if (fileName) return basename(fileName, extname(fileName));
  const words = text.replace(/\s+/g, ' ').trim().split(' ').slice(0, 12).join(' ');
  return words.length < text.length ? `${words}…` : words;
}

function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Identity of an article's text, insensitive to white space and case, to spot re-imports. */
export function hashArticleText(text: string): string {
  const normalised = text.replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha256').update(normalised).digest('hex');
}
