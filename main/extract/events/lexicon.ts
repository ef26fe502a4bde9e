/**
 * Typed access to the English word lists (lexicon.en.json) plus the verb forms derived from them.
 * The lists are data so that covering a new phrase means adding a word, not a branch.
 */
import raw from './lexicon.en.json';

export interface VerbForms {
  base: string;
  third: string;
  past: string;
  participle: string;
  gerund: string;
}

export type VerbFormKind = 'base' | 'third' | 'past' | 'participle' | 'gerund';

const lower = (words: readonly string[]): Set<string> => new Set(words.map((word) => word.toLowerCase()));

const doubling = lower(raw.doublingVerbs);
const VOWELS = /[aeiou]/;

function thirdPerson(base: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

function regularPast(base: string): string {
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  if (doubling.has(base)) return `${base}${base.at(-1)}ed`;
  return `${base}ed`;
}

function gerund(base: string): string {
  if (base === 'be') return 'being';
  if (base.endsWith('ie')) return `${base.slice(0, -2)}ying`;
  if (base.endsWith('e') && !base.endsWith('ee') && VOWELS.test(base.slice(0, -1)))
    return `${base.slice(0, -1)}ing`;
  if (doubling.has(base)) return `${base}${base.at(-1)}ing`;
  return `${base}ing`;
}

function buildVerbTable(): Map<string, { forms: VerbForms; kind: VerbFormKind }> {
  const table = new Map<string, { forms: VerbForms; kind: VerbFormKind }>();
  const add = (forms: VerbForms): void => {
    // Earlier kinds win when two forms coincide ("put" is base, past and participle).
    const kinds: VerbFormKind[] = ['past', 'participle', 'third', 'gerund', 'base'];
    for (const kind of kinds) {
      const word = forms[kind];
      if (!table.has(word)) table.set(word, { forms, kind });
    }
  };
  for (const [base, past, participle] of raw.irregularVerbs) {
    const third = base === 'be' ? 'is' : base === 'have' ? 'has' : thirdPerson(base);
    add({ base, third, past, participle, gerund: gerund(base) });
  }
  for (const base of raw.regularVerbs) {
    if (table.has(base)) continue;
    const past = regularPast(base);
    add({ base, third: thirdPerson(base), past, participle: past, gerund: gerund(base) });
    // British spelling doubles a final l: "cancelled", "travelling".
    if (/[aeiou]l$/.test(base) && !/[aeiou]{2}l$/.test(base)) {
      const doubled = `${base}led`;
      add({ base, third: thirdPerson(base), past: doubled, participle: doubled, gerund: `${base}ling` });
    }
  }
  return table;
}

const verbTable = buildVerbTable();
const edWordsNotVerbs = lower(raw.edWordsNotVerbs);

/**
 * The base of an unknown regular past: "stopped" → stop, "carried" → carry, "escalated" → escalate,
 * "converted" → convert. Endings that usually hide a silent e get it back.
 */
const LL_BASES =
  /^(?:in|re|ful|dis|en|be|fore|ex|un|over|out|up|with|self-)?(?:stall|call|fill|still|roll|fall|tell|sell|spell|dwell|kill|pull|poll|toll|swell|smell|shell|drill|spill|chill|grill|thrill|till|will|bill|mill|quell|skill|wall|ball|hall|pall|scroll|null)$/;

function guessBase(past: string): string {
  const stem = past.slice(0, -2);
  if (stem.endsWith('i')) return `${stem.slice(0, -1)}y`;
  if (/([bdgkmnprtv])\1$/.test(stem)) return stem.slice(0, -1);
  // British "signalled", "travelled", "dialled": an unstressed last syllable doubles its "l"; "installed",
  // "recalled", "fulfilled" end in a whole word with "ll".
  if (/[aeiouy][^aeiouy]*[aeiou]ll$/.test(stem) && !LL_BASES.test(stem)) return stem.slice(0, -1);
  // "tabled", "settled", "tackled": a consonant before the final "l" hides a silent e.
  if (/[aeiouy][^aeiouy]*[bcdgkptz]l$/.test(stem)) return `${stem}e`;
  if (/(?:at|iz|yz|c|v|dg|rg|ur|us|as|is|ut|id|od|ud)$/.test(stem) && !/(?:out|oid|eas)$/.test(stem))
    return `${stem}e`;
  // "flatlined", "outlined", "examined": one vowel before the "n" (not "rained", "joined").
  if (/[^aeiou]in$/.test(stem)) return `${stem}e`;
  return stem;
}

/** The verb a word is a form of, if the lexicon knows it ("held" → hold, past). */
export function lookupVerb(word: string): { forms: VerbForms; kind: VerbFormKind } | undefined {
  const lowerWord = word.toLowerCase();
  const known = verbTable.get(lowerWord);
  if (known || !/^[a-z]{3,}[^e]ed$/.test(lowerWord) || edWordsNotVerbs.has(lowerWord)) return known;
  // An unknown regular past ("converted"): its base is guessed from the spelling.
  const base = guessBase(lowerWord);
  return {
    forms: { base, third: thirdPerson(base), past: lowerWord, participle: lowerWord, gerund: gerund(base) },
    kind: 'past',
  };
}

/** Present tense for a headline: "held" → "holds" (or "hold" for a plural subject). */
export function presentTense(forms: VerbForms, plural: boolean): string {
  if (forms.base === 'be') return plural ? 'are' : 'is';
  return plural ? forms.base : forms.third;
}

export const lexicon = {
  titleAbbreviations: lower(raw.abbreviations.titles),
  monthAbbreviations: lower(raw.abbreviations.months),
  otherAbbreviations: lower(raw.abbreviations.other),
  sentenceStarters: lower(raw.sentenceStarters),
  auxiliaries: lower(raw.auxiliaries),
  modals: lower(raw.modals),
  futureMarkers: raw.futureMarkers.map((phrase) => phrase.toLowerCase()),
  approximateMarkers: raw.approximateMarkers.map((phrase) => phrase.toLowerCase()),
  approximateModifiers: new Set(raw.approximateModifiers),
  speechVerbs: lower(raw.speechVerbs),
  anaphoricTimes: lower(raw.anaphoricTimes),
  continuationVerbs: raw.continuationVerbs.map((phrase) => phrase.toLowerCase()),
  startVerbs: raw.startVerbs.map((phrase) => phrase.toLowerCase()),
  roleNouns: lower(raw.roleNouns),
  roleModifiers: lower(raw.roleModifiers),
  determiners: lower(raw.determiners),
  prepositions: lower(raw.prepositions),
  timePrepositions: lower(raw.timePrepositions),
  singularPronouns: lower(raw.pronouns.singular),
  pluralPronouns: lower(raw.pronouns.plural),
  otherPronouns: lower(raw.pronouns.other),
  relativeWords: lower(raw.relativeWords),
  clauseBreakers: lower(raw.clauseBreakers),
  adverbsToDrop: lower(raw.adverbsToDrop),
  lyNotAdverbs: lower(raw.lyNotAdverbs),
  pluralNouns: lower(raw.pluralNouns),
  headlineDropWords: lower(raw.headlineDropWords),
  titleCutWords: raw.titleCutWords.map((phrase) => phrase.toLowerCase()),
  eventNouns: lower(raw.eventNouns),
  organisationNouns: lower(raw.organisationNouns),
  personNouns: lower(raw.personNouns),
} as const;

/** Words that are only adverbs of manner or comment ("officially", "reportedly") and never carry the event. */
export function isDroppableAdverb(word: string): boolean {
  const lowerWord = word.toLowerCase();
  if (lexicon.adverbsToDrop.has(lowerWord)) return true;
  return (
    word === lowerWord &&
    lowerWord.length > 4 &&
    lowerWord.endsWith('ly') &&
    !lexicon.lyNotAdverbs.has(lowerWord)
  );
}
