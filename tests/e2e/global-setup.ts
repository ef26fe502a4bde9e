/**
 * Builds the renderer once for all browser tests: only the renderer (vite), into its own folder, with
 * the same root and plugins as electron.vite.config.ts.
 */
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { RENDERER_DIR, REPO_ROOT } from './paths';

export default async function setup(): Promise<void> {
  await build({
    configFile: false,
    root: `${REPO_ROOT}/renderer`,
    // Relative asset paths, as in the app (which loads index.html from a file:// URL).
    base: './',
    plugins: [react()],
    logLevel: 'warn',
    build: { outDir: RENDERER_DIR, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  });
}
