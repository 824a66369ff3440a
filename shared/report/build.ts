import { isAbout, type AcceptedProblem } from '../accepted';
import type { AcceptedWarning } from '../document-file';
import type { MajorityRule, Motion, ParseResult, ResultsDocument, ResultWord, Section, Settings, SourceLine } from '../model';
import { keptPerObject } from '../kept';
import { paragraphsOf } from '../source-lines';
import { baseDefinitions, computeResult, hasCounts, reportedResult, ruleDefinitions, ruleFor, shareFor } from '../outcome';
import { formatDate, formatPercent, formatResult, NONE, plural } from './format';
import type { Passages, Report, ReportOptions, ReportRow, ReportSection, ReportSummary } from './model';

export type ReportInput = {
  parsed: ParseResult;
  settings: Settings;
  options: ReportOptions;
  /** From `fingerprint(sourceText)`: computing it is asynchronous, so it is passed in. */
  fingerprint: string;
  /** The day the report is made, YYYY-MM-DD. */
  made: string;
  /** Warnings the user accepted: each one's reason is printed against its motion. */
  accepted?: AcceptedProblem[];
};

const keptSections = keptPerObject<Section, { made: ReportSection; rules: MajorityRule[] }>();

/** Footnote marks for the rules that differ from the report's usual rule, in order of first use. */
const ruleMarks = ['*', '†', '‡', '§'];

const ruleNames: Record<MajorityRule, string> = {
  simple: 'a simple majority',
  'two-thirds': 'a two-thirds majority',
  'three-quarters': 'a three-quarters majority',
  absolute: 'an absolute majority',
};

const decimalWords = ['whole numbers', 'one decimal place', 'two decimal places'];

/** The one report that every output prints, built from the parsed document and the settings. */
export function buildReport({ parsed, settings, options, fingerprint, made, accepted = [] }: ReportInput): Report {
  const { document, diagnostics } = parsed;
  const usualKind = commonestKind(document);
  const marks = new Map<MajorityRule, string>();
  const markFor = (rule: MajorityRule) => {
    if (rule === settings.rule) return null;
    if (!marks.has(rule)) marks.set(rule, ruleMarks[marks.size]!);
    return marks.get(rule)!;
  };
  const usedRules = new Set<MajorityRule>();

  const surrounding = (lines: SourceLine[]): Passages => (options.surroundingText ? passages(lines) : []);
  const reportSection = (section: Section): ReportSection => ({
    number: section.number,
    title: section.title,
    heading: sectionHeading(section),
    notes: surrounding(section.notes),
    rows: section.motions.map((motion) => {
      const { rule } = ruleFor(document, section, motion, settings);
      usedRules.add(rule);
      const acceptances = accepted.filter(({ diagnostic }) => isAbout(motion, diagnostic.line)).map(({ acceptance }) => acceptance);
      return row(motion, section, rule, markFor(rule), usualKind, document, settings, acceptances);
    }),
  });
  const sections: ReportSection[] = document.sections
    // A heading with no motion under it is not a section of the report; its lines are printed as text where they stood.
    .map((section) => (section.motions.length > 0 ? section : { ...section, number: null, title: null, kind: null, notes: headingAndNotes(section) }))
    .filter((section) => section.motions.length > 0 || (options.surroundingText && section.notes.length > 0))
    .map((section) => {
      // With no reasons accepted, a section is printed as before while nothing it prints from changed; the rules it
      // used take their footnote marks again in the same order, so that the marks of the sections after it stay right.
      if (accepted.length > 0) return reportSection(section);
      const inputs = [settings, options.surroundingText, usualKind, document.totalVoters, document.ruleChangeRule, [...marks].join()];
      const kept = keptSections(section, inputs, () => {
        const made = reportSection(section);
        return { made, rules: made.rows.map((printed) => printed.rule) };
      });
      for (const rule of kept.rules) {
        usedRules.add(rule);
        markFor(rule);
      }
      return kept.made;
    });

  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const rows = sections.flatMap((section) => section.rows);
  const title = options.title ?? cleanTitle(document.title) ?? 'Voting results';
  // The file's own title is not lost where the report is given another: it heads the preamble.
  const fileTitle = document.title !== null && cleanTitle(document.title) !== title ? [[document.title]] : [];
  return {
    title,
    organisation: options.organisation,
    meeting: options.meeting,
    place: options.place,
    date: options.date && formatDate(options.date),
    voters: document.totalVoters,
    summary: summarise(rows),
    preamble: options.surroundingText ? [...fileTitle, ...passages(document.preamble)] : [],
    closing: surrounding(document.closing),
    showInvalid: rows.some((reportRow) => reportRow.invalid !== null),
    base: settings.base,
    decimals: settings.decimals,
    sections,
    footnotes: footnotes(usedRules, marks, settings),
    draft: errors > 0 ? `Draft: ${plural(errors, 'error')} in the results file ${errors === 1 ? 'is' : 'are'} not yet resolved.` : options.draft ? 'Draft: not yet approved for circulation.' : null,
    made: formatDate(made),
    fingerprint,
    paper: options.paper,
    landscape: options.landscape,
    bars: options.bars,
    logo: options.logo,
  };
}

function row(motion: Motion, section: Section, rule: MajorityRule, ruleMark: string | null, usualKind: string | null, document: ResultsDocument, settings: Settings, acceptances: AcceptedWarning[]): ReportRow {
  const result = reportedResult(motion, rule, document.totalVoters);
  const share = shareFor(motion, settings.base, document.totalVoters);
  const percent = share && (100 * share.votes) / share.of;
  return {
    number: motion.number,
    caption: caption(motion, section, usualKind),
    text: motion.text,
    notes: [...motion.notes, ...motion.trailing].map((note) => note.text),
    for: motion.for,
    against: motion.against,
    abstain: motion.abstain,
    invalid: motion.invalid,
    percent,
    percentText: share ? formatPercent(share.votes, share.of, settings.decimals) : NONE,
    statedResult: motion.statedResult,
    result,
    resultText: resultText(motion, result),
    resultRemark: remarkNotSaid(motion, resultText(motion, result)),
    rule,
    ruleMark,
    remark: withReasons(remark(motion, rule, document.totalVoters), acceptances),
  };
}

/**
 * The reasons the user gave for accepting a motion's warnings, after its
 * remark. The remark stops being a conflict only when the warning accepted
 * was that conflict: the result the file declares against its counts.
 */
function withReasons(remark: ReportRow['remark'], acceptances: AcceptedWarning[]): ReportRow['remark'] {
  if (acceptances.length === 0) return remark;
  const accepted = `Accepted: ${acceptances.map((acceptance) => acceptance.reason).join('; ')}`;
  const settled = acceptances.some((acceptance) => acceptance.code === 'result-contradicts-counts');
  return { text: remark ? `${remark.text} ${accepted}` : accepted, conflict: (remark?.conflict ?? false) && !settled };
}

function resultText(motion: Motion, result: ResultWord | null): string {
  if (result === null) return 'No result';
  const destination = (result === 'remitted' || result === 'withdrawn') && motion.resultRemark?.match(/^(to|by)\b.*/i)?.[0];
  return destination ? `${formatResult(result)} ${destination.replace(/[.;,]+$/, '')}` : formatResult(result);
}

/** The words after the file's result word, where the report's result text does not already carry them. */
function remarkNotSaid(motion: Motion, printed: string): string | null {
  const remark = motion.resultRemark?.trim();
  if (!remark) return null;
  return printed.toLowerCase().includes(remark.replace(/[.;,]+$/, '').toLowerCase()) ? null : remark;
}

/** A section that holds no motion keeps its heading line and notes as text: "Notes", "Any other business". */
function headingAndNotes(section: Section): SourceLine[] {
  const heading = section.line !== null ? [{ line: section.line, text: sectionHeading(section) ?? '' }] : [];
  return [...heading.filter((entry) => entry.text !== ''), ...section.notes];
}

function passages(lines: SourceLine[]): Passages {
  return paragraphsOf(lines).map((paragraph) => paragraph.map((entry) => entry.text));
}

/** Says plainly where the report's result is not simply the counts agreeing with the file. */
function remark(motion: Motion, rule: MajorityRule, totalVoters: number | null): ReportRow['remark'] {
  const stated = motion.statedResult;
  if (stated === 'remitted' || stated === 'withdrawn') return null;
  if (!hasCounts(motion)) {
    return { text: stated ? 'No counts were given; the result is as the file declares it.' : 'The file gives neither counts nor a result.', conflict: stated === null };
  }
  const computed = computeResult(motion, rule, totalVoters);
  if (computed === null) {
    const reason = motion.for === null ? 'no votes for were given' : 'an absolute majority needs the number of voters, which the file does not state';
    return { text: stated ? `The counts cannot decide this motion (${reason}); the result is as the file declares it.` : `No result: ${reason}.`, conflict: stated === null };
  }
  if (stated && stated !== computed) {
    return { text: `The file declares it ${formatResult(stated).toLowerCase()}, but under ${ruleNames[rule]} the counts give ${formatResult(computed).toLowerCase()}.`, conflict: true };
  }
  return null;
}

/** "Emergency Motion" or "Amendment to Motion 3" where a row is not of the document's usual kind. */
function caption(motion: Motion, section: Section, usualKind: string | null): string | null {
  if (motion.amends !== null) {
    const amended = section.motions.find((other) => other.number === motion.amends);
    return `${motion.kind ?? 'Amendment'} to ${amended?.kind ?? 'Motion'} ${motion.amends}`;
  }
  return motion.kind !== null && motion.kind !== usualKind ? motion.kind : null;
}

function commonestKind(document: ResultsDocument): string | null {
  const tally = new Map<string | null, number>();
  for (const section of document.sections) for (const motion of section.motions) tally.set(motion.kind, (tally.get(motion.kind) ?? 0) + 1);
  return [...tally].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function sectionHeading(section: Section): string | null {
  const { number, title, kind } = section;
  if (number === null) return title;
  if (title === null) return `${kind ?? 'Section'} ${number}`;
  return kind ? `${kind} ${number}: ${title}` : `${number}. ${title}`;
}

/** A title as printed, without the Markdown marks, quotes or trailing colon that came with it. */
function cleanTitle(title: string | null): string | null {
  const cleaned = title?.replace(/^#+\s*/, '').replace(/^"(.*)"$/, '$1').replace(/[\s:–-]+$/, '').trim();
  return cleaned || null;
}

function summarise(rows: ReportRow[]): ReportSummary {
  const count = (result: ResultWord | null) => rows.filter((reportRow) => reportRow.result === result).length;
  return {
    motions: rows.length,
    carried: count('carried'),
    lost: count('lost'),
    remitted: count('remitted'),
    withdrawn: count('withdrawn'),
    withoutResult: count(null),
  };
}

function footnotes(usedRules: Set<MajorityRule>, marks: Map<MajorityRule, string>, settings: Settings): string[] {
  const notes: string[] = [];
  if (usedRules.has(settings.rule)) notes.push(marks.size > 0 ? `Unless marked: ${ruleDefinitions[settings.rule]}` : ruleDefinitions[settings.rule]);
  for (const [rule, mark] of marks) notes.push(`${mark} ${ruleDefinitions[rule]}`);
  notes.push(`${baseDefinitions[settings.base]} They are rounded to ${decimalWords[settings.decimals]}.`);
  return notes;
}
