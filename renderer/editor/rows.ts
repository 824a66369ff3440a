import type { Diagnostic, MajorityRule, Motion, ResultsDocument, Section, Settings } from '../../shared/model';
import { motionKey, ruleFor } from '../../shared/outcome';
import { formatCount } from '../../shared/report/format';
import { keptPerObject } from '../../shared/kept';
import type { Report, ReportRow, ReportSection } from '../../shared/report/model';

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
      /** The rule the motion is decided by, whether set here for this motion, and whether it differs from the document's. */
      rule: MajorityRule;
      ruleSet: boolean;
      ruleUnusual: boolean;
      result: string;
      stated: string;
      lines: [number, number];
      problems: Diagnostic[];
    };

/**
 * The problems on the lines from `first` to `last`, in their order: looked up
 * in the problems sorted by line, as every motion of a long document asks.
 */
function problemsWithin(diagnostics: Diagnostic[]): (first: number, last: number) => Diagnostic[] {
  const byLine = diagnostics.map((diagnostic, order) => ({ diagnostic, order })).sort((a, b) => a.diagnostic.line - b.diagnostic.line || a.order - b.order);
  return (first, last) => {
    let low = 0;
    let high = byLine.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (byLine[middle]!.diagnostic.line < first) low = middle + 1;
      else high = middle;
    }
    const found: { diagnostic: Diagnostic; order: number }[] = [];
    for (let index = low; index < byLine.length && byLine[index]!.diagnostic.line <= last; index++) found.push(byLine[index]!);
    // In the order the problems were given, as a filter of them would keep.
    return found.sort((a, b) => a.order - b.order).map((entry) => entry.diagnostic);
  };
}

/**
 * The table's lines, from the parsed document (for where each motion is in
 * the text) and its report (for what each motion's numbers say), which hold
 * the same sections and motions in the same order.
 */
export function tableItems(document: ResultsDocument, report: Report, diagnostics: Diagnostic[], settings: Settings): TableItem[] {
  const sections = document.sections.map((section, sectionIndex) => ({ section, sectionIndex })).filter(({ section }) => section.motions.length > 0);
  const within = problemsWithin(diagnostics);
  const overridesSet = Object.keys(settings.ruleOverrides).length > 0;
  // The report also prints headings with no motions, as text where they stood: the table shows the sections with motions.
  const reportSections = report.sections.filter((reportSection) => reportSection.rows.length > 0);
  return sections.flatMap(({ section, sectionIndex }, shown) => {
    const reportSection = reportSections[shown]!;
    // A section the report kept is shown as before while nothing else it shows changed: its problems among them.
    const first = Math.min(...section.motions.map((motion) => motion.lines[0]));
    const last = Math.max(...section.motions.map((motion) => motion.lines[1]));
    const inputs: unknown[] = [section, sectionIndex, settings, document.ruleChangeRule, ...within(first, last)];
    if (overridesSet) for (const motion of section.motions) inputs.push(motionKey(document, motion));
    return keptSections(reportSection, inputs, () => {
      const heading: TableItem[] = reportSection.heading ? [{ kind: 'section', key: `s${sectionIndex}`, heading: reportSection.heading }] : [];
      return [
        ...heading,
        ...section.motions.map((motion, motionIndex) =>
          motionItem({ document, section, sectionIndex, motion, motionIndex, row: reportSection.rows[motionIndex]!, settings, problems: within(motion.lines[0], motion.lines[1]) })),
      ];
    });
  });
}

const keptSections = keptPerObject<ReportSection, TableItem[]>();

type MotionItemInput = {
  document: ResultsDocument; section: Section; sectionIndex: number; motion: Motion; motionIndex: number; row: ReportRow; settings: Settings; problems: Diagnostic[];
};

function motionItem({ document, section, sectionIndex, motion, motionIndex, row, settings, problems }: MotionItemInput): TableItem {
  const { rule, source } = ruleFor(document, section, motion, settings);
  return {
    kind: 'motion',
    key: `${sectionIndex}/${motionIndex}`,
    sectionIndex,
    motionIndex,
    number: row.number,
    text: row.text,
    counts: [row.for, row.against, row.abstain, row.invalid].map(formatCount),
    values: { number: row.number, text: row.text, for: row.for, against: row.against, abstain: row.abstain, invalid: row.invalid },
    percent: row.percentText,
    rule,
    ruleSet: source === 'setting',
    ruleUnusual: rule !== settings.rule,
    result: row.resultText,
    stated: motion.resultText ?? '',
    lines: [...motion.lines],
    problems,
  };
}
