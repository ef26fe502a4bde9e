/** Runs every recogniser over each paragraph and collects the candidates with text offsets. */
import { paragraphChunks } from './chunks';
import { looksLikeTitle } from './filters';
import type { Candidate } from './meaning';
import { RECOGNISERS } from './recognisers';
import { lettersOnly } from './recognisers/types';

const POINT_AFTER = /^-(?:point|percentage|percent)(?![\p{L}])/iu;

export function recognise(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const [from, to] of paragraphChunks(text)) {
    if (to <= from) continue;
    const chunk = text.slice(from, to);
    const words = new Set(lettersOnly(chunk));
    for (const recogniser of RECOGNISERS) {
      if (recogniser.keywords && !recogniser.keywords.some((w) => words.has(w))) continue;
      if (recogniser.trigger && !recogniser.trigger.test(chunk)) continue;
      const pattern = recogniser.pattern;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(chunk); m; m = pattern.exec(chunk)) {
        if (m[0].length === 0) {
          pattern.lastIndex++;
          continue;
        }
        const r = recogniser.build(m, chunk);
        if (!r) continue;
        const start = from + (r.start ?? m.index);
        const end = from + (r.end ?? m.index + m[0].length);
        if (end <= start) continue;
        // "the last quarter-point increase", "a half-point cut": part of a percentage point.
        if (POINT_AFTER.test(text.slice(end, end + 12))) continue;
        const candidate = { start, end, type: r.type, meaning: r.meaning, mod: r.mod, rule: recogniser.name };
        if (looksLikeTitle(text, candidate)) continue;
        found.push(candidate);
      }
    }
  }
  return found;
}
