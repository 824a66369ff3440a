import type { MajorityRule, ResultWord } from '../model';

/** The four counts of a tally, in the order they are printed. */
export type CountKey = 'for' | 'against' | 'abstain' | 'invalid';

/**
 * A language pack: every word and phrase the reader matches, and the words the
 * writer writes, in one language. The reader tries the words of every pack on
 * every file (results files mix languages: "Pour / For: 58"); the document
 * records which packs it matched, and the writer takes its words from the first.
 * Words are matched case-insensitively and as whole words; a space in a phrase
 * matches any run of spaces, a hyphen a hyphen, a space or nothing.
 *
 * To read another language, write one pack like these and add it to the list in
 * `index.ts`.
 */
export type LanguagePack = {
  /** The ISO 639-1 code, recorded on each document the pack matched. */
  code: string;
  /** The language's name in English, for the settings and messages. */
  name: string;

  // Counts and results.
  counts: Record<CountKey, string[]>;
  results: Record<ResultWord, string[]>;
  /**
   * Nouns that state a result only after a result label ("Beschluss: Annahme"):
   * alone on a line they may be a committee's recommendation, not the result.
   */
  labelledResults: Partial<Record<ResultWord, string[]>>;
  /** The months, so that a date ("before 12 March 2024") is never read as a tally. */
  monthNames: string[];
  /** Words for a result decided without a count ("carried unanimously", "nem. con.", "by acclamation"). */
  uncountedWords: string[];
  /** Words that may follow a result word on its line ("Remitted to the NEC", "Carried unanimously"). */
  resultRemarkOpenings: string[];
  /** Labels printed before a result on its own line ("Result: Passed", "Ergebnis: angenommen"). */
  resultLabels: string[];
  /** Words that mean a count of nought ("Against: nil"). */
  zeroWords: string[];
  /** Words that may stand between a label and its number without meaning anything. */
  tallyFiller: string[];
  /** Labels of a stated total of the counts ("Total 58", "Votes cast: 58"). */
  totals: string[];
  /** Words linking the counts for and against in minutes: "27 votes to 2". */
  countsLinkedBy: string[];

  // Motions, amendments and sections.
  motionWords: string[];
  /** Words that may stand before a motion word in a heading ("Emergency Motion", "Dringlichkeitsantrag"). */
  motionKindPrefixes: string[];
  /** Heading words that mark an amendment, and the word linking it to its motion ("to", "zu"). */
  amendmentWords: string[];
  amendsLink: string[];
  /** Marks that may stand between a motion word and its label ("Motion No. 3", "Résolution n°1"). */
  numberMarks: string[];
  /** Labels written as words ("Amendment One"). */
  labelNumberWords: string[];
  /** What a later vote calls the motion voted on again: "as amended", "unamended", "as a whole". */
  motionQualifiers: string[];
  /** Words that introduce a later vote on a motion named with its qualifier: "Vote on Motion 3 as amended", "Abstimmung über Antrag A002 in der ungeänderten Fassung". */
  voteOnWords: string[];
  sectionWords: string[];
  /**
   * Words for an agenda item ("Agenda item 5", "TOP 3", "Punto 2"): a section
   * when motions stand under it, the motion itself when a vote follows it.
   */
  agendaWords: string[];
  /** Words after an agenda item's label that name the agenda: "Punto 1 all'ordine del giorno: …", "Punto 3 del orden del día: …". */
  agendaOf: string[];
  noteLabels: string[];
  /** Heading words of a closing notes list ("Notes:"). */
  notesHeadings: string[];

  // A result told in a sentence: "After debate, Motion 1 was carried", "Der Antrag wurde angenommen".
  /** Words that open a sentence before it names the motion ("After debate,"). */
  sentenceOpenings: string[];
  /** Words that name the motion just read ("the", "this" before a motion word), or stand for it ("it"). */
  sentenceArticles: string[];
  sentencePronouns: string[];
  /** The verbs between the motion and its result ("was", "wurde", "a été"). */
  sentenceVerbs: string[];

  // Voters.
  /** Words for the people counted in a voter count ("56 members voted"). */
  voterNouns: string[];
  /** Verbs that follow the voter noun ("voted", "took part"). */
  /** Words between the count of voters and the count of those who could have voted: "2,310 of 5,004 members voted". */
  voterOutOf: string[];
  voterVerbs: string[];
  /** Words that may stand between the noun and its verb ("56 members have voted", "in total"). */
  voterFillers: string[];
  /** Labels that precede a voter count ("Voting delegates present: 58"). */
  voterLabels: string[];
  /** Last words of a label that states a voter count ("Members voting:", "Present:", "Turnout:"). */
  voterLabelWords: string[];
  /** Words that follow a count standing alone on its line ("51 responses"). */
  voterCountNouns: string[];
  /** Words that make a count of people not a count of voters ("Eligible voters: 212"). */
  notVoterWords: string[];
  /** Words that count those present rather than those who voted ("Present: 151 members"): a later statement of how many voted replaces such a count. */
  presenceWords: string[];

  // Rules.
  ruleHints: Record<MajorityRule, string[]>;
  /** Words that make a motion a change to the organisation's rules. */
  ruleChangeWords: string[];

  // Tables and page furniture.
  /** Header words of a spreadsheet's columns other than the counts. */
  columnWords: { number: string[]; text: string[]; result: string[]; percent: string[] };
  /** Words a page footer uses ("Page 3 of 5"), and the word between the page and the count of pages. */
  pageWords: string[];
  pageOf: string[];
  /** A note that the text goes on over the page ("continued", "Fortsetzung"), and where it goes on ("overleaf"). */
  continuedWords: string[];
  continuedWhere: string[];

  // Elections, set aside.
  electedWords: string[];
  /** Words that name an election ("Election of Branch Secretary", "Wahl der Delegierten"): a motion's heading over candidates is the election's only when it has one. */
  electionWords: string[];

  /** Counts written out in words ("fifty-six members voted"), where the pack reads them: nought to nineteen, the tens, and the words for 100 and 1,000. */
  numberWords: { units: string[]; tens: string[]; hundred: string; thousand: string; joiner: string } | null;

  // Text.
  /** Words written with a hyphen that a line break after the hyphen must not join ("self-" + "employed"). */
  keptHyphenPrefixes: string[];

  /** The words the writer uses where the file printed none of its own (a count label the file left out). */
  writing: {
    motion: string;
    amendsLink: string;
    section: string;
    results: Record<ResultWord, string>;
    /** A count's label before it ("Abstentions: 3"), and after it ("3 abstained"). */
    countLabels: Record<CountKey, string>;
    countWords: Record<CountKey, string>;
  };
};
