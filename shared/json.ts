import { z } from 'zod';
import { Encoding } from './decode';
import { Diagnostic, IgnoredLine, MajorityRule, Motion, ResultsDocument, ResultWord, Section, defaultSettings, type ParseResult, type Settings } from './model';
import { reportedResult, ruleFor } from './outcome';

/** The JSON that `tally-desk parse FILE --json` prints: the parsed document, flattened for other programs. */
export const ParseJson = z.object({
  encoding: Encoding,
  ...ResultsDocument.pick({ totalVoters: true, title: true }).shape,
  sections: z.array(
    Section.pick({ number: true, title: true }).extend({
      motions: z.array(
        Motion.pick({
          number: true, kind: true, amends: true, text: true, for: true, against: true, abstain: true, invalid: true,
          statedResult: true, lines: true, notes: true,
        }).extend({ result: ResultWord.nullable(), rule: MajorityRule }),
      ),
    }),
  ),
  ignored: z.array(IgnoredLine),
  diagnostics: z.array(Diagnostic),
});
export type ParseJson = z.infer<typeof ParseJson>;

export function toParseJson(parsed: ParseResult, encoding: Encoding, settings: Settings = defaultSettings()): ParseJson {
  const { document } = parsed;
  return {
    encoding,
    totalVoters: document.totalVoters,
    title: document.title,
    sections: document.sections.map((section) => ({
      number: section.number,
      title: section.title,
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
          result: reportedResult(motion, rule, document.totalVoters),
          rule,
          lines: motion.lines,
          notes: motion.notes,
        };
      }),
    })),
    ignored: document.ignored,
    diagnostics: parsed.diagnostics,
  };
}
