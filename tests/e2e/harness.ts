/**
 * The browser harness: the built renderer in headless Chromium, with window.api wired to the REAL
 * handler table (createApi + extractEvents) over a temporary store, through the same dispatch()
 * (validation + error envelope) the Electron IPC uses. Native dialogs are scripted by the test.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { createApi, type Dialogs } from '../../main/api';
import { dispatch, isApiMethod } from '../../main/api-dispatch';
import { extractEvents } from '../../main/extract';
import { openStore, type TimelineStore } from '../../main/store';
import { API_METHODS, type ApiContract, type MenuCommand } from '../../preload/api';
import type { TimelineDocument } from '../../preload/domain';
import { SEEDS_DIR, SHOTS_DIR } from './paths';

export async function launchBrowser(): Promise<Browser> {
  // launch() gives every context a fresh, temporary profile.
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

export interface StaticServer {
  url: string;
  /** Serves an extra page (e.g. a news article to import by its link) at `path`. */
  addPage(path: string, html: string): string;
  close(): Promise<void>;
}

/** Serves the built renderer (a folder with index.html) on 127.0.0.1 at a random port. */
export async function serveRenderer(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const pages = new Map<string, string>();
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const page = pages.get(pathname);
    if (page !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      return;
    }
    const file = normalize(join(base, pathname === '/' ? 'index.html' : pathname));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    addPage(path, html) {
      pages.set(path, html);
      return `http://127.0.0.1:${port}${path}`;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Native dialogs whose answers the test queues in advance; an empty queue means "cancelled". */
export class ScriptedDialogs implements Dialogs {
  private readonly opens: string[][] = [];
  private readonly saves: (string | null)[] = [];
  readonly asked: string[] = [];

  nextOpen(paths: string[]): void {
    this.opens.push(paths);
  }

  nextSave(path: string | null): void {
    this.saves.push(path);
  }

  async chooseFilesToOpen(options: { title: string }): Promise<string[]> {
    this.asked.push(options.title);
    return this.opens.shift() ?? [];
  }

  async chooseFileToSave(options: { title: string }): Promise<string | null> {
    this.asked.push(options.title);
    return this.saves.shift() ?? null;
  }
}

/*
 * window.api in the page: each method of the contract forwards to one Playwright binding. Arguments are
 * encoded so that what structured clone keeps over Electron IPC survives here too: Uint8Array (as
 * base64) and keys whose value is undefined (an edit that removes an end date).
 */
const UNDEFINED_KEY = '__eventline_undefined__';
const MENU_EVENT = 'eventline:menu-command';
const BYTES_KEY = '__eventline_bytes__';

const shimScript = (methods: readonly string[]) => `(() => {
  const methods = ${JSON.stringify(methods)};
  const encode = (value) => {
    if (value === undefined) return { ${UNDEFINED_KEY}: true };
    if (value instanceof Uint8Array) {
      let binary = '';
      for (let i = 0; i < value.length; i += 0x8000) {
        binary += String.fromCharCode.apply(null, value.subarray(i, i + 0x8000));
      }
      return { ${BYTES_KEY}: btoa(binary) };
    }
    if (Array.isArray(value)) return value.map(encode);
    if (value !== null && typeof value === 'object') {
      const out = {};
      for (const key of Object.keys(value)) out[key] = encode(value[key]);
      return out;
    }
    return value;
  };
  const api = {};
  for (const method of methods) {
    api[method] = async (payload) => {
      const result = await window.__eventlineInvoke(method, encode(payload));
      if (result.ok) return result.value;
      const error = new Error(result.error.message);
      error.name = 'ApiError';
      error.code = result.error.code;
      throw error;
    };
  }
  // The native menu's commands: a test dispatches a '${MENU_EVENT}' CustomEvent (see sendMenuCommand),
  // which reaches the listeners as the preload's IPC subscription would.
  const menuListeners = new Set();
  window.addEventListener('${MENU_EVENT}', (event) => {
    for (const listener of [...menuListeners]) listener(event.detail);
  });
  api.onMenuCommand = (listener) => {
    menuListeners.add(listener);
    return () => menuListeners.delete(listener);
  };
  // A page in a plain browser never learns where a dropped file lives on disk.
  api.pathForFile = () => '';
  Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false, configurable: false });
})();`;

/** Sends a command as the native menu would (File › Export PNG…, View › Theme › Dark, …). */
export async function sendMenuCommand(page: Page, command: MenuCommand): Promise<void> {
  // A string: the test project has no DOM types, and the page only needs this one line.
  await page.evaluate(
    `window.dispatchEvent(new CustomEvent(${JSON.stringify(MENU_EVENT)}, { detail: ${JSON.stringify(command)} }))`,
  );
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (record[UNDEFINED_KEY] === true) return undefined;
    if (typeof record[BYTES_KEY] === 'string')
      return new Uint8Array(Buffer.from(record[BYTES_KEY], 'base64'));
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(record)) out[key] = decode(inner);
    return out;
  }
  return value;
}

export interface AppSession {
  page: Page;
  context: BrowserContext;
  dir: string;
  storePath: string;
  dialogs: ScriptedDialogs;
  store(): TimelineStore;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
  /** Messages of native alert/confirm/prompt dialogs (none should ever open). */
  nativeDialogs: string[];
  /** Reads the store file from disk. */
  readStoreFile(): Promise<TimelineDocument>;
  /** Like quitting and starting again: the store is reopened from disk and the page reloaded. */
  restart(): Promise<void>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface OpenAppOptions {
  /** Raw content of the store file before start-up (e.g. a corrupt one). */
  storeFile?: string;
  viewport?: { width: number; height: number };
  /** The browser's time zone, e.g. 'Pacific/Kiritimati' (UTC+14). */
  timezoneId?: string;
}

export async function openApp(
  browser: Browser,
  baseUrl: string,
  options: OpenAppOptions = {},
): Promise<AppSession> {
  const dir = await mkdtemp(join(tmpdir(), 'eventline-e2e-'));
  const storePath = join(dir, 'timeline.json');
  if (options.storeFile !== undefined) await writeFile(storePath, options.storeFile, 'utf8');
  const dialogs = new ScriptedDialogs();

  const start = async (): Promise<{ store: TimelineStore; api: ApiContract }> => {
    const store = await openStore(storePath);
    const api = createApi({
      store,
      extract: extractEvents,
      dialogs,
      openExternal: async () => undefined,
      seedsDir: SEEDS_DIR,
    });
    return { store, api };
  };
  let running = await start();

  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  const problems: string[] = [];
  const nativeDialogs: string[] = [];
  await context.exposeBinding('__eventlineInvoke', async (_source, method: unknown, payload: unknown) => {
    if (typeof method !== 'string' || !isApiMethod(method)) {
      return { ok: false, error: { code: 'bad-input', message: `unknown method ${String(method)}` } };
    }
    return dispatch(running.api, method, decode(payload), {
      logError: (m, error) => problems.push(`api ${m} failed: ${String(error)}`),
    });
  });
  await context.addInitScript({ content: shimScript(API_METHODS) });

  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    nativeDialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(baseUrl);
  await page.locator('.toolbar').waitFor();

  return {
    page,
    context,
    dir,
    storePath,
    dialogs,
    store: () => running.store,
    problems,
    nativeDialogs,
    readStoreFile: async () => JSON.parse(await readFile(storePath, 'utf8')) as TimelineDocument,
    async restart() {
      running = await start();
      await page.reload();
      await page.locator('.toolbar').waitFor();
    },
    async screenshot(name: string) {
      await mkdir(SHOTS_DIR, { recursive: true });
      const path = join(SHOTS_DIR, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
