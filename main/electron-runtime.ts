/**
 * Finds the Electron binary without loading the `electron` package (whose entry point starts a
 * download when the binary is missing). Used by the launcher and by the Electron test layer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ElectronRuntime = { found: true; path: string } | { found: false; reason: string };

export function findElectronBinary(
  projectRoot: string,
  env: NodeJS.ProcessEnv = process.env,
): ElectronRuntime {
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  if (!existsSync(join(packageDir, 'package.json'))) {
    return { found: false, reason: 'the electron package is not installed (run npm install)' };
  }
  let executable = process.platform === 'win32' ? 'electron.exe' : 'electron';
  const pathFile = join(packageDir, 'path.txt');
  if (existsSync(pathFile)) executable = readFileSync(pathFile, 'utf8').trim();
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, executable)
    : join(packageDir, 'dist', executable);
  if (!existsSync(binary))
    return { found: false, reason: `the Electron binary is not downloaded (${binary} is missing)` };
  return { found: true, path: binary };
}

export function electronVersion(projectRoot: string): string {
  const manifest = JSON.parse(
    readFileSync(join(projectRoot, 'node_modules', 'electron', 'package.json'), 'utf8'),
  );
  return String(manifest.version);
}
