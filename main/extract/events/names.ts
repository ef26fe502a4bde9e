/**
 * Headline-style names: "Indian External Affairs Minister Subrahmanyam Jaishankar" → "Jaishankar".
 * A run of capitalised words and role words that holds a role noun keeps only the name after it;
 * names without a role ("New York", "Bank of England") are left whole.
 */
import { lexicon } from './lexicon';
import type { Token } from './tokens';

const isCapitalized = (token: Token): boolean => token.isWord && /^\p{Lu}/u.test(token.text);
const ROMAN = /^[IVXL]{1,6}$/;

function isRoleWord(token: Token): boolean {
  return token.isWord && lexicon.roleNouns.has(token.text.toLowerCase().replace(/\.$/, ''));
}

/** Name particles: "al-Sisi", "da Silva", "van der Leyen". */
const PARTICLE = /^(?:al|el|bin|ibn|de|da|di|du|van|von|der|den|la|le)(?:-\p{Lu}.*)?$/u;

function isRunWord(token: Token): boolean {
  if (!token.isWord) return token.text === '.';
  if (PARTICLE.test(token.text)) return true;
  const lower = token.text.toLowerCase();
  return (
    isCapitalized(token) || lexicon.roleNouns.has(lower) || lexicon.roleModifiers.has(lower) || lower === 'of'
  );
}

export interface ShortenedNames {
  tokens: Token[];
  /** The first person name shortened, usually the subject: what a later "he" or "she" refers to. */
  person?: string;
}

export function shortenNames(tokens: readonly Token[]): ShortenedNames {
  const out: Token[] = [];
  let person: string | undefined;
  let i = 0;
  while (i < tokens.length) {
    if (!isRunWord(tokens[i]) || tokens[i].text === '.') {
      out.push(tokens[i]);
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && isRunWord(tokens[j])) j++;
    const run = tokens.slice(i, j);
    let lastRole = -1;
    run.forEach((token, index) => {
      const lower = token.text.toLowerCase();
      if (isRoleWord(token) || (lastRole >= 0 && lexicon.roleModifiers.has(lower) && index > lastRole))
        lastRole = index;
    });
    const name = lastRole >= 0 ? run.slice(lastRole + 1).filter((token) => token.isWord) : [];
    const nameWord = (token: Token): boolean => isCapitalized(token) || PARTICLE.test(token.text);
    if (lastRole < 0 || name.length === 0 || !name.every(nameWord) || !isCapitalized(name[0])) {
      out.push(...run);
      i = j;
      continue;
    }
    const last = name[name.length - 1];
    const beforeLast = name[name.length - 2];
    const withParticle = beforeLast !== undefined && PARTICLE.test(beforeLast.text);
    const kept = (ROMAN.test(last.text) || withParticle) && name.length > 1 ? name.slice(-2) : [last];
    out.push(...kept);
    person ??= kept.map((token) => token.text).join(' ');
    i = j;
  }
  return { tokens: out, person };
}

/**
 * The name an appositive gives a role: "The company's chief executive, Marta Ilves, resigned" and
 * "Marta Ilves, the company's chief executive, resigned" both name Ilves. Only near the sentence start,
 * where the subject is.
 */
export function appositivePerson(tokens: readonly Token[]): string | undefined {
  const limit = Math.min(tokens.length, 16);
  const commas: number[] = [];
  for (let i = 0; i < limit; i++) if (tokens[i].text === ',') commas.push(i);
  if (commas.length < 2) return undefined;
  const [first, second] = commas;
  const before = tokens.slice(0, first).filter((token) => token.isWord);
  const between = tokens.slice(first + 1, second).filter((token) => token.isWord);
  const isName = (words: readonly Token[]): boolean =>
    words.length >= 1 &&
    words.length <= 4 &&
    words.every((token) => isCapitalized(token) || PARTICLE.test(token.text));
  const hasRole = (words: readonly Token[]): boolean => words.some((token) => isRoleWord(token));
  const lastOf = (words: readonly Token[]): string => words[words.length - 1].text;
  // "The company's chief executive, Marta Ilves,"
  if (hasRole(before) && isName(between) && !hasRole(between)) return lastOf(between);
  // "Marta Ilves, the company's chief executive,"
  if (isName(before) && !hasRole(before) && hasRole(between) && !isCapitalized(between[0]))
    return lastOf(before);
  return undefined;
}
