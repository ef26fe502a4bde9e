/**
 * A title never starts with "He", "She", "It" or "They": the pronoun becomes the one clear antecedent,
 * else it is dropped and the title keeps its predicate ("Stolen", "To reach first of them").
 *
 * Antecedents, nearest first: the speaker of the sentence's own attribution ("Enedis said it hoped",
 * "Mayor Drake said she would"), the subject of the sentence's main clause for a later clause, the
 * subject of the previous sentence. Each must agree: "he"/"she" a person, "it" a thing or an
 * organisation (never a person), "they" a plural noun phrase.
 */
import { lexicon } from './lexicon';
import { shortenNames } from './names';
import { joinTokens, type Token } from './tokens';
import { asToken } from './verb-groups';

export interface Antecedents {
  /** The speaker of an attribution in the same sentence. */
  speaker?: readonly Token[];
  /** The last person named before ("Okoro"), for "he"/"she". */
  previousPerson?: string;
  /** The subject of the sentence's main clause, for a pronoun in a later clause. */
  mainSubject?: string;
  /** The subject of the previous sentence. */
  previousSubject?: string;
  /** The object of the previous sentence's main verb: a rival antecedent ("approved the dam. It …"). */
  previousObject?: string;
  /** The article, to tell a thing's name ("NASA's Lucy spacecraft") from a person's. */
  text?: string;
}

type Kind = 'person' | 'thing' | 'plural';

const KIND_OF_PRONOUN: Record<string, Kind> = { he: 'person', she: 'person', it: 'thing', they: 'plural' };
const KIND_OF_POSSESSIVE: Record<string, Kind> = {
  his: 'person',
  her: 'person',
  its: 'thing',
  their: 'plural',
};
const HONORIFIC = /^(?:mr|mrs|ms|dr|sir|dame|lord|lady)\.?$/i;

const wordsOf = (phrase: string): string[] => phrase.split(/\s+/).filter((word) => word.length > 0);
const lower = (word: string | undefined): string => word?.toLowerCase() ?? '';

function isPronounLike(words: readonly string[]): boolean {
  return words.some((word) => {
    const w = lower(word);
    return (
      lexicon.singularPronouns.has(w) ||
      lexicon.pluralPronouns.has(w) ||
      lexicon.otherPronouns.has(w) ||
      w in KIND_OF_POSSESSIVE
    );
  });
}

/** The head of a noun phrase: its last word before a preposition ("drivers across Germany" → drivers). */
function head(words: readonly string[]): string | undefined {
  const preposition = words.findIndex((word, index) => index > 0 && lexicon.prepositions.has(lower(word)));
  return (preposition > 0 ? words.slice(0, preposition) : words).at(-1);
}

function isPluralPhrase(words: readonly string[]): boolean {
  const h = head(words);
  if (!h) return false;
  if (words.some((word) => lower(word) === 'and')) return true;
  const w = lower(h);
  if (lexicon.pluralNouns.has(w) || w === 'people' || w === 'police') return true;
  return h === w && /[^su]s$/.test(w) && !/(ss|us|is|ics)$/.test(w);
}

/** "Enedis", "Jaishankar", "the company": what kind of antecedent a phrase can be. */
export function kindOf(phrase: string, text: string | undefined): Kind | undefined {
  const words = wordsOf(phrase.replace(/['’]s\b/g, ''));
  if (words.length === 0 || isPronounLike(words)) return undefined;
  if (isPluralPhrase(words)) return 'plural';
  const h = head(words) ?? '';
  const lowered = words.map(lower);
  const personWord = lowered.some((word) => lexicon.roleNouns.has(word) || lexicon.personNouns.has(word));
  if (personWord || words.some((word) => HONORIFIC.test(word))) return 'person';
  if (lowered.some((word) => lexicon.organisationNouns.has(word))) return 'thing';
  // A lowercase head is a common noun: "the harbour", "the bridge".
  if (h === lower(h) && /^\p{L}/u.test(h)) return 'thing';
  // An acronym names an organisation: "NASA", "OPEC".
  if (/^\p{Lu}{2,}$/u.test(h)) return 'thing';
  // A name the article uses before a thing's noun: "NASA's Lucy spacecraft".
  if (text) {
    const escaped = h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const match of text.matchAll(new RegExp(`\\b${escaped}\\s+(\\p{Ll}+)`, 'gu'))) {
      if (lexicon.organisationNouns.has(match[1])) return 'thing';
    }
  }
  return undefined;
}

function antecedentFor(kind: Kind, context: Antecedents): string | undefined {
  const said = context.speaker && context.speaker.length > 0 ? joinTokens(context.speaker) : undefined;
  // "It said it would …": a pronoun speaker of the same kind is the same referent, found further back.
  const samePronoun = said !== undefined && KIND_OF_PRONOUN[lower(said)] === kind;
  const speaker = samePronoun ? undefined : said;
  if (speaker) {
    // The speaker is the nearest candidate; of another kind it blocks farther ones ("Putin said it …").
    // "Jaishankar said that he …": a name of no known kind is a person's when the pronoun is "he"/"she"
    // (an organisation would be "it"); for "it" the speaker must be known as a thing.
    const speakerKind =
      kindOf(speaker, context.text) ?? (kind === 'person' && /^\p{Lu}/u.test(speaker) ? kind : undefined);
    if (speakerKind !== kind) return undefined;
    const shortened = shortenNames(context.speaker ?? []);
    if (kind === 'person' && shortened.person) return shortened.person;
    return nameAlone(joinTokens(shortened.tokens));
  }
  if (kind === 'person') {
    // "Mayor Calder …, and she …": a named main subject of this sentence, else the last person named.
    const main = context.mainSubject;
    const named = main !== undefined && /^\p{Lu}/u.test(main) && !isPronounLike(wordsOf(main));
    if (main && named && (kindOf(main, context.text) ?? 'person') === 'person') return main;
    // A name known as a thing ("Baltic Lines Ltd") or a group is no "he" or "she".
    const person = context.previousPerson;
    return person && (kindOf(person, context.text) ?? 'person') === 'person' ? person : undefined;
  }
  // In a later clause of one sentence the main subject carries on ("Enedis …, after it …") unless it
  // cannot be meant; across sentences only a subject of the right kind is clear enough.
  const main = context.mainSubject;
  const mainKind = main ? kindOf(main, context.text) : undefined;
  if (main && !isPronounLike(wordsOf(main)) && (mainKind === kind || (kind === 'thing' && !mainKind)))
    return nameAlone(main);
  const previous = context.previousSubject;
  if (!previous || kindOf(previous, context.text) !== kind) return undefined;
  // "The government approved the dam. It was meant to open …": a direct object of the same kind could
  // be meant as well, so neither is clear.
  const object = context.previousObject ? wordsOf(context.previousObject) : [];
  const direct =
    object.length > 0 && !lexicon.prepositions.has(lower(object[0])) && lower(object[0]) !== 'to';
  if (direct && kindOf(object.join(' '), context.text) === kind) return undefined;
  return withoutArticle(previous);
}

const withoutArticle = (phrase: string): string => phrase.replace(/^(?:the|a|an)\s+/i, '');

/** "Electricity operator Enedis" → "Enedis": a name after its lowercase description stands alone. */
function nameAlone(phrase: string): string {
  const words = wordsOf(withoutArticle(phrase));
  let name = words.length;
  while (name > 0 && /^\p{Lu}/u.test(words[name - 1])) name--;
  const described = name > 0 && name < words.length && words[name - 1] === lower(words[name - 1]);
  return (described ? words.slice(name) : words).join(' ');
}

export interface ResolvedSubject {
  tokens: Token[];
  /** True when the subject was only a pronoun with no clear antecedent: the title keeps the predicate. */
  dropped: boolean;
  /** True when the subject was a pronoun: its number ("he" one, "they" many) rules the verb. */
  fromPronoun: boolean;
  plural: boolean;
}

/**
 * The subject with its pronoun ("It", "They") or leading possessive ("His album") resolved; a bare
 * pronoun without a clear antecedent is dropped, a possessive without one too ("Album").
 */
export function resolveSubject(subject: Token[], context: Antecedents): ResolvedSubject {
  const first = lower(subject[0]?.text);
  const pronounKind = KIND_OF_PRONOUN[first];
  if (subject.length === 1 && pronounKind) {
    const name = antecedentFor(pronounKind, context);
    const plural = pronounKind === 'plural';
    if (name) return { tokens: [asToken(name)], dropped: false, fromPronoun: true, plural };
    return { tokens: [], dropped: true, fromPronoun: true, plural };
  }
  const possessiveKind = KIND_OF_POSSESSIVE[first];
  if (subject.length > 1 && possessiveKind) {
    const name = antecedentFor(possessiveKind, context);
    const rest = subject.slice(1);
    const possessive = name && (possessiveKind === 'plural' && /s$/.test(name) ? `${name}'` : `${name}'s`);
    return {
      tokens: possessive ? [asToken(possessive), ...rest] : rest,
      dropped: false,
      fromPronoun: false,
      plural: false,
    };
  }
  return { tokens: subject, dropped: false, fromPronoun: false, plural: false };
}
