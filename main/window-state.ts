/**
 * The window remembers its size and position between runs. The rules (what a sane saved state is,
 * and whether it is still on a connected screen) are pure; reading and writing is a small JSON file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { DEFAULT_BOUNDS, type WindowBounds } from './window-options';

export interface SavedWindowState extends WindowBounds {
  maximized: boolean;
}

export interface ScreenArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The saved state if it is usable on the current screens, otherwise the default size, centred. */
export function restoreBounds(saved: unknown, screens: ScreenArea[]): SavedWindowState {
  const fallback: SavedWindowState = { ...DEFAULT_BOUNDS, maximized: false };
  if (typeof saved !== 'object' || saved === null) return fallback;
  const s = saved as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : undefined);
  const width = num(s.width);
  const height = num(s.height);
  if (width === undefined || height === undefined || width < 400 || height < 300) return fallback;
  const maximized = s.maximized === true;
  const x = num(s.x);
  const y = num(s.y);
  if (x === undefined || y === undefined) return { width, height, maximized };
  // Keep the position only if a good part of the title bar is on a screen that is still there.
  const visible = screens.some(
    (area) =>
      x + 100 > area.x && x + 100 < area.x + area.width && y >= area.y && y + 40 < area.y + area.height,
  );
  return visible ? { width, height, x, y, maximized } : { width, height, maximized };
}

export async function readWindowState(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}

export async function writeWindowState(path: string, state: SavedWindowState): Promise<void> {
  await writeFile(path, `${JSON.stringify(state)}\n`, 'utf8');
}
