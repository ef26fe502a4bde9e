/**
 * Web pages → article: title, body text (paragraphs kept) and publication date. Mozilla's Readability
 * (Firefox Reader View) finds the body over a linkedom document. Before it runs, page furniture it can
 * miss (cookie banners, comments, captions, sidebars) is removed, so that the dates printed there never
 * reach the text the extractor reads.
 */
import { Readability } from '@mozilla/readability';
import {
  all,
  type DomDocument,
  type DomElement,
  type DomNode,
  isElement,
  nameTokens,
  parseDocument,
  TEXT_NODE,
} from './dom';
import { type PublishedDate, publishedDateFromDocument } from './published-date';

export const HTML_EXTENSIONS = ['.html', '.htm', '.xhtml'];

export interface HtmlArticle {
  title: string;
  /** Paragraphs separated by a blank line. */
  text: string;
  /** The date the page states (JSON-LD, meta or <time>), if any. */
  published?: PublishedDate;
  /** The page's canonical http(s) address, if it names one: a saved page and its link are one article. */
  canonicalUrl?: string;
}

/** Elements that are never article text. */
const FURNITURE_SELECTOR = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'form',
  'button',
  'dialog',
  'nav',
  'aside',
  'footer',
  'figcaption',
  'figure',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="contentinfo"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[aria-hidden="true"]',
  '[hidden]',
].join(', ');

/** Class/id words of furniture blocks (whole words, so "commentary" is not "comment"). */
const FURNITURE_WORDS = new Set([
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'comment',
  'comments',
  'newsletter',
  'related',
  'share',
  'sharing',
  'social',
  'breadcrumb',
  'breadcrumbs',
  'promo',
  'advert',
  'advertisement',
  'sidebar',
  'subscribe',
  'paywall',
  'popup',
  'modal',
  'trending',
  'recommended',
  'caption',
  'byline',
  'timestamp',
]);

/**
 * Decodes a page's bytes: a byte-order mark, then the charset the server sent, then a <meta charset>
 * in the first kilobytes, else UTF-8. Undecodable bytes become U+FFFD rather than failing the import.
 */
export function decodeHtml(bytes: Uint8Array, declaredCharset?: string): string {
  let charset = 'utf-8';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) charset = 'utf-8';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) charset = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) charset = 'utf-16be';
  else if (declaredCharset) charset = declaredCharset;
  else {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
    if (meta) charset = meta[1];
  }
  try {
    return new TextDecoder(charset.toLowerCase()).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes); // An unknown label: UTF-8 is the web's default.
  }
}

/** Extracts the article from a whole HTML page. */
export function parseHtmlArticle(html: string): HtmlArticle {
  const document = parseDocument(html);
  // Read before anything is removed: the date may sit in a header that cleaning drops.
  const published = publishedDateFromDocument(document);
  const canonicalUrl = findCanonicalUrl(document);
  const metaTitle = metaContent(document, 'og:title') ?? metaContent(document, 'twitter:title');
  // An <h1> outside the article is often the site's logo, so it only comes after the page's own titles.
  const articleHeadline = collapse(document.querySelector('article h1')?.textContent ?? '');
  const anyHeadline = collapse(document.querySelector('h1')?.textContent ?? '');

  removeFurniture(document);
  // Readability's types name the browser's DOM; linkedom's document is that DOM in Node.
  const readable = document as unknown as ConstructorParameters<typeof Readability>[0];
  const parsed = new Readability<DomNode>(readable, {
    serializer: (node) => node as unknown as DomNode,
  }).parse();
  let text = parsed?.content ? blockText(parsed.content) : '';
  if (text.trim() === '' && document.body) text = blockText(document.body);
  const title =
    articleHeadline ||
    collapse(metaTitle ?? '') ||
    collapse(parsed?.title ?? '') ||
    anyHeadline ||
    collapse(document.title);
  // Readability sometimes keeps the headline as the first paragraph; the title is stored apart.
  for (const heading of [title, articleHeadline, anyHeadline]) {
    if (heading && (text === heading || text.startsWith(`${heading}\n`)))
      text = text.slice(heading.length).trimStart();
  }
  return {
    title,
    text,
    ...(published ? { published } : {}),
    ...(canonicalUrl ? { canonicalUrl } : {}),
  };
}

function metaContent(document: DomDocument, key: string): string | undefined {
  const meta = all(document, 'meta').find(
    (m) => (m.getAttribute('property') ?? m.getAttribute('name'))?.toLowerCase() === key,
  );
  return meta?.getAttribute('content')?.trim() || undefined;
}

function findCanonicalUrl(document: DomDocument): string | undefined {
  const candidates = [
    document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    metaContent(document, 'og:url'),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.toString();
    } catch {
      // A relative or broken canonical link says nothing about where the page lives.
    }
  }
  return undefined;
}

function removeFurniture(document: DomDocument): void {
  for (const element of all(document, FURNITURE_SELECTOR)) element.remove();
  // An article's own header holds the headline (kept apart as the title), byline and timestamp.
  for (const header of all(document, 'article header, main header')) header.remove();
  const body = document.body;
  if (!body) return;
  const keep = (element: DomElement) => {
    const tag = element.tagName.toLowerCase();
    // A furniture word on a wrapper ("page has-sidebar") must not take the article with it.
    return (
      tag === 'html' ||
      tag === 'body' ||
      tag === 'main' ||
      tag === 'article' ||
      element.querySelector('article, main, h1, [itemprop="articleBody"]') !== null
    );
  };
  for (const element of all(body, '[class], [id]')) {
    if (keep(element)) continue;
    if (nameTokens(element).some((token) => FURNITURE_WORDS.has(token))) element.remove();
  }
}

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Text of a subtree with one paragraph per block element, separated by blank lines. */
export function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const paragraph = current
      .split('\n')
      .map((line) => collapse(line))
      .filter(Boolean)
      .join('\n');
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      current += (node.textContent ?? '').replace(/\n/g, ' ');
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName.toLowerCase();
    if (tag === 'br') {
      current += '\n';
      return;
    }
    if (tag === 'script' || tag === 'style' || tag === 'figcaption') return;
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}
