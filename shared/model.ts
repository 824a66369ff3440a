import { z } from 'zod';

/** What the file says happened to a motion, or what the counts say under its rule. */
export const ResultWord = z.enum(['carried', 'lost', 'remitted', 'withdrawn']);
export type ResultWord = z.infer<typeof ResultWord>;

/**
 * Majority rules. Each is defined exactly in `outcome.ts`:
 * simple (for > against), two-thirds and three-quarters (for >= that share of
 * for+against), absolute (for > half of the stated voters).
 */
export const MajorityRule = z.enum(['simple', 'two-thirds', 'three-quarters', 'absolute']);
export type MajorityRule = z.infer<typeof MajorityRule>;

/** Percentage bases: for+against, for+against+abstain ("cast"), or the stated voters. */
export const PercentBase = z.enum(['for-against', 'cast', 'voters']);
export type PercentBase = z.infer<typeof PercentBase>;

export const Count = z.number().int().nonnegative().nullable();

/** How the file wrote a motion, so that an edit can be written back the same way. */
export const HeadingStyle = z.enum(['numbered', 'keyword', 'table']);
export const TallyStyle = z.enum([
  'count-label', // 54 for; 2 against; 3 abstained
  'label-colon', // For: 54  Against: 2  Abstentions: 3
  'label-space', // Yes 54 / No 2 / Abstain 3
  'label-dash', // For – 54, Against – 2, Abstentions – 2
]);
export type TallyStyle = z.infer<typeof TallyStyle>;

export const TableLayout = z.object({
  delimiter: z.string(),
  /** The header cells as printed, and what each column holds. */
  labels: z.array(z.string()),
  columns: z.array(z.enum(['number', 'text', 'for', 'against', 'abstain', 'invalid', 'result', 'total', 'percent']).nullable()),
  /** In columns lined up with spaces, where each column stands on the line ([first, last + 1) character), as the header or the rule of dashes under it prints it. */
  spans: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])).optional(),
});

export type TableLayout = z.infer<typeof TableLayout>;

export const MotionStyle = z.object({
  heading: HeadingStyle,
  tally: TallyStyle,
  /** The words used for each count, as printed ("for", "Yes", "Votes withheld"). */
  labels: z.object({ for: z.string(), against: z.string(), abstain: z.string(), invalid: z.string() }),
  /** Words printed before the first count ("Card vote – "). */
  tallyLead: z.string(),
  /** A minute's or paragraph's number printed before the heading word ("4.1 " of "4.1 Motion 1 –"). */
  headingLead: z.string().default(''),
  /** The thousands separator of the counts ("," in "318,402"), or '' for none. */
  thousandsSeparator: z.string(),
  /** Words printed before the result word ("Result: "). */
  resultPrefix: z.string(),
  /** Each count stands on a line of its own ("For: 38" above "Against: 12"). */
  countPerLine: z.boolean().default(false),
  /** The result word stands at the end of the tally line, not on its own line. */
  resultOnTallyLine: z.boolean().default(false),
  table: TableLayout.optional(),
});
export type MotionStyle = z.infer<typeof MotionStyle>;

export const LineRange = z.tuple([z.number().int().positive(), z.number().int().positive()]);

/** A line of the file kept as printed, with its 1-based line number, so that every output can carry it and the editor can go to it. */
export const SourceLine = z.object({ line: z.number().int().positive(), text: z.string() });
export type SourceLine = z.infer<typeof SourceLine>;

/**
 * Where a count was printed: the `index`-th count of the text `within` on the
 * line (a tally line, or the end of a heading, or a sentence), or a cell of a
 * table row that runs from `line` to `lastLine`.
 */
export const CountPlace = z.union([
  z.object({ line: z.number().int().positive(), within: z.string(), index: z.number().int().nonnegative() }),
  z.object({ line: z.number().int().positive(), lastLine: z.number().int().positive(), cell: z.number().int().nonnegative() }),
]);
export type CountPlace = z.infer<typeof CountPlace>;

/** Where a motion's values were printed, so that an edit changes those characters and nothing else. */
export const PrintedAt = z.object({
  /** The text as it stands on each line, before the lines are joined. */
  text: z.array(SourceLine),
  counts: z.object({ for: CountPlace, against: CountPlace, abstain: CountPlace, invalid: CountPlace }).partial(),
  /** A table row's first and last line (a long text may wrap below it). */
  row: z.object({ line: z.number().int().positive(), lastLine: z.number().int().positive() }).optional(),
});
export type PrintedAt = z.infer<typeof PrintedAt>;

export const Motion = z.object({
  /** The label as printed, without the heading word: "3", "3a", "E1", "R2". */
  number: z.string(),
  /** The heading word as printed ("Motion", "Emergency Motion", "Resolution"), or null for "3. ..." style. */
  kind: z.string().nullable(),
  /** For an amendment: the label of the motion it amends. */
  amends: z.string().nullable(),
  /** The whole motion text as a careful reader reads it. */
  text: z.string(),
  for: Count,
  against: Count,
  abstain: Count,
  invalid: Count,
  /** What the file says the result was; null when no result word is printed. */
  statedResult: ResultWord.nullable(),
  /** The result word as printed ("NOT CARRIED", "Passed"). */
  resultText: z.string().nullable(),
  /** Words printed after the result word, e.g. "to the National Executive Council". */
  resultRemark: z.string().nullable(),
  /** The line of the tally, and of the result word (which may stand after the motion's amendments). */
  tallyLine: z.number().int().positive().nullable(),
  resultLine: z.number().int().positive().nullable(),
  /** Set when the result is printed after the amendments ("Motion 3 as amended – CARRIED"): the words between label and result. */
  resultReference: z.string().nullable(),
  /** The majority rule this motion needs, read from the file (special resolution, rule change). */
  rule: MajorityRule.nullable(),
  /** A total the tally states beside its counts ("Votos emitidos: 308"), with its label as printed and its line; which counts it covers is the file's convention. */
  total: z.object({ value: z.number().int().nonnegative(), label: z.string(), line: z.number().int().positive() }).nullable().optional(),
  /** Mover, seconder and similar lines, as printed. */
  notes: z.array(SourceLine),
  /** Prose that followed the motion's result and belongs to no other part of the file. */
  trailing: z.array(SourceLine),
  /** First and last source line (1-based) that the motion came from. */
  lines: LineRange,
  style: MotionStyle,
  printedAt: PrintedAt,
});
export type Motion = z.infer<typeof Motion>;

export const Section = z.object({
  number: z.string().nullable(),
  title: z.string().nullable(),
  /** The heading word as printed ("Section", "PART"), or null for "1. Title -" style. */
  kind: z.string().nullable(),
  /** Lines between the heading and the first motion, such as a stated majority rule. */
  notes: z.array(SourceLine),
  /** The majority rule stated for every motion of this section, if any. */
  rule: MajorityRule.nullable(),
  line: z.number().int().positive().nullable(),
  motions: z.array(Motion),
});
export type Section = z.infer<typeof Section>;

export const IgnoredReason = z.enum(['page-number', 'running-header', 'decoration', 'table-header', 'stacked-cell', 'election']);
export const IgnoredLine = z.object({
  line: z.number().int().positive(),
  text: z.string(),
  reason: IgnoredReason,
});
export type IgnoredLine = z.infer<typeof IgnoredLine>;

export const ResultsDocument = z.object({
  title: z.string().nullable(),
  /** Lines between the title and the first section or motion, as printed. */
  preamble: z.array(SourceLine),
  totalVoters: z.number().int().nonnegative().nullable(),
  /** The line that states the number of voters. */
  votersLine: z.number().int().positive().nullable(),
  /** How the file heads its motions: with a word ("Motion 12 –"), where a line "1. ..." is a clause, or by number ("12. ..."). */
  headings: z.enum(['keyword', 'numbered']),
  /** The majority rule the file states for rule changes, if any. */
  ruleChangeRule: MajorityRule.nullable(),
  /** The language packs the file's headings, tallies and results matched, most used first ("de", "en"). */
  languages: z.array(z.string()),
  sections: z.array(Section),
  /** Prose after the last motion: closing remarks and notes. */
  closing: z.array(SourceLine),
  ignored: z.array(IgnoredLine),
});
export type ResultsDocument = z.infer<typeof ResultsDocument>;

export const Severity = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof Severity>;

export const DiagnosticCode = z.enum([
  'missing-tally',
  'unreadable-number',
  'unreadable-tally',
  'tally-twice',
  'sum-differs-from-voters',
  'count-exceeds-voters',
  'repeated-number',
  'skipped-number',
  'result-contradicts-counts',
  'no-result-computable',
  'line-not-understood',
  'looks-like-election',
  'voters-stated-twice',
  'motion-without-text',
  'missing-number',
  'no-motions',
  'percentage-differs',
  'unreadable-characters',
  'negative-count',
]);
export type DiagnosticCode = z.infer<typeof DiagnosticCode>;

/** A text replacement that fixes a diagnostic: on `line`, replace `find` with `replace`. */
export const Suggestion = z.object({ find: z.string(), replace: z.string() });

export const Diagnostic = z.object({
  code: DiagnosticCode,
  severity: Severity,
  line: z.number().int().positive(),
  message: z.string(),
  suggestion: Suggestion.optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export const Settings = z.object({
  rule: MajorityRule.default('simple'),
  base: PercentBase.default('for-against'),
  decimals: z.number().int().min(0).max(2).default(1),
  /** A rule for one motion, keyed by `motionKey` ("14#2": the second motion labelled 14), overriding what the file says. */
  ruleOverrides: z.record(z.string(), MajorityRule).default({}),
});
export type Settings = z.infer<typeof Settings>;
export const defaultSettings = (): Settings => Settings.parse({});

export type ParseResult = { document: ResultsDocument; diagnostics: Diagnostic[] };
