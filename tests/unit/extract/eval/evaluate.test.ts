import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../../main/extract/eval/engines';
import { evaluateCorpus } from '../../../../main/extract/eval/evaluate';

const dir = mkdtempSync(join(tmpdir(), 'eventline-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tml(text: string): string {
  return `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-10" functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>${text}</TEXT></TimeML>`;
}

describe('evaluateCorpus', () => {
  it('scores every .tml file under the folder, subfolders included', () => {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(
      join(dir, 'a.tml'),
      tml('It fell <TIMEX3 tid="t1" type="DATE" value="1998-07">last month</TIMEX3>.'),
    );
    writeFileSync(
      join(dir, 'sub', 'b.tml'),
      tml('Talks lasted <TIMEX3 tid="t1" type="DURATION" value="P3W">three weeks</TIMEX3>.'),
    );
    writeFileSync(join(dir, 'notes.txt'), 'not a corpus file');
    const result = evaluateCorpus(dir, ENGINES.ours);
    expect(result.files).toBe(2);
    expect(result.figures.strict.f1).toBe(1);
    expect(result.figures.value.f1).toBe(1);
  });
});
