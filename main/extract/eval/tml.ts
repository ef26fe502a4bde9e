/**
 * Reading TimeML (.tml) documents the TempEval-3 way: the plain text inside <TEXT>, the gold TIMEX3
 * spans as character offsets into that text, and the document creation time (DCT).
 */

export interface GoldTimex {
  tid: string;
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TmlDocument {
  /** Everything before the text, up to and including `<TEXT>`; kept verbatim when rewriting. */
  head: string;
  /** Plain text inside <TEXT>, tags removed, XML entities decoded. */
  text: string;
  /** Everything from `</TEXT>` on. */
  tail: string;
  /** Publication date, `YYYY-MM-DD`, from the TIMEX3 with functionInDocument="CREATION_TIME". */
  dct: string;
  gold: GoldTimex[];
}

export class TmlFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TmlFormatError';
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntity(entity: string): string {
  const name = entity.slice(1, -1);
  if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
  return ENTITIES[name] ?? entity;
}

export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag);
  return m ? m[1] : undefined;
}

function readDct(xml: string): string {
  const tags = xml.match(/<TIMEX3\b[^>]*>/g) ?? [];
  for (const tag of tags) {
    if (attribute(tag, 'functionInDocument') === 'CREATION_TIME') {
      const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(attribute(tag, 'value') ?? '');
      if (m) return `${m[1]}-${m[2]}-${m[3]}`;
    }
  }
  throw new TmlFormatError('no document creation time (TIMEX3 functionInDocument="CREATION_TIME")');
}

export function readTml(xml: string): TmlDocument {
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>', open);
  if (open < 0 || close < 0) throw new TmlFormatError('no <TEXT> element');
  const inner = xml.slice(open + '<TEXT>'.length, close);
  let text = '';
  const gold: GoldTimex[] = [];
  const openTimex: { tag: string; start: number }[] = [];
  const token = /<[^>]*>|&[#\w]+;|[^<&]+|[<&]/g;
  for (let m = token.exec(inner); m; m = token.exec(inner)) {
    const piece = m[0];
    if (piece.startsWith('<') && piece.length > 1) {
      if (/^<TIMEX3\b/.test(piece)) {
        if (piece.endsWith('/>')) continue;
        openTimex.push({ tag: piece, start: text.length });
      } else if (piece === '</TIMEX3>') {
        const o = openTimex.pop();
        if (o) {
          gold.push({
            tid: attribute(o.tag, 'tid') ?? '',
            start: o.start,
            end: text.length,
            text: text.slice(o.start, text.length),
            type: attribute(o.tag, 'type') ?? '',
            value: attribute(o.tag, 'value') ?? '',
          });
        }
      }
    } else if (piece.startsWith('&') && piece.length > 1) {
      text += decodeEntity(piece);
    } else {
      text += piece;
    }
  }
  gold.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    head: xml.slice(0, open + '<TEXT>'.length),
    text,
    tail: xml.slice(close),
    dct: readDct(xml),
    gold,
  };
}

export interface TaggedSpan {
  start: number;
  end: number;
  type: string;
  value: string;
}

/** The document again, its text inside <TEXT> carrying only the given TIMEX3 tags. */
export function writeTml(doc: TmlDocument, spans: readonly TaggedSpan[]): string {
  let out = doc.head;
  let at = 0;
  spans.forEach((s, i) => {
    out += escapeXmlText(doc.text.slice(at, s.start));
    const attrs = `tid="t${i + 1}" type="${s.type}" value="${s.value.replace(/"/g, '&quot;')}"`;
    out += `<TIMEX3 ${attrs}>${escapeXmlText(doc.text.slice(s.start, s.end))}</TIMEX3>`;
    at = s.end;
  });
  out += escapeXmlText(doc.text.slice(at));
  return out + doc.tail;
}
