import type { MajorityRule, ResultWord } from './model';

/**
 * Every word the parser recognises, by language. To read files in another
 * language, add one entry here; nothing else needs to change.
 * Words are matched case-insensitively and as whole words.
 */
export type CountKey = 'for' | 'against' | 'abstain' | 'invalid';

type Language = {
  counts: Record<CountKey, string[]>;
  results: Record<ResultWord, string[]>;
  /** Words for a result decided without a count ("carried unanimously", "nem. con.", "by acclamation"). */
  uncountedWords: string[];
  /** Words that may follow a result word on its line ("Remitted to the NEC", "Carried unanimously"). */
  resultRemarkOpenings: string[];
  /** Words that mean a count of nought ("Against: nil"). */
  zeroWords: string[];
  /** Words that may stand between a label and its number without meaning anything. */
  tallyFiller: string[];
  /** Labels of a stated total of the counts ("Total 58", "Votes cast: 58"). */
  totals: string[];
  motionWords: string[];
  /** Heading words that mark an amendment, and the word linking it to its motion ("to"). */
  amendmentWords: string[];
  amendsLink: string[];
  sectionWords: string[];
  noteLabels: string[];
  /** Words for the people counted in a voter count ("56 members voted"). */
  voterNouns: string[];
  /** Verbs that follow the voter noun ("voted", "took part"). */
  voterVerbs: string[];
  /** Labels that precede a voter count ("Voting delegates present: 58"). */
  voterLabels: string[];
  /** Last words of a label that states a voter count ("Members voting:", "Present:", "Turnout:"). */
  voterLabelWords: string[];
  /** Words that follow a count standing alone on its line ("51 responses"). */
  voterCountNouns: string[];
  /** Words that make a count of people not a count of voters ("Eligible voters: 212"). */
  notVoterWords: string[];
  /** Heading words of a closing notes list ("Notes:"). */
  notesHeadings: string[];
  ruleHints: Record<MajorityRule, string[]>;
  /** Words that make a motion a change to the organisation's rules. */
  ruleChangeWords: string[];
  /** Words a page footer uses ("Page 3 of 5"). */
  pageWords: string[];
  electedWords: string[];
};

export const languages: Record<'en' | 'de' | 'fr' | 'es', Language> = {
  en: {
    counts: {
      for: ['for', 'in favour', 'in favor', 'yes', 'aye', 'ayes', 'pro'],
      against: ['against', 'no', 'noes', 'nay', 'opposed', 'contra'],
      abstain: ['abstain', 'abstained', 'abstaining', 'abstention', 'abstentions', 'abst', 'abs', 'withheld', 'votes withheld', 'stand aside', 'stand asides', 'stood aside'],
      invalid: ['invalid', 'spoilt', 'spoiled', 'spoilt ballots', 'spoiled ballots', 'spoilt ballot papers', 'spoiled ballot papers', 'rejected ballot papers', 'void', 'rejected ballots'],
    },
    results: {
      carried: ['carried', 'passed', 'agreed', 'adopted', 'approved', 'accepted', 'carried unanimously', 'carried nem con', 'unanimous', 'agreed unanimously', 'agreed by consensus', 'agreed nem con'],
      lost: ['lost', 'not carried', 'not passed', 'failed', 'defeated', 'rejected', 'fell', 'falls', 'not agreed', 'not adopted', 'not approved'],
      remitted: ['remitted', 'referred back', 'referred'],
      withdrawn: ['withdrawn', 'not moved'],
    },
    uncountedWords: ['unanimous', 'unanimously', 'nem con', 'nem. con.', 'acclamation', 'consensus', 'without a vote', 'show of hands'],
    resultRemarkOpenings: ['to', 'by', 'with', 'unanimously', 'overwhelmingly', 'nem', 'as', 'after', 'on', 'without', 'following', 'subject to'],
    zeroWords: ['nil', 'none', 'zero'],
    tallyFiller: ['votes', 'vote', 'voting', 'voting result', 'card vote', 'show of hands', 'result', 'results', 'members', 'ballots', 'and', 'with', 'by'],
    totals: ['total', 'total votes', 'total votes cast', 'votes cast', 'valid votes', 'total valid votes'],
    motionWords: [
      'motion', 'resolution', 'proposal', 'composite', 'composite motion', 'emergency motion', 'emergency resolution',
      'special resolution', 'ordinary resolution', 'rule amendment', 'rule change', 'item', 'question',
    ],
    amendmentWords: ['amendment'],
    amendsLink: ['to'],
    sectionWords: ['section', 'part', 'chapter', 'theme', 'topic', 'block', 'session'],
    noteLabels: ['mover', 'moved by', 'seconder', 'seconded by', 'proposer', 'proposed by', 'submitter', 'submitted by', 'supporter', 'supported by', 'speaker'],
    voterNouns: ['people', 'members', 'delegates', 'voters', 'participants', 'shareholders', 'persons', 'representatives', 'councillors', 'councils', 'branches'],
    voterVerbs: ['voted', 'took part', 'were present', 'participated', 'cast their votes', 'cast votes', 'returned ballots'],
    voterLabels: [
      'voters', 'voting delegates present', 'delegates present', 'members present', 'voting members present', 'turnout',
      'number of voters', 'total voters', 'total votes', 'total votes cast', 'votes cast', 'ballots cast', 'ballots returned', 'people voted',
    ],
    voterLabelWords: ['voting', 'present', 'present and voting', 'turnout', 'voters', 'votes cast', 'ballots cast', 'ballot papers issued', 'ballots returned', 'card vote', 'attendance', 'in attendance', 'participants'],
    voterCountNouns: ['responses', 'respondents', 'ballots returned', 'ballots cast', 'ballots received', 'votes cast', 'voters'],
    notVoterWords: ['eligible', 'entitled', 'registered', 'electorate', 'quorum', 'apologies', 'absent'],
    notesHeadings: ['notes', 'note', 'footnotes'],
    ruleHints: {
      simple: ['simple majority', 'ordinary resolution'],
      'two-thirds': ['two-thirds majority', 'two-third majority', '2/3 majority', '⅔ majority', 'majority of two-thirds', 'majority of 2/3'],
      'three-quarters': ['three-quarters majority', '3/4 majority', '¾ majority', '75% majority', 'majority of 75%', 'majority of not less than 75%', 'majority of three-quarters', 'special resolution'],
      absolute: ['absolute majority', 'majority of all members', 'majority of those entitled to vote'],
    },
    ruleChangeWords: ['rule amendment', 'rule change', 'rules revision', 'changes to the rules', 'amend rule', 'delete rule', 'insert rule', 'new rule', 'constitutional amendment', 'amend the constitution', 'standing orders'],
    pageWords: ['page', 'p.'],
    electedWords: ['elected', 'not elected', 'candidate', 'candidates'],
  },
  de: {
    counts: {
      for: ['ja', 'ja-stimmen', 'dafür', 'zustimmung'],
      against: ['nein', 'nein-stimmen', 'dagegen', 'ablehnung'],
      abstain: ['enthaltung', 'enthaltungen', 'enthalten'],
      invalid: ['ungültig', 'ungültige', 'ungültige stimmen'],
    },
    results: {
      carried: ['angenommen', 'einstimmig angenommen', 'beschlossen'],
      lost: ['abgelehnt', 'nicht angenommen'],
      remitted: ['überwiesen'],
      withdrawn: ['zurückgezogen'],
    },
    uncountedWords: ['einstimmig', 'ohne gegenstimmen', 'per akklamation'],
    resultRemarkOpenings: ['mit', 'an', 'einstimmig', 'nach'],
    zeroWords: ['keine', 'null'],
    tallyFiller: ['stimmen', 'stimme', 'ergebnis', 'und'],
    totals: ['gesamt', 'insgesamt', 'abgegebene stimmen', 'gültige stimmen'],
    motionWords: ['antrag', 'dringlichkeitsantrag', 'beschluss', 'satzungsänderung', 'satzungsänderungsantrag'],
    amendmentWords: ['änderungsantrag'],
    amendsLink: ['zu'],
    sectionWords: ['abschnitt', 'teil', 'kapitel', 'themenbereich', 'block'],
    noteLabels: ['antragsteller', 'antragstellerin', 'antragsteller*innen', 'eingereicht von', 'unterstützer'],
    voterNouns: ['mitglieder', 'delegierte', 'personen', 'stimmberechtigte'],
    voterVerbs: ['haben abgestimmt', 'stimmten ab', 'waren anwesend'],
    voterLabels: ['stimmberechtigte', 'abgegebene stimmen', 'anwesende stimmberechtigte', 'anwesende'],
    voterLabelWords: ['mitglieder', 'stimmberechtigte', 'anwesende', 'abgegebene stimmen', 'delegierte'],
    voterCountNouns: ['abgegebene stimmen', 'stimmberechtigte'],
    notVoterWords: ['wahlberechtigt', 'beschlussfähig'],
    notesHeadings: ['hinweise', 'anmerkungen', 'anmerkung'],
    ruleHints: {
      simple: ['einfache mehrheit'],
      'two-thirds': ['zweidrittelmehrheit', 'zwei-drittel', 'zwei drittel'],
      'three-quarters': ['dreiviertelmehrheit', 'drei viertel'],
      absolute: ['absolute mehrheit'],
    },
    ruleChangeWords: ['satzungsänderung', 'satzung'],
    pageWords: ['seite'],
    electedWords: ['gewählt', 'nicht gewählt', 'kandidat', 'kandidatin', 'kandidaten'],
  },

  fr: {
    counts: {
      for: ['pour'],
      against: ['contre'],
      abstain: ['abstention', 'abstentions'],
      invalid: ['nuls', 'blancs et nuls', 'bulletins nuls'],
    },
    results: {
      carried: ['adoptée', 'adopté', 'adoptée à l’unanimité', 'approuvée', 'approuvé'],
      lost: ['rejetée', 'rejeté', 'non adoptée', 'non adopté'],
      remitted: ['renvoyée', 'renvoyé'],
      withdrawn: ['retirée', 'retiré'],
    },
    uncountedWords: ['unanimité', 'acclamation'],
    resultRemarkOpenings: ['à', 'par', 'avec'],
    zeroWords: ['aucun', 'aucune'],
    tallyFiller: ['voix', 'votes', 'vote', 'résultat'],
    totals: ['total', 'exprimés', 'suffrages exprimés'],
    motionWords: ['résolution', 'motion', 'proposition', 'vœu'],
    amendmentWords: ['amendement'],
    amendsLink: ['à'],
    sectionWords: ['partie', 'chapitre', 'titre'],
    noteLabels: ['présentée par', 'proposée par', 'déposée par'],
    voterNouns: ['membres', 'délégués', 'votants', 'personnes'],
    voterVerbs: ['ont voté', 'ont pris part au vote'],
    voterLabels: ['votants', 'membres votants', 'nombre de votants', 'suffrages exprimés'],
    voterLabelWords: ['votants', 'présents'],
    voterCountNouns: ['votants', 'suffrages exprimés'],
    notVoterWords: ['inscrits'],
    notesHeadings: ['notes', 'remarques'],
    ruleHints: {
      simple: ['majorité simple'],
      'two-thirds': ['majorité des deux tiers', 'majorité des 2/3'],
      'three-quarters': ['majorité des trois quarts'],
      absolute: ['majorité absolue'],
    },
    ruleChangeWords: ['modification des statuts', 'statuts'],
    pageWords: ['page'],
    electedWords: ['élu', 'élue', 'candidat', 'candidate'],
  },
  es: {
    counts: {
      for: ['a favor', 'sí'],
      against: ['en contra'],
      abstain: ['abstención', 'abstenciones'],
      invalid: ['nulos', 'votos nulos'],
    },
    results: {
      carried: ['aprobada', 'aprobado', 'aprobada por unanimidad'],
      lost: ['rechazada', 'rechazado', 'no aprobada'],
      remitted: ['remitida'],
      withdrawn: ['retirada', 'retirado'],
    },
    uncountedWords: ['unanimidad', 'aclamación'],
    resultRemarkOpenings: ['por', 'con'],
    zeroWords: ['ninguno'],
    tallyFiller: ['votos', 'voto', 'resultado'],
    totals: ['total', 'votos emitidos'],
    motionWords: ['moción', 'resolución', 'propuesta'],
    amendmentWords: ['enmienda'],
    amendsLink: ['a'],
    sectionWords: ['sección', 'parte', 'capítulo'],
    noteLabels: ['presentada por', 'propuesta por'],
    voterNouns: ['miembros', 'delegados', 'votantes', 'personas'],
    voterVerbs: ['votaron', 'participaron'],
    voterLabels: ['votantes', 'número de votantes', 'votos emitidos'],
    voterLabelWords: ['votantes', 'presentes'],
    voterCountNouns: ['votantes', 'votos emitidos'],
    notVoterWords: ['inscritos', 'censo'],
    notesHeadings: ['notas'],
    ruleHints: {
      simple: ['mayoría simple'],
      'two-thirds': ['mayoría de dos tercios'],
      'three-quarters': ['mayoría de tres cuartos'],
      absolute: ['mayoría absoluta'],
    },
    ruleChangeWords: ['reforma de estatutos', 'estatutos'],
    pageWords: ['página'],
    electedWords: ['elegido', 'elegida', 'candidato', 'candidata'],
  },
};

const all = Object.values(languages);

/** Every word for one entry, from every language. */
export function wordsFor(pick: (language: Language) => string[]): string[] {
  return [...new Set(all.flatMap(pick))];
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The words longest first, so that "not carried" is tried before "carried". */
export function longestFirst(words: string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}

/** A word as a pattern: any run of spaces where it has a space, and a hyphen, a space or nothing where it has a hyphen. */
export function wordPattern(word: string): string {
  return escapeRegExp(word).replace(/ /g, '\\s+').replace(/-/g, '[-\\s]?');
}

/** An alternation of the words, longest first. */
export function alternation(words: string[]): string {
  return longestFirst(words).map(wordPattern).join('|');
}

/** Letters that count as part of a word, so that "Ja" does not match inside "Jahr". */
export const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
export const WORD_EDGE_AFTER = '(?![\\p{L}\\p{N}])';

export function wholeWords(words: string[]): string {
  return `${WORD_EDGE_BEFORE}(?:${alternation(words)})${WORD_EDGE_AFTER}`;
}

/** The counts of a tally, in the order they are printed. */
export const countKeys: CountKey[] = ['for', 'against', 'abstain', 'invalid'];
const countLookup = new Map<string, CountKey>();
for (const language of all) {
  for (const key of countKeys) for (const word of language.counts[key]) countLookup.set(normaliseWord(word), key);
}
const resultLookup = new Map<string, ResultWord>();
for (const language of all) {
  for (const [result, words] of Object.entries(language.results) as [ResultWord, string[]][]) {
    for (const word of words) resultLookup.set(normaliseWord(word), result);
  }
}

export function normaliseWord(text: string): string {
  return text.toLowerCase().replace(/[-\s]+/g, ' ').trim();
}

export function countKeyOf(label: string): CountKey | undefined {
  return countLookup.get(normaliseWord(label));
}

export function resultOf(word: string): ResultWord | undefined {
  return resultLookup.get(normaliseWord(word));
}

export const countWords = wordsFor((l) => countKeys.flatMap((key) => l.counts[key]));
export const resultWords = wordsFor((l) => Object.values(l.results).flat());

const ruleHintPatterns = (['three-quarters', 'two-thirds', 'absolute', 'simple'] as const).map(
  (rule) => [rule, new RegExp(wholeWords(wordsFor((l) => l.ruleHints[rule])), 'iu')] as const,
);

/**
 * The rule that a phrase in the file asks for, if it names one ("requires a
 * two-thirds majority", "special resolution"); "two thirds of members rent"
 * names none. The strongest rule named wins.
 */
export function ruleHintIn(text: string): MajorityRule | null {
  return ruleHintPatterns.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

const ruleChangePattern = new RegExp(wholeWords(wordsFor((l) => l.ruleChangeWords)), 'iu');

export function mentionsRuleChange(text: string): boolean {
  return ruleChangePattern.test(text);
}

const uncountedPattern = new RegExp(alternation(wordsFor((l) => l.uncountedWords)), 'iu');

/** Whether a result's words say it was decided without a count ("Carried unanimously"). */
export function saysUncounted(text: string): boolean {
  return uncountedPattern.test(text);
}
