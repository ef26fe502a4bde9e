/**
 * Recognising an article imported before: the same address (ignoring tracking parameters, fragments,
 * a trailing slash, host case) or the same text (hashArticleText ignores white space and case).
 */
import type { Article } from '../../preload/domain';
import { hashArticleText } from './text';

const TRACKING_PARAMETER = /^(utm_.*|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|ref_src|smid)$/i;

/** A canonical form of a link for comparison (not for display). */
export function normaliseUrl(address: string): string {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return address.trim();
  }
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMETER.test(key)) url.searchParams.delete(key);
  }
  url.searchParams.sort();
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  // http and https serve the same article; the host is already lower-cased by URL.
  return `${url.host}${url.pathname}${url.search}`;
}

/** The stored article that a new one repeats, if any. */
export function findDuplicate(
  articles: readonly Article[],
  candidate: { text: string; url?: string },
): Article | undefined {
  const hash = hashArticleText(candidate.text);
  const url = candidate.url ? normaliseUrl(candidate.url) : undefined;
  return articles.find(
    (a) => a.hash === hash || (url !== undefined && a.url !== undefined && normaliseUrl(a.url) === url),
  );
}
