/** Word and punctuation tokens with their offsets, the unit every later step works on. */

export interface Token {
  text: string;
  /** Offsets in the analysed text, end exclusive. */
  start: number;
  end: number;
  isWord: boolean;
}

// Words keep inner apostrophes, dots, hyphens and ampersands: "India's", "U.S", "mid-2020", "AT&T".
// Numbers keep their separators and units: "6:42", "2,000", "1.48C".
const TOKEN = /\p{N}+(?:[.,:]\p{N}+)+\p{L}*|[\p{L}\p{N}]+(?:['’.\-&][\p{L}\p{N}]+)*\+*|\S/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = offset + (match.index ?? 0);
    tokens.push({
      text: match[0],
      start,
      end: start + match[0].length,
      isWord: /[\p{L}\p{N}]/u.test(match[0]),
    });
  }
  return tokens;
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '”', '’', '%', "'"]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '“', '‘', '$', '£', '€', '#']);

/** Joins tokens back into readable text with the usual spacing around punctuation. */
export function joinTokens(tokens: readonly Pick<Token, 'text'>[]): string {
  let out = '';
  let openStraightQuote = false;
  let previous = '';
  for (const token of tokens) {
    let spaceBefore = out.length > 0 && !NO_SPACE_BEFORE.has(token.text) && !NO_SPACE_AFTER.has(previous);
    if (token.text === '"') {
      // A straight quote opens or closes depending on how many came before.
      spaceBefore = out.length > 0 && !openStraightQuote && !NO_SPACE_AFTER.has(previous);
      openStraightQuote = !openStraightQuote;
    } else if (previous === '"' && openStraightQuote) {
      spaceBefore = false;
    }
    out += (spaceBefore ? ' ' : '') + token.text;
    previous = token.text;
  }
  return out;
}
