import { z } from 'zod';
import { Encoding } from './decode';
import { Diagnostic, IgnoredLine, ResultWord, defaultSettings, type ParseResult, type Settings } from './model';
import { reportedResult, ruleFor } from './outcome';

/** The JSON that `tally-desk parse FILE --json` prints: the parsed document, flattened for other programs. */
export const ParseJson = z.object({
  encoding: Encoding,
  totalVoters: z.number().nullable(),
  title: z.string().nullable(),
  sections: z.array(
    z.object({
      number: z.string().nullable(),
      title: z.string().nullable(),
      motions: z.array(
        z.object({
          number: z.string(),
          kind: z.string().nullable(),
          amends: z.string().nullable(),
          text: z.string(),
          for: z.number().nullable(),
          against: z.number().nullable(),
          abstain: z.number().nullable(),
          invalid: z.number().nullable(),
          statedResult: ResultWord.nullable(),
          result: ResultWord.nullable(),
          rule: z.string(),
          lines: z.tuple([z.number(), z.number()]),
          notes: z.array(z.string()),
        }),
      ),
    }),
  ),
  ignored: z.array(IgnoredLine),
  diagnostics: z.array(Diagnostic.pick({ line: true, severity: true, code: true, message: true })),
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
    diagnostics: parsed.diagnostics.map(({ line, severity, code, message }) => ({ line, severity, code, message })),
  };
}
