/**
 * Folders of articles: every supported file below a folder, recursively, in a stable order (so a
 * re-import lists the same files in the same order on every platform). Hidden files and folders
 * (".git", ".DS_Store") are skipped, and symbolic links to folders are not followed, so a link loop
 * cannot make the walk endless.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { UserError } from '../errors';
import { HTML_EXTENSIONS } from './html';
import { TEXT_EXTENSIONS } from './text';

export const ARTICLE_EXTENSIONS = [...TEXT_EXTENSIONS, ...HTML_EXTENSIONS];

export const isArticleFile = (path: string) => ARTICLE_EXTENSIONS.includes(extname(path).toLowerCase());

/** Code-point order, not the locale's: the same on every machine. */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function listArticleFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => byName(a.name, b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if ((entry.isFile() || entry.isSymbolicLink()) && isArticleFile(entry.name)) found.push(path);
    }
  };
  try {
    await walk(folder);
  } catch (error) {
    throw new UserError(
      'file-unreadable',
      `The folder ${basename(folder)} could not be read (${codeOf(error)}).`,
    );
  }
  return found;
}

export interface ExpandedSources {
  /** Files and links to ingest, folders replaced by the articles inside them. */
  sources: string[];
  /** Paths that could not be used, with the reason. */
  failures: { source: string; reason: string }[];
}

const isLink = (source: string) => /^https?:\/\//i.test(source.trim());

/**
 * Replaces each folder among the user's sources by the article files inside it; links and files pass
 * through unchanged (a file's own problems are reported when it is read). A path that does not exist
 * or a folder with no articles is reported, not fatal.
 */
export async function expandSources(sources: readonly string[]): Promise<ExpandedSources> {
  const result: ExpandedSources = { sources: [], failures: [] };
  for (const source of sources) {
    if (isLink(source)) {
      result.sources.push(source.trim());
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = (await stat(source)).isDirectory();
    } catch {
      result.failures.push({ source, reason: `${basename(source)} could not be found.` });
      continue;
    }
    if (!isFolder) {
      result.sources.push(source);
      continue;
    }
    try {
      const files = await listArticleFiles(source);
      if (files.length === 0) {
        result.failures.push({
          source,
          reason: `The folder ${basename(source)} has no articles (${ARTICLE_EXTENSIONS.join(', ')} files).`,
        });
      }
      result.sources.push(...files);
    } catch (error) {
      result.failures.push({ source, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}

function codeOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'it does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'it is not a folder';
  return code ?? 'unknown error';
}
