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

export const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown', '.text'];
const MAX_FILE_BYTES = 20 * 1024 * 1024;

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
    throw new UserError('file-unreadable', `${name} is not UTF-8 text (is it a binary or a word-processor file?).`);
  }
  if (/\u0000/.test(text.slice(0, 8192))) {
    throw new UserError('file-unreadable', `${name} looks like a binary file, not text.`);
  }
  return text.replace(/^\uFEFF/, '');
}

const PUBLISHED_LINE = /^[ \t]*(?:published|date|dateline)[ \t]*:[ \t]*(\d{4}-\d{2}-\d{2})[ \t]*$/im;

/**
 * Makes a draft from the user's input. The publication date is the user's if given, else a
 * `Published: YYYY-MM-DD` line near the top of the text (which is then removed), else today.
 */
export function draftArticle(input: ArticleInput, options: { today: string }): ArticleDraft {
  if (input.text.length > MAX_ARTICLE_CHARS) {
    throw new UserError(
      'file-too-large',
      `That article is ${input.text.length.toLocaleString('en')} characters long; the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en')}.`,
    );
  }
  let text = normaliseNewlines(input.text);
  let found: string | undefined;
  const head = text.slice(0, 2000);
  const match = PUBLISHED_LINE.exec(head);
  if (match && isIsoDay(match[1])) {
    found = match[1];
    text = (text.slice(0, match.index) + text.slice(match.index + match[0].length)).replace(/^\s*\n/, '');
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
  } else if (found) {
    publishedAt = found;
    publishedAtSource = 'published-line';
  } else {
    publishedAt = options.today;
    publishedAtSource = 'default-today';
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
  const firstLine = text.split('\n', 1)[0].replace(/^#+\s*/, '').trim();
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
