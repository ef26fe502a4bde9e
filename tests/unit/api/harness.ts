import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi, type Dialogs, type Extractor } from '../../../main/api';
import { openStore } from '../../../main/store';
import { extractedEvent } from '../fixtures';

/** Dialogs that answer from queues the test fills, and record what they were asked. */
export class ScriptedDialogs implements Dialogs {
  opens: string[][] = [];
  saves: (string | null)[] = [];
  asked: string[] = [];

  async chooseFilesToOpen(options: { title: string }): Promise<string[]> {
    this.asked.push(options.title);
    return this.opens.shift() ?? [];
  }

  async chooseFileToSave(options: { title: string }): Promise<string | null> {
    this.asked.push(options.title);
    return this.saves.shift() ?? null;
  }
}

/** An extractor that dates every sentence mentioning "Monday" to the Monday before the reference date. */
export const mondayExtractor: Extractor = (text, { referenceDate }) => {
  const events = [];
  const at = text.indexOf('Monday');
  if (at >= 0) {
    const reference = new Date(`${referenceDate}T00:00:00Z`);
    const back = (reference.getUTCDay() + 6) % 7 || 7;
    const monday = new Date(reference.getTime() - back * 86_400_000).toISOString().slice(0, 10);
    events.push(extractedEvent({ start: monday, quote: text, sourceEnd: text.length }));
  }
  return { expressions: [], events };
};

export async function makeApi(options: { extract?: Extractor; seedsDir?: string } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'eventline-api-'));
  const storePath = join(dir, 'timeline.json');
  const store = await openStore(storePath);
  const dialogs = new ScriptedDialogs();
  const opened: string[] = [];
  let counter = 0;
  const api = createApi({
    store,
    extract: options.extract ?? mondayExtractor,
    dialogs,
    openExternal: async (url) => {
      opened.push(url);
    },
    seedsDir: options.seedsDir ?? join(dir, 'seeds'),
    now: () => new Date('2024-02-01T12:00:00.000Z'),
    today: () => '2024-02-01',
    newId: () => `id-${++counter}`,
  });
  return {
    api,
    dir,
    storePath,
    store,
    dialogs,
    opened,
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
