import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../main/errors';
import { fetchArticlePage } from '../../../main/ingest/url';
import { closedPort, type LocalServer, startHttpsServer, startServer } from './local-server';

const FIXTURES = join(__dirname, '../../fixtures/ingest');

let server: LocalServer;
let origin: string;
let harbourPage: Buffer;

beforeAll(async () => {
  harbourPage = await readFile(join(FIXTURES, 'harbour-bridge.html'));
  server = await startServer((request, response) => {
    const path = request.url ?? '/';
    const send = (status: number, type: string, body: string | Buffer) => {
      response.writeHead(status, { 'content-type': type });
      response.end(body);
    };
    if (path === '/news/harbour') return send(200, 'text/html; charset=utf-8', harbourPage);
    if (path === '/old-link') {
      response.writeHead(301, { location: '/moved' });
      return response.end();
    }
    if (path === '/moved') {
      response.writeHead(302, { location: `${origin}/news/harbour?utm_source=feed` });
      return response.end();
    }
    if (path.startsWith('/news/harbour?')) return send(200, 'text/html', harbourPage);
    if (path === '/loop') {
      response.writeHead(302, { location: '/loop' });
      return response.end();
    }
    if (path === '/to-ftp') {
      response.writeHead(302, { location: 'ftp://127.0.0.1/file' });
      return response.end();
    }
    if (path === '/report.pdf') return send(200, 'application/pdf', '%PDF-1.7 ...');
    if (path === '/photo.jpg') return send(200, 'image/jpeg', Buffer.from([0xff, 0xd8, 0xff]));
    if (path === '/api/story') return send(200, 'application/json', '{"title":"x"}');
    if (path === '/notes.txt') return send(200, 'text/plain; charset=utf-8', 'Plain notes about 3 May 2021.');
    if (path === '/gone') return send(410, 'text/html', '<h1>Gone</h1>');
    if (path === '/broken') return send(503, 'text/html', '<h1>Down</h1>');
    if (path === '/private') return send(403, 'text/html', '<h1>No</h1>');
    if (path === '/huge-declared') {
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
      return response.end('<html>');
    }
    if (path === '/huge-streamed') {
      // No length header: the limit has to be enforced while the body streams in.
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < 40 && response.write(chunk)) sent++;
        if (sent >= 40) response.end();
        else response.once('drain', pump);
      };
      return pump();
    }
    if (path === '/never') return; // Never answers: the timeout must fire.
    if (path === '/slow-body') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<html><body><p>Starting...');
      return; // The headers came, the rest never does.
    }
    send(404, 'text/html', '<h1>Not found</h1>');
  });
  origin = server.origin;
});

afterAll(async () => {
  await server.close();
});

async function failure(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('fetching an article page', () => {
  it('fetches an HTML page', async () => {
    const page = await fetchArticlePage(`${origin}/news/harbour`);
    expect(page).toMatchObject({ url: `${origin}/news/harbour`, kind: 'html' });
    expect(page.body).toContain('Harbour bridge reopens');
  });

  it('follows redirects and reports the final address', async () => {
    const page = await fetchArticlePage(`${origin}/old-link`);
    expect(page.url).toBe(`${origin}/news/harbour?utm_source=feed`);
  });

  it('accepts a plain-text page as a text article', async () => {
    expect(await fetchArticlePage(`${origin}/notes.txt`)).toMatchObject({
      kind: 'text',
      body: 'Plain notes about 3 May 2021.',
    });
  });

  it('gives up on a redirect loop', async () => {
    const error = await failure(fetchArticlePage(`${origin}/loop`, { maxRedirects: 3 }));
    expect(error.message).toMatch(/redirected more than 3 times/);
  });

  it('refuses links that are not http or https, also after a redirect', async () => {
    expect((await failure(fetchArticlePage('file:///etc/passwd'))).message).toMatch(
      /Only http and https links.*uses file/,
    );
    expect((await failure(fetchArticlePage(`${origin}/to-ftp`))).message).toMatch(/uses ftp/);
    expect((await failure(fetchArticlePage('not a link'))).message).toMatch(/is not a web address/);
  });
});

describe('failures, each with its own message', () => {
  it('404 and 410: no page there', async () => {
    const error = await failure(fetchArticlePage(`${origin}/missing-story`));
    expect(error.code).toBe('not-found');
    expect(error.message).toBe(
      `There is no page at ${origin}/missing-story (HTTP 404: not found). Check the link, or the article may have been removed.`,
    );
    expect((await failure(fetchArticlePage(`${origin}/gone`))).message).toMatch(/HTTP 410: not found/);
  });

  it('other HTTP errors', async () => {
    expect((await failure(fetchArticlePage(`${origin}/broken`))).message).toMatch(
      /had a problem \(HTTP 503\)/,
    );
    expect((await failure(fetchArticlePage(`${origin}/private`))).message).toMatch(
      /refused access \(HTTP 403\).*paywall/,
    );
  });

  it.each([
    ['/report.pdf', 'a PDF document'],
    ['/photo.jpg', 'an image'],
    ['/api/story', 'JSON data'],
  ])('%s is not a web page', async (path, kind) => {
    const error = await failure(fetchArticlePage(`${origin}${path}`));
    expect(error.code).toBe('unsupported-file');
    expect(error.message).toMatch(new RegExp(`^${origin}${path} is ${kind}, not a web page\\.`));
  });

  it('DNS failure: a reserved .invalid name is refused without asking any server', async () => {
    let called = false;
    const spy: typeof fetch = async () => {
      called = true;
      throw new Error('must not be called');
    };
    const error = await failure(fetchArticlePage('https://no-such-host.invalid/story', { fetch: spy }));
    expect(called).toBe(false);
    expect(error.message).toBe(
      'The site no-such-host.invalid could not be found (DNS lookup failed). Check the address for typos and that you are online.',
    );
  });

  it('DNS failure as Node reports it (ENOTFOUND inside the fetch error)', async () => {
    const dnsError: typeof fetch = async () => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }),
      });
    };
    const error = await failure(fetchArticlePage('https://news.example/story', { fetch: dnsError }));
    expect(error.message).toMatch(/^The site news\.example could not be found \(DNS lookup failed\)/);
  });

  it('connection refused on a closed port', async () => {
    const port = await closedPort();
    const error = await failure(fetchArticlePage(`http://127.0.0.1:${port}/story`));
    expect(error.message).toBe(
      `127.0.0.1:${port} refused the connection. The site may be down, or the address may have the wrong port.`,
    );
  });

  it('timeout when the server never answers', async () => {
    const error = await failure(fetchArticlePage(`${origin}/never`, { timeoutMs: 300 }));
    expect(error.message).toBe(
      `${origin}/never did not answer within 0.3 seconds. The site may be down or very slow; try again later.`,
    );
  });

  it('timeout also covers a body that stops arriving', async () => {
    const error = await failure(fetchArticlePage(`${origin}/slow-body`, { timeoutMs: 1500 }));
    expect(error.message).toMatch(/did not answer within 1.5 seconds/);
  });

  it('too large, by the declared length or while streaming', async () => {
    const declared = await failure(fetchArticlePage(`${origin}/huge-declared`));
    expect(declared.code).toBe('file-too-large');
    expect(declared.message).toBe(
      `The page at ${origin}/huge-declared is larger than 10 MB, too large to be an article.`,
    );
    const streamed = await failure(fetchArticlePage(`${origin}/huge-streamed`, { maxBytes: 1024 * 1024 }));
    expect(streamed.message).toBe(
      `The page at ${origin}/huge-streamed is larger than 1 MB, too large to be an article.`,
    );
  });

  it('cancelled by the caller', async () => {
    const controller = new AbortController();
    const pending = fetchArticlePage(`${origin}/never`, { signal: controller.signal, timeoutMs: 5000 });
    setTimeout(() => controller.abort(), 50);
    expect((await failure(pending)).message).toBe(`The download of ${origin}/never was cancelled.`);
  });
});

describe('TLS failure', () => {
  let tlsServer: LocalServer | undefined;
  let dir: string | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'eventline-tls-'));
    try {
      // A self-signed certificate made for this test only, so the failure is a real TLS handshake one.
      execFileSync(
        'openssl',
        ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1'].concat([
          '-keyout',
          join(dir, 'key.pem'),
          '-out',
          join(dir, 'cert.pem'),
        ]),
        { stdio: 'ignore' },
      );
    } catch {
      return; // No openssl: the test below is skipped.
    }
    const tls = {
      key: await readFile(join(dir, 'key.pem'), 'utf8'),
      cert: await readFile(join(dir, 'cert.pem'), 'utf8'),
    };
    tlsServer = await startHttpsServer((_request, response) => response.end('<p>secret</p>'), tls);
  });

  afterAll(async () => {
    await tlsServer?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('a certificate that cannot be verified', async (context) => {
    if (!tlsServer) context.skip();
    const error = await failure(fetchArticlePage(`${tlsServer!.origin}/story`));
    expect(error.message).toMatch(
      /^The secure connection to 127\.0\.0\.1:\d+ failed: its certificate could not be verified \(DEPTH_ZERO_SELF_SIGNED_CERT\)\./,
    );
  });
});
