/**
 * Builds the renderer once for all browser tests: only the renderer (vite), with the same root and
 * plugins as electron.vite.config.ts, into a temporary folder of this run (so that runs started at the
 * same time by others never overwrite each other's build). The tests get the folder via inject().
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { REPO_ROOT } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    rendererDir: string;
  }
}

/** The production renderer (what users get), built into a fresh folder; the caller removes it. */
export async function buildProductionRenderer(prefix = 'eventline-e2e-renderer-'): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), prefix));
  // vitest sets NODE_ENV=test, which would give React's development build (and its dev-only double
  // effects); the tests run what users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: false,
      root: `${REPO_ROOT}/renderer`,
      // Relative asset paths, as in the app (which loads index.html from a file:// URL).
      base: './',
      mode: 'production',
      plugins: [react()],
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = await buildProductionRenderer();
  project.provide('rendererDir', outDir);
  return () => rm(outDir, { recursive: true, force: true });
}
