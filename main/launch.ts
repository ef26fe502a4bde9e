/**
 * `npm start`: makes sure the Electron runtime is there (downloading it once if needed), then builds
 * and starts the app. Where the runtime can't be had, it says so in one clear message.
 */
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronVersion, findElectronBinary } from './electron-runtime';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DOWNLOAD_TIMEOUT_MS = 180_000;

function ensureElectron(): boolean {
  if (findElectronBinary(root).found) return true;
  console.log('Eventline: downloading the Electron runtime (once)…');
  const install = spawnSync(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: DOWNLOAD_TIMEOUT_MS,
    encoding: 'utf8',
  });
  const runtime = findElectronBinary(root);
  if (runtime.found) return true;
  const why =
    install.error?.message ??
    (install.stderr ?? '')
      .split('\n')
      .find((line) => /error/i.test(line))
      ?.trim() ??
    runtime.reason;
  let version = 'the matching';
  try {
    version = `Electron ${electronVersion(root)}`;
  } catch {
    // the message below still tells the user what to do
  }
  console.error(
    [
      '',
      `Eventline cannot start: the Electron runtime is missing and could not be downloaded (${why}).`,
      `Connect to the internet and run "npx install-electron" in this folder, or set ELECTRON_OVERRIDE_DIST_PATH`,
      `to a folder that holds ${version} for this platform, then run "npm start" again.`,
      '',
    ].join('\n'),
  );
  return false;
}

if (!ensureElectron()) {
  process.exitCode = 1;
} else {
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const child = spawn(process.execPath, [cli, 'preview', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  });
  child.on('exit', (code) => {
    process.exitCode = code ?? 1;
  });
}
