/**
 * Ingestion: files, web pages and links → ArticleDraft { title, text, url?, fileName?, publishedAt,
 * publishedAtSource }.
 *
 * For callers (the app's API, the CLI's `extract` and `add`):
 *
 *   const draft = await ingestSource('story.html' | 'https://…' | { path } | { url }, {
 *     today: localToday(),      // the date of last resort ('default-today')
 *     publishedAt?: '2024-01-16' // the user's own date ('user'), e.g. from --date
 *     timeoutMs?, maxBytes?, signal?, fetch?  // for links
 *   });
 *   extractEvents(draft.text, { referenceDate: draft.publishedAt });
 *
 * Failures a user can cause throw UserError with a message to show as is. Folders: expandSources()
 * turns folders into their article files. Many at once: ingestBatch() (same process) or
 * runIngestWorker() (a worker thread, for the app). Re-imports: findDuplicate(). (A new publication
 * date for a stored article is handled by the API's updateArticle, which re-dates its events.)
 *
 * Publication date order: the user's → JSON-LD → meta → <time> in the article header → dateline in
 * the opening paragraph → `Published:` line → today (see published-date.ts).
 */
export {
  type BatchFailure,
  type BatchItem,
  type BatchOptions,
  type BatchProgress,
  type BatchResult,
  ingestBatch,
} from './batch';
export { runIngestWorker, type WorkerBatchOptions } from './batch-in-worker';
export { findDuplicate, normaliseUrl } from './duplicates';
export { ARTICLE_EXTENSIONS, expandSources, isArticleFile, listArticleFiles } from './folder';
export { HTML_EXTENSIONS, parseHtmlArticle } from './html';
export type { PublishedDate } from './published-date';
export { describeSource, type IngestOptions, type IngestSource, ingestSource, isUrlSource } from './source';
export {
  type DraftOptions,
  decodeText,
  draftArticle,
  hashArticleText,
  readArticleFile,
  TEXT_EXTENSIONS,
  titleFromText,
} from './text';
export { fetchArticlePage } from './url';
