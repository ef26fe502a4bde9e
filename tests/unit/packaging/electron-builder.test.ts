import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');

describe('packaging config (npm run dist)', () => {
  it('passes electron-builder’s own schema validation', async () => {
    const config = load(await readFile(join(root, 'electron-builder.yml'), 'utf8')) as Record<
      string,
      unknown
    >;
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('builds AppImage/deb, NSIS and dmg, and ships the samples', async () => {
    const config = load(await readFile(join(root, 'electron-builder.yml'), 'utf8')) as {
      linux: { target: string[] };
      win: { target: string[] };
      mac: { target: string[] };
      extraResources: { from: string; to: string }[];
    };
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win.target).toContain('nsis');
    expect(config.mac.target).toContain('dmg');
    expect(config.extraResources).toContainEqual(expect.objectContaining({ from: 'seeds', to: 'seeds' }));
  });

  it('rejects a config with an unknown option (the validation is real)', async () => {
    await expect(
      validateConfiguration({ linux: { targett: ['deb'] } } as never, new DebugLogger(false)),
    ).rejects.toThrow();
  });
});
