import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The sample articles the app ships (overridable to try the journeys with other samples). */
export const SEEDS_DIR = resolve(REPO_ROOT, process.env.EVENTLINE_E2E_SEEDS ?? 'seeds');
/** Screenshots to look at; outside the repository. */
export const SHOTS_DIR = '/tmp/eventline-shots';
