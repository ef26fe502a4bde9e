import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS } from '../../../main/window-options';
import { restoreBounds } from '../../../main/window-state';

const laptop = [{ x: 0, y: 0, width: 1440, height: 900 }];
const twoScreens = [...laptop, { x: 1440, y: 0, width: 1920, height: 1080 }];

describe('remembered window size and position', () => {
  it('restores a saved window that is on a connected screen', () => {
    expect(restoreBounds({ x: 1600, y: 100, width: 1200, height: 800, maximized: true }, twoScreens)).toEqual(
      {
        x: 1600,
        y: 100,
        width: 1200,
        height: 800,
        maximized: true,
      },
    );
  });

  it('keeps the size but drops the position when that screen is gone', () => {
    expect(restoreBounds({ x: 1600, y: 100, width: 1200, height: 800, maximized: false }, laptop)).toEqual({
      width: 1200,
      height: 800,
      maximized: false,
    });
  });

  it('falls back to the default for missing, tiny or nonsensical state', () => {
    const fallback = { ...DEFAULT_BOUNDS, maximized: false };
    expect(restoreBounds(undefined, laptop)).toEqual(fallback);
    expect(restoreBounds({ width: 10, height: 10 }, laptop)).toEqual(fallback);
    expect(restoreBounds({ width: 'wide', height: 800 }, laptop)).toEqual(fallback);
    expect(restoreBounds([1, 2], laptop)).toEqual(fallback);
  });
});
