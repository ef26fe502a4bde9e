import { describe, expect, it } from 'vitest';
import { readTml, TmlFormatError, writeTml } from '../../../../main/extract/eval/tml';

const DOC = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-10" temporalFunction="false" functionInDocument="CREATION_TIME">19980810</TIMEX3></DCT>
<TEXT>
Officials <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> at AT&amp;T for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.
</TEXT>
</TimeML>
`;

describe('readTml', () => {
  it('reads the plain text, the gold TIMEX3 offsets and the creation time', () => {
    const doc = readTml(DOC);
    expect(doc.dct).toBe('1998-08-10');
    expect(doc.text).toBe('\nOfficials met Friday at AT&T for three days.\n');
    expect(doc.gold.map((g) => [g.text, g.type, g.value, doc.text.slice(g.start, g.end)])).toEqual([
      ['Friday', 'DATE', '1998-08-07', 'Friday'],
      ['three days', 'DURATION', 'P3D', 'three days'],
    ]);
  });

  it('leaves the creation time out of the gold, which counts only TIMEX3 inside <TEXT>', () => {
    expect(readTml(DOC).gold.some((g) => g.tid === 't0')).toBe(false);
  });

  it('explains what is missing in a file that is not TimeML', () => {
    expect(() => readTml('<html></html>')).toThrow(TmlFormatError);
    expect(() => readTml('<TEXT>x</TEXT>')).toThrow(/CREATION_TIME/);
  });
});

describe('writeTml', () => {
  it('writes our tags into the same text and keeps everything else', () => {
    const doc = readTml(DOC);
    const start = doc.text.indexOf('Friday');
    const out = writeTml(doc, [{ start, end: start + 6, type: 'DATE', value: '1998-08-07' }]);
    expect(out).toContain(
      'Officials met <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> at AT&amp;T',
    );
    expect(out).not.toContain('EVENT');
    expect(out.startsWith('<?xml')).toBe(true);
    expect(readTml(out).text).toBe(doc.text);
  });
});
