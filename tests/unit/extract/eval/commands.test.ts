import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { evalCommand } from '../../../../main/cli/eval';
import { timemlCommand } from '../../../../main/cli/timeml';

const dir = mkdtempSync(join(tmpdir(), 'eventline-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const GOLD = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-10" functionInDocument="CREATION_TIME">19980810</TIMEX3></DCT>
<TEXT>
Officials <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> and talked for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.
</TEXT>
</TimeML>
`;

function captureStdout(): () => string {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  return () => out;
}

describe('eval command', () => {
  it('prints the TempEval-3 figures as JSON', async () => {
    const gold = join(dir, 'gold');
    mkdirSync(join(gold, 'part'), { recursive: true });
    writeFileSync(join(gold, 'part', 'doc.tml'), GOLD);
    const read = captureStdout();
    expect(await evalCommand.run([gold, '--json'])).toBe(0);
    const figures = JSON.parse(read());
    expect(figures).toMatchObject({ engine: 'ours', files: 1, gold: 2 });
    expect(figures.relaxed.f1).toBe(100);
    expect(figures.value.f1).toBe(100);
  });

  it('refuses an unknown engine with a clear message', async () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await evalCommand.run([dir, '--engine', 'nope'])).toBe(2);
    expect(String(err.mock.calls[0][0])).toMatch(/unknown engine/);
  });
});

describe('timeml command', () => {
  it('writes each file with our TIMEX3 tags and the text unchanged', async () => {
    const input = join(dir, 'in');
    const output = join(dir, 'out');
    mkdirSync(input, { recursive: true });
    writeFileSync(join(input, 'doc.tml'), GOLD);
    captureStdout();
    expect(await timemlCommand.run([input, output])).toBe(0);
    const written = readFileSync(join(output, 'doc.tml'), 'utf8');
    expect(written).toContain('<TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>');
    expect(written).not.toContain('<EVENT');
    expect(written.replace(/<[^>]*>/g, '')).toBe(GOLD.replace(/<[^>]*>/g, ''));
  });
});
