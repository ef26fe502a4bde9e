/** Where Eventline keeps and finds its files. */
import { join } from 'node:path';

/** EVENTLINE_STORE_PATH overrides the store's place (tests, portable use). */
export function storePath(userDataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.EVENTLINE_STORE_PATH?.trim() || join(userDataDir, 'timeline.json');
}

/** Samples ship inside the package's resources; in development they are read from the repo. */
export function seedsDir(options: { isPackaged: boolean; appPath: string; resourcesPath: string }): string {
  return options.isPackaged ? join(options.resourcesPath, 'seeds') : join(options.appPath, 'seeds');
}
