import type { Diagnostic, MajorityRule, ResultsDocument, Settings } from '../../shared/model';
import { motionKey, ruleFor } from '../../shared/outcome';
import { formatCount } from '../../shared/report/format';
import type { Report } from '../../shared/report/model';

/** One line of the results table: a section's heading, or a motion with its counts, outcome and problems. */
export type TableItem =
  | { kind: 'section'; key: string; heading: string }
  | {
      kind: 'motion';
      key: string;
      /** Where the motion is in the parsed document, for editing it. */
      sectionIndex: number;
      motionIndex: number;
      number: string;
      text: string;
      counts: string[];
      /** The values the table lets the user edit, as they stand. */
      values: { number: string; text: string; for: number | null; against: number | null; abstain: number | null; invalid: number | null };
      percent: string;
      /** The rule the motion is decided by, whether set here for this motion, whether it differs from the document's, and the key such a setting is kept under. */
      rule: MajorityRule;
      ruleSet: boolean;
      ruleUnusual: boolean;
      ruleKey: string;
      result: string;
      stated: string;
      lines: [number, number];
      problems: Diagnostic[];
    };

/**
 * The table's lines, from the parsed document (for where each motion is in
 * the text) and its report (for what each motion's numbers say), which hold
 * the same sections and motions in the same order.
 */
export function tableItems(document: ResultsDocument, report: Report, diagnostics: Diagnostic[], settings: Settings): TableItem[] {
  const sections = document.sections.map((section, sectionIndex) => ({ section, sectionIndex })).filter(({ section }) => section.motions.length > 0);
  return sections.flatMap(({ section, sectionIndex }, shown) => {
    const reportSection = report.sections[shown]!;
    const heading: TableItem[] = reportSection.heading ? [{ kind: 'section', key: `s${sectionIndex}`, heading: reportSection.heading }] : [];
    return [
      ...heading,
      ...section.motions.map((motion, index): TableItem => {
        const row = reportSection.rows[index]!;
        const [first, last] = motion.lines;
        const { rule, source } = ruleFor(document, section, motion, settings);
        return {
          kind: 'motion',
          key: `${sectionIndex}/${index}`,
          sectionIndex,
          motionIndex: index,
          number: row.number,
          text: row.text,
          counts: [row.for, row.against, row.abstain, row.invalid].map(formatCount),
          values: { number: row.number, text: row.text, for: row.for, against: row.against, abstain: row.abstain, invalid: row.invalid },
          percent: row.percentText,
          rule,
          ruleSet: source === 'setting',
          ruleUnusual: rule !== settings.rule,
          ruleKey: motionKey(document, motion),
          result: row.resultText,
          stated: motion.resultText ?? '',
          lines: [first, last],
          problems: diagnostics.filter((diagnostic) => diagnostic.line >= first && diagnostic.line <= last),
        };
      }),
    ];
  });
}
