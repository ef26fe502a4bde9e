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
