/** Builds the whole app (main, preload, renderer) into out/ for the Electron tests, where they can run. */
import { join } from 'node:path';
import { build } from 'electron-vite';
import { findElectronBinary } from '../../main/electron-runtime';

export default async function setup(): Promise<void> {
  const root = join(__dirname, '..', '..');
  if (!findElectronBinary(root).found) return;
  await build({ root, logLevel: 'warn' });
}
