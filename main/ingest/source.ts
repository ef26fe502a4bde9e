/**
 * One way in for every kind of article source: a .txt/.md/.html file or an http(s) link becomes an
 * ArticleDraft (title, text, publication date and where that date came from).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleDraft } from '../../preload/api';
import { UserError } from '../errors';
import { decodeHtml, HTML_EXTENSIONS, parseHtmlArticle } from './html';
import { draftArticle, MAX_FILE_BYTES, readArticleFile, TEXT_EXTENSIONS } from './text';
import { type FetchPageOptions, fetchArticlePage } from './url';

/** A path or link as typed (links start with http:// or https://), or explicitly one or the other. */
export type IngestSource = string | { path: string } | { url: string };

export interface IngestOptions extends FetchPageOptions {
  /** The user's today, `YYYY-MM-DD`: the publication date when nothing better is found. */
  today: string;
  /** A publication date the user chose; it outranks anything detected. */
  publishedAt?: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Whether a typed source is a link rather than a path. */
export const isUrlSource = (source: string) => SCHEME.test(source.trim());

/** The source as a person would name it in a list of failures. */
export function describeSource(source: IngestSource): string {
  if (typeof source === 'string') return source;
  return 'url' in source ? source.url : source.path;
}

export async function ingestSource(source: IngestSource, options: IngestOptions): Promise<ArticleDraft> {
  const resolved =
    typeof source !== 'string' ? source : isUrlSource(source) ? { url: source.trim() } : { path: source };
  if ('url' in resolved) return ingestUrl(resolved.url, options);
  return ingestFile(resolved.path, options);
}

const userDate = (options: IngestOptions) =>
  options.publishedAt ? { publishedAt: options.publishedAt } : {};

async function ingestUrl(address: string, options: IngestOptions): Promise<ArticleDraft> {
  if (/^file:\/\//i.test(address)) return ingestFile(fileURLToPath(address), options);
  const page = await fetchArticlePage(address, options);
  if (page.kind === 'text') {
    return draftArticle({ text: page.body, url: page.url, ...userDate(options) }, { today: options.today });
  }
  const article = parseHtmlArticle(page.body);
  if (article.text.trim() === '') throw noArticleText(page.url);
  return draftArticle(
    {
      text: article.text,
      url: page.url,
      ...(article.title ? { title: article.title } : {}),
      ...userDate(options),
    },
    { today: options.today, ...(article.published ? { detected: article.published } : {}) },
  );
}

async function ingestFile(path: string, options: IngestOptions): Promise<ArticleDraft> {
  const name = basename(path);
  const extension = extname(path).toLowerCase();
  if (TEXT_EXTENSIONS.includes(extension)) {
    const input = await readArticleFile(path);
    return draftArticle({ ...input, ...userDate(options) }, { today: options.today });
  }
  if (!HTML_EXTENSIONS.includes(extension)) {
    throw new UserError(
      'unsupported-file',
      `${name} is not an article Eventline can read: it opens ${[...TEXT_EXTENSIONS, ...HTML_EXTENSIONS].join(', ')} files.`,
    );
  }
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory())
      throw new UserError('unsupported-file', `${name} is a folder, not an article file.`);
    if (info.size > MAX_FILE_BYTES) {
      throw new UserError(
        'file-too-large',
        `${name} is ${(info.size / 1024 / 1024).toFixed(1)} MB; pages up to ${MAX_FILE_BYTES / 1024 / 1024} MB can be opened.`,
      );
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError('file-unreadable', `${name} could not be found or opened.`);
  }
  const article = parseHtmlArticle(decodeHtml(bytes));
  if (article.text.trim() === '') throw noArticleText(name);
  return draftArticle(
    {
      text: article.text,
      fileName: name,
      ...(article.title ? { title: article.title } : {}),
      ...(article.canonicalUrl ? { url: article.canonicalUrl } : {}),
      ...userDate(options),
    },
    { today: options.today, ...(article.published ? { detected: article.published } : {}) },
  );
}

function noArticleText(where: string): UserError {
  return new UserError('bad-input', `No article text was found in ${where}. Is it a news article page?`);
}
