/**
 * Fetches an article's page from a link: http/https only, redirects followed (a bounded number, each
 * hop checked), a size limit enforced while the body streams in, and one timeout for the whole
 * exchange. Every way it can fail becomes a UserError that says what happened in plain words.
 */
import { UserError } from '../errors';
import { decodeHtml } from './html';

export interface FetchPageOptions {
  /** Injected in tests; Node's global fetch otherwise. */
  fetch?: typeof fetch;
  /** For the whole exchange, redirects and body included. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Cancels the download (a batch being cancelled). */
  signal?: AbortSignal;
}

export interface FetchedPage {
  /** The address after redirects: the one the article is stored under. */
  url: string;
  kind: 'html' | 'text';
  body: string;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 10;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Parses and checks a link the user gave. */
export function parseArticleUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new UserError(
      'bad-input',
      `"${address}" is not a web address. Links start with https:// or http://.`,
    );
  }
  checkProtocol(url);
  return url;
}

function checkProtocol(url: URL): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UserError(
      'bad-input',
      `Only http and https links can be imported; ${shortUrl(url)} uses ${url.protocol.replace(':', '')}.`,
    );
  }
}

export async function fetchArticlePage(
  address: string,
  options: FetchPageOptions = {},
): Promise<FetchedPage> {
  const fetchImpl = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const start = parseArticleUrl(address);

  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout.signal, options.signal]) : timeout.signal;
  let url = start;
  try {
    for (let hops = 0; ; hops++) {
      refuseReservedHost(url);
      const response = await fetchImpl(url, {
        redirect: 'manual',
        signal,
        headers: {
          accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5,*/*;q=0.1',
          'user-agent': 'Eventline/0.1 (article import)',
        },
      });
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) throw httpError(url, response.status);
        if (hops >= maxRedirects) {
          throw new UserError(
            'network',
            `${shortUrl(start)} redirected more than ${maxRedirects} times, so Eventline gave up following it.`,
          );
        }
        url = new URL(location, url);
        checkProtocol(url);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw httpError(url, response.status);
      }
      const { kind, charset } = classifyContent(url, response.headers.get('content-type'));
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel();
        throw tooLarge(url, maxBytes);
      }
      const bytes = await readLimited(response, maxBytes, url);
      const body =
        kind === 'html' ? decodeHtml(bytes, charset) : new TextDecoder(charset ?? 'utf-8').decode(bytes);
      return { url: url.toString(), kind, body };
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (options.signal?.aborted)
      throw new UserError('network', `The download of ${shortUrl(url)} was cancelled.`);
    if (timeout.signal.aborted) {
      throw new UserError(
        'network',
        `${shortUrl(url)} did not answer within ${Number((timeoutMs / 1000).toFixed(1))} seconds. The site may be down or very slow; try again later.`,
      );
    }
    throw describeNetworkError(error, url);
  } finally {
    clearTimeout(timer);
  }
}

/** RFC 6761 lets software know that `.invalid` names never exist: no need to ask a DNS server. */
function refuseReservedHost(url: URL): void {
  if (/(^|\.)invalid\.?$/i.test(url.hostname)) throw dnsFailure(url);
}

function classifyContent(url: URL, header: string | null): { kind: 'html' | 'text'; charset?: string } {
  const [type = '', ...parameters] = (header ?? '').split(';').map((part) => part.trim());
  const mime = type.toLowerCase();
  const charsetParameter = parameters.find((p) => /^charset=/i.test(p));
  const charset = charsetParameter?.slice('charset='.length).replace(/"/g, '').trim();
  const withCharset = charset ? { charset } : {};
  // A server that names no type usually serves HTML; the parser copes with anything textual.
  if (mime === '' || mime === 'text/html' || mime === 'application/xhtml+xml')
    return { kind: 'html', ...withCharset };
  if (mime === 'text/plain' || mime === 'text/markdown') return { kind: 'text', ...withCharset };
  throw new UserError(
    'unsupported-file',
    `${shortUrl(url)} is ${describeMime(mime)}, not a web page. Eventline imports articles from HTML pages; ` +
      'for other documents, save the article text as a .txt file and import that.',
  );
}

function describeMime(mime: string): string {
  if (mime === 'application/pdf') return 'a PDF document';
  if (mime.startsWith('image/')) return 'an image';
  if (mime.startsWith('video/')) return 'a video';
  if (mime.startsWith('audio/')) return 'an audio file';
  if (mime === 'application/json' || mime.endsWith('+json')) return 'JSON data';
  if (mime.includes('xml')) return 'an XML document';
  if (mime.includes('zip') || mime === 'application/octet-stream') return 'a download (binary file)';
  if (mime.includes('word') || mime.includes('officedocument')) return 'an office document';
  return `a ${mime} file`;
}

async function readLimited(response: Response, maxBytes: number, url: URL): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(url, maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(url: URL, maxBytes: number): UserError {
  return new UserError(
    'file-too-large',
    `The page at ${shortUrl(url)} is larger than ${formatMegabytes(maxBytes)}, too large to be an article.`,
  );
}

function formatMegabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${Math.round(bytes / 1024)} KB`;
}

function httpError(url: URL, status: number): UserError {
  if (status === 404 || status === 410) {
    return new UserError(
      'not-found',
      `There is no page at ${shortUrl(url)} (HTTP ${status}: not found). Check the link, or the article may have been removed.`,
    );
  }
  if (status === 401 || status === 403) {
    return new UserError(
      'network',
      `${shortUrl(url)} refused access (HTTP ${status}). The article may be behind a login or paywall; save it from your browser as an HTML file and import that.`,
    );
  }
  if (status === 429) {
    return new UserError(
      'network',
      `${shortUrl(url)} is receiving too many requests (HTTP 429). Try again later.`,
    );
  }
  if (status >= 500) {
    return new UserError(
      'network',
      `The server at ${url.host} had a problem (HTTP ${status}). Try again later.`,
    );
  }
  return new UserError('network', `${shortUrl(url)} could not be fetched (HTTP ${status}).`);
}

function dnsFailure(url: URL): UserError {
  return new UserError(
    'network',
    `The site ${url.hostname} could not be found (DNS lookup failed). Check the address for typos and that you are online.`,
  );
}

/** Error codes from the chain of causes Node's fetch wraps its failures in. */
function errorCodes(error: unknown, depth = 0): string[] {
  if (depth > 5 || typeof error !== 'object' || error === null) return [];
  const codes: string[] = [];
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string') codes.push(code);
  codes.push(...errorCodes(cause, depth + 1));
  if (Array.isArray(errors)) for (const inner of errors) codes.push(...errorCodes(inner, depth + 1));
  return codes;
}

function describeNetworkError(error: unknown, url: URL): UserError {
  const codes = errorCodes(error);
  const has = (test: (code: string) => boolean) => codes.some(test);
  if (has((c) => c === 'ENOTFOUND' || c === 'EAI_AGAIN' || c === 'EAI_NONAME' || c === 'EAI_FAIL')) {
    return dnsFailure(url);
  }
  if (has((c) => c === 'ECONNREFUSED')) {
    return new UserError(
      'network',
      `${url.host} refused the connection. The site may be down, or the address may have the wrong port.`,
    );
  }
  if (has((c) => /^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH)/.test(c))) {
    return new UserError(
      'network',
      `The secure connection to ${url.host} failed: its certificate could not be verified (${codes.find((c) => /CERT|TLS|SSL|SELF|UNABLE|DEPTH|HOSTNAME/.test(c))}). Eventline does not import pages from sites it cannot verify.`,
    );
  }
  if (has((c) => c === 'UND_ERR_CONNECT_TIMEOUT' || c === 'ETIMEDOUT')) {
    return new UserError(
      'network',
      `${url.host} did not answer in time. The site may be down; try again later.`,
    );
  }
  if (has((c) => c === 'ECONNRESET' || c === 'UND_ERR_SOCKET' || c === 'EPIPE')) {
    return new UserError(
      'network',
      `The connection to ${url.host} was cut off before the page arrived. Try again.`,
    );
  }
  if (has((c) => c === 'ENETUNREACH' || c === 'EHOSTUNREACH' || c === 'ENETDOWN')) {
    return new UserError(
      'network',
      `${url.host} cannot be reached from this computer. Check that you are online.`,
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new UserError('network', `${shortUrl(url)} could not be fetched (${codes[0] ?? detail}).`);
}

/** A link as shown in messages: without query string noise, at most 80 characters. */
export function shortUrl(url: URL): string {
  const text = `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
