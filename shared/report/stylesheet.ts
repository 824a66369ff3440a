import { colours } from './colours';
import { columnShares, cssPercent } from './columns';
import type { Report } from './model';
import { pageMargins, pageOf } from './page';

const pageSizeNames = { a4: 'A4', letter: 'letter' } as const;

/**
 * A CSS string literal: page margin boxes can only print strings, not markup.
 * Every character but letters, digits and a few safe marks is written as a
 * hex escape, so that no text from a results file can end the string, the
 * rule or the <style> element ("</style><script>").
 */
export function cssString(text: string): string {
  const escaped = [...text.replace(/[\n\r\f]/g, ' ')].map((character) =>
    /[\p{L}\p{N} .,·:;!?()'–—-]/u.test(character) ? character : `\\${character.codePointAt(0)!.toString(16)} `,
  );
  return `"${escaped.join('')}"`;
}

/** The title as the running header prints it: a margin box cannot wrap, so a long title is shortened. */
function runningTitle(title: string): string {
  return title.length > 90 ? `${title.slice(0, 89).trimEnd()}…` : title;
}

/**
 * The report's stylesheet. On screen it is a sheet of paper; in print the
 * page itself carries the running title, "Page X of Y", the date made and the
 * source fingerprint, and a Draft mark on every page while errors remain.
 */
export function reportStylesheet(report: Report): string {
  const size = `${pageSizeNames[report.paper]} ${report.landscape ? 'landscape' : 'portrait'}`;
  const { top, bottom, side } = pageMargins;
  const footer = cssString(`Made ${report.made} · Source fingerprint ${report.fingerprint}`);
  const shares = columnShares(report);
  const draftMark = report.draft ? '@top-right { content: "DRAFT"; color: var(--lost); font-weight: 700; letter-spacing: 0.2em; }' : '';
  return `
@page {
  size: ${size};
  margin: ${top}mm ${side}mm ${bottom}mm;
  @top-left { content: ${cssString(runningTitle(report.title))}; font: 8pt var(--font); color: #555; }
  ${draftMark}
  @bottom-left { content: ${footer}; font: 8pt var(--font); color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt var(--font); color: #555; }
}
@page :first { @top-left { content: none; } }

:root {
  --font: "Source Sans 3", "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
  --ink: #${colours.ink};
  --muted: #${colours.muted};
  --rule: #${colours.rule};
  --accent: #${colours.accent};
  --carried: #${colours.carried};
  --lost: #${colours.lost};
  --abstain: #${colours.abstain};
  --bar-track: #${colours.barTrack};
  print-color-adjust: exact;
  -webkit-print-color-adjust: exact;
}
* { box-sizing: border-box; }
html { font: 10pt/1.35 var(--font); color: var(--ink); }
body { margin: 0; }
h1, h2, p { margin: 0; }

.masthead { display: flex; align-items: center; gap: 6mm; padding-bottom: 4mm; border-bottom: 2px solid var(--accent); margin-bottom: 5mm; }
.logo { max-height: 22mm; max-width: 45mm; object-fit: contain; }
.organisation { font-size: 11pt; color: var(--muted); text-transform: none; }
h1 { font-size: 20pt; line-height: 1.15; color: var(--accent); font-weight: 700; }
.masthead, h1, h2, .organisation, .meeting, .draft-banner, .notes { overflow-wrap: anywhere; }
.masthead > div { min-width: 0; }
.meeting { margin-top: 1mm; font-size: 11pt; color: var(--muted); }

.draft-banner { border: 1.5px solid var(--lost); color: var(--lost); padding: 2mm 3mm; margin-bottom: 5mm; }

.summary dl { display: flex; flex-wrap: wrap; gap: 3mm; margin: 0 0 6mm; }
.summary dl > div { border: 1px solid var(--rule); border-radius: 2mm; padding: 2mm 4mm; min-width: 24mm; }
.summary dt { font-size: 8.5pt; color: var(--muted); }
.summary dd { margin: 0; font-size: 15pt; font-weight: 700; font-variant-numeric: tabular-nums; }

.part { margin-bottom: 6mm; }
h2 { font-size: 13pt; color: var(--accent); margin: 0 0 2mm; break-after: avoid-page; page-break-after: avoid; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { padding: 1.3mm 1.1mm; vertical-align: top; text-align: left; border-bottom: 0.5pt solid var(--rule); overflow-wrap: anywhere; }
thead th { font-size: 8pt; font-weight: 700; color: var(--muted); border-bottom: 1.2pt solid var(--accent); vertical-align: bottom; }
.col-number { width: ${cssPercent(shares.number)}; }
.col-count { width: ${cssPercent(shares.count)}; }
.col-percent { width: ${cssPercent(shares.percent)}; }
.col-result { width: ${cssPercent(shares.result)}; }
tbody .count:not(.percent) { font-size: ${(shares.countScale * 100).toFixed(0)}%; }
.number { font-weight: 700; }
.count { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.motion .text, .motion .note { display: block; text-align: start; }
.motion .caption { display: block; font-size: 8.5pt; font-weight: 700; color: var(--accent); }
.motion .note { display: block; font-size: 8.5pt; color: var(--muted); }
.motion .remark { display: block; margin-top: 1mm; font-size: 8.5pt; font-style: italic; color: var(--muted); }
.motion .remark.conflict { color: var(--lost); }
.result { font-weight: 700; }
.result.carried { color: var(--carried); }
.result.lost { color: var(--lost); }
.result.remitted, .result.withdrawn, .result.none { color: var(--muted); }
.mark { font-weight: 400; color: var(--ink); }
.result-remark { display: block; font-size: 8.5pt; font-weight: 400; color: var(--muted); overflow-wrap: anywhere; }

.passages { margin: 0 0 5mm; overflow-wrap: anywhere; }
.passages p { margin: 0 0 2mm; }
.section-notes { margin-bottom: 2mm; font-size: 9pt; color: var(--muted); }

.bar { display: flex; height: 1.6mm; margin-top: 1mm; background: var(--bar-track); }
.bar span { display: block; height: 100%; }
.bar-for { background: var(--carried); }
.bar-against { background: var(--lost); }
.bar-abstain { background: var(--abstain); }

.notes { margin-top: 6mm; padding-top: 3mm; border-top: 1px solid var(--rule); font-size: 8.5pt; color: var(--muted); break-inside: avoid; }
.notes h2 { font-size: 9pt; color: var(--ink); margin-bottom: 1mm; }
.notes p { margin-bottom: 1mm; }

@media screen {
  html { background: #e6e9ee; }
  .sheet { background: white; max-width: ${pageOf(report).width}mm; margin: 6mm auto; padding: ${top}mm ${side}mm; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); }
}
@media print {
  .colophon { display: none; }
}
`;
}
