import { z } from 'zod';
import { MajorityRule, PercentBase, ResultWord } from '../model';

/** How the report is presented: what the file does not say and the user adds. The counting rules are `Settings`. */
export const Paper = z.enum(['a4', 'letter']);
export type Paper = z.infer<typeof Paper>;

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')
  .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), 'no such date')
  .refine((text) => text >= '1900' && text < '3000', 'a meeting date is between 1900 and 2999');

export const Logo = z.object({
  mediaType: z.enum(['image/png', 'image/jpeg']),
  /** The image bytes, base64-encoded, so the report stays one self-contained value. */
  base64: z.base64().min(1),
});
export type Logo = z.infer<typeof Logo>;

export const ReportOptions = z.object({
  /** Replaces the title read from the file. */
  title: z.string().trim().min(1).nullable().default(null),
  organisation: z.string().trim().min(1).nullable().default(null),
  meeting: z.string().trim().min(1).nullable().default(null),
  place: z.string().trim().min(1).nullable().default(null),
  /** The day of the meeting. */
  date: IsoDate.nullable().default(null),
  paper: Paper.default('a4'),
  landscape: z.boolean().default(false),
  /** A small stacked bar of for / against / abstained beside each motion's percentage. */
  bars: z.boolean().default(true),
  logo: Logo.nullable().default(null),
  /** Mark the report Draft even when no error remains. */
  draft: z.boolean().default(false),
  /** Print the file's own text around the motions: its preamble, the notes under section headings, its closing. */
  surroundingText: z.boolean().default(true),
});
export type ReportOptions = z.infer<typeof ReportOptions>;
export const defaultReportOptions = (): ReportOptions => ReportOptions.parse({});

const Count = z.number().int().nonnegative().nullable();

/** Text of the results file printed as it stands: paragraphs, each a list of its lines. */
export const Passages = z.array(z.array(z.string()));
export type Passages = z.infer<typeof Passages>;

export const ReportRow = z.object({
  number: z.string(),
  /** "Emergency Motion", "Amendment to Motion 3": printed above the text where the row is not a plain motion. */
  caption: z.string().nullable(),
  text: z.string(),
  /** Mover, seconder and the like, then any text that followed the motion, as printed. */
  notes: z.array(z.string()),
  for: Count,
  against: Count,
  abstain: Count,
  invalid: Count,
  percent: z.number().nullable(),
  /** The percentage as every output prints it: "96.4%", or "–" when there is none. */
  percentText: z.string(),
  statedResult: ResultWord.nullable(),
  result: ResultWord.nullable(),
  /** The result as printed in the report: "Carried", "Remitted to the NEC", "No result". */
  resultText: z.string(),
  /** Words the file prints after its result that the result text does not already say: "(two-thirds majority not reached)". */
  resultRemark: z.string().nullable(),
  rule: MajorityRule,
  /** The footnote mark of the row's rule, where it is not the report's usual rule. */
  ruleMark: z.string().nullable(),
  /** A plain sentence where the counts are missing, or (a conflict) the file's result differs from what they give. */
  remark: z.object({ text: z.string(), conflict: z.boolean() }).nullable(),
});
export type ReportRow = z.infer<typeof ReportRow>;

export const ReportSection = z.object({
  number: z.string().nullable(),
  title: z.string().nullable(),
  /** "1. Economy and Work", or null for the motions of a file without sections. */
  heading: z.string().nullable(),
  /** The file's text under the heading, before the first motion. */
  notes: Passages,
  rows: z.array(ReportRow),
});
export type ReportSection = z.infer<typeof ReportSection>;

export const ReportSummary = z.object({
  motions: z.number().int(),
  carried: z.number().int(),
  lost: z.number().int(),
  remitted: z.number().int(),
  withdrawn: z.number().int(),
  withoutResult: z.number().int(),
});
export type ReportSummary = z.infer<typeof ReportSummary>;

export const Report = z.object({
  title: z.string(),
  organisation: z.string().nullable(),
  meeting: z.string().nullable(),
  place: z.string().nullable(),
  /** The meeting's date, written out: "14 March 2024". */
  date: z.string().nullable(),
  voters: z.number().int().nonnegative().nullable(),
  summary: ReportSummary,
  /** The file's text before the first motion (and its own title, where the report's title replaces it). */
  preamble: Passages,
  /** The file's text after the last motion. */
  closing: Passages,
  /** Whether any motion has an invalid count, so that every table shows that column. */
  showInvalid: z.boolean(),
  base: PercentBase,
  decimals: z.number().int().min(0).max(2),
  sections: z.array(ReportSection),
  /** Each rule in words, with its mark where rows carry one, then the percentage base. */
  footnotes: z.array(z.string()),
  /** Null when the report is final; else why it is a draft. */
  draft: z.string().nullable(),
  /** The day the report was made, written out. */
  made: z.string(),
  /** The first 16 hex digits of the SHA-256 of the source text. */
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
  paper: Paper,
  landscape: z.boolean(),
  bars: z.boolean(),
  logo: Logo.nullable(),
});
export type Report = z.infer<typeof Report>;
