/** Paragraph ends: no expression spans a blank line (or a line break, in long unbroken text). */
const PARAGRAPH_END = /\n\s*\n/g;
const MAX_CHUNK = 20_000;

/**
 * Splits the text into paragraphs (long ones at line breaks or sentence ends) so that each
 * recogniser's trigger is tested per paragraph: a paragraph naming no month skips every month rule.
 */
export function paragraphChunks(text: string): [number, number][] {
  const out: [number, number][] = [];
  const push = (from: number, to: number) => {
    let at = from;
    while (to - at > MAX_CHUNK) {
      const window = text.slice(at + MAX_CHUNK / 2, at + MAX_CHUNK);
      let cut = window.lastIndexOf('\n');
      if (cut < 0) {
        const sentenceEnd = /[.!?]\s+(?=[A-Z])/g;
        for (let m = sentenceEnd.exec(window); m; m = sentenceEnd.exec(window)) cut = m.index + 1;
      }
      const end = cut < 0 ? at + MAX_CHUNK : at + MAX_CHUNK / 2 + cut + 1;
      out.push([at, end]);
      at = end;
    }
    out.push([at, to]);
  };
  let from = 0;
  PARAGRAPH_END.lastIndex = 0;
  for (let m = PARAGRAPH_END.exec(text); m; m = PARAGRAPH_END.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}
