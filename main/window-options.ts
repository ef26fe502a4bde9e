/**
 * Security-relevant window settings and URL rules, as pure functions so a unit test can assert them
 * field by field (main/window.ts applies them).
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowBounds {
  width: number;
  height: number;
  x?: number;
  y?: number;
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 820 };

export function mainWindowOptions(
  preloadPath: string,
  bounds: WindowBounds = DEFAULT_BOUNDS,
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 760,
    minHeight: 520,
    title: 'Eventline',
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      navigateOnDragDrop: false,
    },
  };
}

/** The renderer is either the built file (file://…/renderer/index.html) or, in development, the dev server. */
export function isTrustedRendererUrl(url: string, devServerUrl = process.env.ELECTRON_RENDERER_URL): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (devServerUrl) {
    try {
      if (parsed.origin === new URL(devServerUrl).origin) return true;
    } catch {
      // an unparsable dev URL trusts nothing
    }
  }
  return parsed.protocol === 'file:' && parsed.pathname.endsWith('/renderer/index.html');
}

/** Links the user clicks open in their browser only when they are plain web links. */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
