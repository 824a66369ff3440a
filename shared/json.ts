import { z } from 'zod';
import { Encoding } from './decode';
import { Diagnostic, IgnoredLine, SourceLine, MajorityRule, Motion, ResultsDocument, ResultWord, Section, defaultSettings, type ParseResult, type Settings } from './model';
import { reportedResult, ruleFor } from './outcome';

/** The JSON that `tally-desk parse FILE --json` prints: the parsed document, flattened for other programs. */
export const ParseJson = z.object({
  encoding: Encoding,
  ...ResultsDocument.pick({ languages: true, totalVoters: true, votersLine: true, title: true, preamble: true, closing: true }).shape,
  sections: z.array(
    Section.pick({ number: true, title: true, kind: true, line: true, notes: true }).extend({
      motions: z.array(
        Motion.pick({
          number: true, kind: true, amends: true, text: true, for: true, against: true, abstain: true, invalid: true,
          statedResult: true, resultText: true, resultRemark: true, resultReference: true, style: true, tallyLine: true, resultLine: true, lines: true, trailing: true,
        }).extend({
          /** A total the file states with the counts ("Votes cast: 308"), its label and its line; null when none. */
          total: z.object({ value: z.number().int().nonnegative(), label: z.string(), line: z.number().int().positive() }).nullable(),
          result: ResultWord.nullable(),
          rule: MajorityRule,
          /** Mover, seconder and the like, as printed; `noteLines` has them with their line numbers. */
          notes: z.array(z.string()),
          noteLines: z.array(SourceLine),
        }),
      ),
    }),
  ),
  /**
   * Headings with no motion under them ("1. Welcome and apologies"): agenda
   * items that held no vote, so not sections of the results, with their words.
   */
  headingsWithoutVotes: z.array(Section.pick({ number: true, title: true, kind: true, line: true, notes: true })),
  ignored: z.array(IgnoredLine),
  diagnostics: z.array(Diagnostic),
});
export type ParseJson = z.infer<typeof ParseJson>;

export function toParseJson(parsed: ParseResult, encoding: Encoding, settings: Settings = defaultSettings()): ParseJson {
  const { document } = parsed;
  // A file with no motion at all keeps its headings as sections: there is nothing else to show them by.
  const withVotes = document.sections.some((section) => section.motions.length > 0) ? document.sections.filter((section) => section.motions.length > 0) : document.sections;
  const heading = (section: Section) => ({ number: section.number, title: section.title, kind: section.kind, line: section.line, notes: section.notes });
  return {
    encoding,
    languages: document.languages,
    totalVoters: document.totalVoters,
    votersLine: document.votersLine,
    title: document.title,
    preamble: document.preamble,
    closing: document.closing,
    sections: withVotes.map((section) => ({
      ...heading(section),
      motions: section.motions.map((motion) => {
        const { rule } = ruleFor(document, section, motion, settings);
        return {
          number: motion.number,
          kind: motion.kind,
          amends: motion.amends,
          text: motion.text,
          for: motion.for,
          against: motion.against,
          abstain: motion.abstain,
          invalid: motion.invalid,
          statedResult: motion.statedResult,
          resultText: motion.resultText,
          resultRemark: motion.resultRemark,
          resultReference: motion.resultReference,
          total: motion.total ?? null,
          result: reportedResult(motion, rule, document.totalVoters),
          rule,
          lines: motion.lines,
          tallyLine: motion.tallyLine,
          resultLine: motion.resultLine,
          notes: motion.notes.map((note) => note.text),
          noteLines: motion.notes,
          trailing: motion.trailing,
          style: motion.style,
        };
      }),
    })),
    headingsWithoutVotes: document.sections.filter((section) => !withVotes.includes(section)).map(heading),
    ignored: document.ignored,
    diagnostics: parsed.diagnostics,
  };
}
