/**
 * Timeline rendering speed in headless Chromium: time to first render and time per zoom step, for
 * 1,000 and 10,000 events, in Eventline (the built renderer, window.api from the e2e harness over a
 * store holding a generated timeline) and in plain vis-timeline (its standalone build, fed the same
 * items and lanes), in the same run.
 *
 * `npx tsx tests/bench/timeline-render.ts [counts…]`, or runTimelineBench() from the bench runner.
 */
import { readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { buildTimelineModel } from '../../renderer/src/timeline/timeline-model';
import { buildProductionRenderer } from '../e2e/global-setup';
import { launchBrowser, openApp, type StaticServer, serveRenderer } from '../e2e/harness';
import { generatedTimeline } from './generated-timeline';

const VIEWPORT = { width: 1440, height: 900 };
const ZOOM_STEPS = 8;

interface Measured {
  firstRenderMs: number;
  /** Eventline: when the events had arrived from window.api and were handed to vis-timeline. */
  dataReadyMs?: number;
  zoomInMs: number[];
  zoomOutMs: number[];
  /** Item elements on screen right after the first render, and when zoomed in. */
  drawn: number;
  drawnZoomed: number;
}

/**
 * Page script (installed before the app loads): records, on the first frame where `ready` holds, the
 * time since navigation, then lets a timer run after that frame has been painted.
 */
const firstRenderProbe = (ready: string, dataReady = 'null') => `(() => {
  const holds = (test) => { try { return Boolean(test && test()); } catch { return false; } };
  const check = () => {
    if (window.__dataReady === undefined && holds(${dataReady})) window.__dataReady = performance.now();
    if (holds(${ready})) {
      requestAnimationFrame(() => setTimeout(() => { window.__firstRender = performance.now(); }, 0));
    } else {
      requestAnimationFrame(check);
    }
  };
  requestAnimationFrame(check);
})();`;

/** Wheel steps over the timeline's centre panel, each timed from the event to the frame after it painted. */
const zoomScript = (steps: number) => `(async () => {
  const panel = document.querySelector('.vis-panel.vis-center');
  const box = panel.getBoundingClientRect();
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const step = async (deltaY) => {
    await frame();
    const start = performance.now();
    panel.dispatchEvent(new WheelEvent('wheel', {
      deltaY, deltaMode: 0, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2,
      bubbles: true, cancelable: true,
    }));
    await frame();
    return performance.now() - start;
  };
  const zoomIn = [];
  const zoomOut = [];
  for (let i = 0; i < ${steps}; i++) zoomIn.push(await step(-120));
  const drawnIn = document.querySelectorAll('.vis-item').length;
  for (let i = 0; i < ${steps}; i++) zoomOut.push(await step(120));
  return { zoomIn, zoomOut, drawnIn };
})()`;

async function measure(page: Page, drawnSelector: string): Promise<Measured> {
  // A function, not a string: the app's CSP forbids eval of strings inside the page.
  const firstRender = () => (globalThis as { __firstRender?: number }).__firstRender;
  await page.waitForFunction(firstRender, undefined, { timeout: 180_000 });
  const firstRenderMs = (await page.evaluate(firstRender)) ?? Number.NaN;
  const dataReady = await page.evaluate(() => (globalThis as { __dataReady?: number }).__dataReady);
  const drawn = await page.locator(drawnSelector).count();
  // Let any follow-up work (fit animation, idle callbacks) finish before zooming.
  await page.waitForTimeout(1500);
  const { zoomIn, zoomOut, drawnIn } = await page.evaluate<{
    zoomIn: number[];
    zoomOut: number[];
    drawnIn: number;
  }>(zoomScript(ZOOM_STEPS));
  return {
    firstRenderMs,
    ...(dataReady !== undefined ? { dataReadyMs: dataReady } : {}),
    zoomInMs: zoomIn,
    zoomOutMs: zoomOut,
    drawn,
    drawnZoomed: drawnIn,
  };
}

async function measureEventline(browser: Browser, server: StaticServer, count: number): Promise<Measured> {
  const document = generatedTimeline(count);
  const session = await openApp(browser, server.url, {
    storeFile: JSON.stringify(document),
    viewport: VIEWPORT,
  });
  try {
    // openApp has already loaded the page once; time a fresh load with the probe in place.
    await session.context.addInitScript({
      content: firstRenderProbe(
        `() => {
        const timeline = document.querySelector('[data-testid="timeline"]');
        // Drawn, and fitted to all events (the first frames show the default window around today).
        return timeline && timeline.dataset.items === '${count}' && timeline.querySelector('.vis-item') !== null
          && Number(timeline.dataset.windowStart) < ${Date.UTC(1996, 0, 1)};
      }`,
        `() => document.querySelector('[data-testid="timeline"]')?.dataset.items === '${count}'`,
      ),
    });
    await session.page.reload();
    return await measure(session.page, '[data-testid="timeline"] .vis-item');
  } finally {
    await session.close();
  }
}

/** A page with nothing but vis-timeline's standalone build and the same lanes and items. */
async function plainPage(count: number): Promise<string> {
  const require = createRequire(import.meta.url);
  const script = await readFile(
    require.resolve('vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'),
    'utf8',
  );
  const model = buildTimelineModel(generatedTimeline(count));
  const groups = model.lanes.map((lane) => ({ id: lane.id, content: lane.label, order: lane.order }));
  const items = model.items.map((item) => ({
    id: item.id,
    group: item.lane,
    content: item.label,
    start: item.start.getTime(),
    ...(item.end ? { end: item.end.getTime() } : {}),
    type: item.kind === 'point' ? 'point' : 'range',
  }));
  // JSON inside a script element: escape "<" so no title can close it.
  const data = JSON.stringify({ groups, items }).replace(/</g, '\\u003c');
  return `<!doctype html><html><head><meta charset="utf-8"><title>plain vis-timeline</title>
<style>html,body{margin:0;height:100%}#timeline{height:100vh}</style></head>
<body><div id="timeline"></div>
<script>${script.replace(/<\/script/gi, '<\\/script')}</script>
<script>
${firstRenderProbe("() => document.querySelector('#timeline .vis-item') !== null")}
const data = ${data};
new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(data.items), new vis.DataSet(data.groups), {
  height: '100%', stack: true, verticalScroll: true, zoomMin: 86400000, showCurrentTime: false,
  orientation: { axis: 'top', item: 'top' }, margin: { item: { horizontal: 10, vertical: 5 }, axis: 10 },
  groupOrder: 'order',
});
</script></body></html>`;
}

async function measurePlain(browser: Browser, server: StaticServer, count: number): Promise<Measured> {
  const url = server.addPage(`/plain-${count}.html`, await plainPage(count));
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await measure(page, '#timeline .vis-item');
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`.padStart(9);

function row(label: string, count: number, m: Measured): string {
  const steps = [...m.zoomInMs, ...m.zoomOutMs];
  return [
    `${count.toLocaleString('en').padStart(6)}  ${label.padEnd(12)}`,
    `first render ${ms(m.firstRenderMs)}${
      m.dataReadyMs === undefined ? '' : ` (events in the page at ${ms(m.dataReadyMs).trim()})`
    }`,
    `zoom step median ${ms(median(steps))}, in ${ms(median(m.zoomInMs))}, out ${ms(median(m.zoomOutMs))}, worst ${ms(Math.max(...steps))}`,
    `item elements ${m.drawn} fitted, ${m.drawnZoomed} zoomed in`,
  ].join(' · ');
}

export async function runTimelineBench(counts: number[] = [1_000, 10_000]): Promise<string> {
  const rendererDir = await buildProductionRenderer('eventline-bench-renderer-');
  const server = await serveRenderer(rendererDir);
  const browser = await launchBrowser();
  const lines = [
    `headless Chromium, ${VIEWPORT.width}×${VIEWPORT.height}, software rendering; ${ZOOM_STEPS} wheel steps in then out from the fitted view`,
    'first render: navigation → first frame painted with the items on screen; zoom step: wheel event → next frame painted',
    "Eventline's events come through the e2e harness's window.api (a Playwright binding), plain vis-timeline's are inline",
  ];
  try {
    for (const count of counts) {
      lines.push(row('Eventline', count, await measureEventline(browser, server, count)));
      lines.push(row('vis-timeline', count, await measurePlain(browser, server, count)));
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(rendererDir, { recursive: true, force: true });
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const counts = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  runTimelineBench(counts.length > 0 ? counts : undefined).then(
    (report) => process.stdout.write(`${report}\n`),
    (error: unknown) => {
      process.stderr.write(
        `timeline bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
