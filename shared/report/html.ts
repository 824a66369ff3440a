import { barSegments } from './bar';
import { formatCount, plural, summaryFigures } from './format';
import type { Passages, Report, ReportRow, ReportSection } from './model';
import { reportStylesheet } from './stylesheet';

/**
 * The report as one self-contained HTML page: the editor's preview shows it,
 * and Chromium prints it to PDF. Page size, page numbers, the footer and the
 * draft mark live in its print stylesheet, so every printer of it agrees.
 */
export function renderHtml(report: Report): string {
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Tally Desk">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(report.title)}</title>
<style>${reportStylesheet(report)}</style>
</head>
<body>
<main class="sheet">
${masthead(report)}
${report.draft ? `<p class="draft-banner" role="note"><strong>${escapeHtml(report.draft)}</strong></p>` : ''}
${passages(report.preamble, 'preamble')}
${summary(report)}
${report.sections.map((section) => sectionTable(section, report)).join('\n')}
${passages(report.closing, 'closing')}
<footer class="notes">
<h2>Notes</h2>
${report.footnotes.map((note) => `<p>${escapeHtml(note)}</p>`).join('\n')}
<p class="colophon">Made ${escapeHtml(report.made)} with Tally Desk. Source fingerprint ${report.fingerprint}.</p>
</footer>
</main>
</body>
</html>
`;
}

function masthead(report: Report): string {
  const logo = report.logo ? `<img class="logo" alt="" src="data:${report.logo.mediaType};base64,${report.logo.base64}">` : '';
  const meeting = [report.meeting, report.place, report.date].filter((part) => part !== null).map((part) => escapeHtml(part!)).join(' · ');
  return `<header class="masthead">
${logo}<div>
${report.organisation ? `<p class="organisation">${escapeHtml(report.organisation)}</p>` : ''}
<h1 dir="auto">${escapeHtml(report.title)}</h1>
${meeting ? `<p class="meeting">${meeting}</p>` : ''}
</div>
</header>`;
}

function summary(report: Report): string {
  const { motions, results, voters } = summaryFigures(report);
  const items = [motions, ...results, ...(voters ? [voters] : [])].map(({ figure, label }) => `<div><dt>${escapeHtml(label)}</dt><dd>${figure}</dd></div>`);
  return `<section class="summary" aria-label="Summary">
<dl>${items.join('')}</dl>
</section>`;
}

/** The file's own text, paragraph by paragraph, each line on its own as printed. */
function passages(paragraphs: Passages, role: string): string {
  if (paragraphs.length === 0) return '';
  const html = paragraphs.map((lines) => `<p dir="auto">${lines.map(escapeHtml).join('<br>')}</p>`).join('\n');
  return `<section class="passages ${role}">\n${html}\n</section>`;
}

function sectionTable(section: ReportSection, report: Report): string {
  const heading = section.heading ? `<h2 dir="auto">${escapeHtml(section.heading)}</h2>\n` : '';
  const notes = passages(section.notes, 'section-notes');
  if (section.rows.length === 0) return `<section class="part">\n${heading}${notes}\n</section>`;
  const invalidHeader = report.showInvalid ? '<th scope="col" class="count">Invalid</th>' : '';
  return `<section class="part">
${heading}${notes}<table>
<colgroup><col class="col-number"><col class="col-motion"><col class="col-count"><col class="col-count"><col class="col-count">${report.showInvalid ? '<col class="col-count">' : ''}<col class="col-percent"><col class="col-result"></colgroup>
<thead><tr><th scope="col">No.</th><th scope="col">Motion</th><th scope="col" class="count">For</th><th scope="col" class="count">Against</th><th scope="col" class="count">Abstained</th>${invalidHeader}<th scope="col" class="count">% for</th><th scope="col">Result</th></tr></thead>
<tbody>
${section.rows.map((row) => tableRow(row, report)).join('\n')}
</tbody>
</table>
</section>`;
}

function tableRow(row: ReportRow, report: Report): string {
  const caption = row.caption ? `<span class="caption">${escapeHtml(row.caption)}</span>` : '';
  const notes = row.notes.map((note) => `<span class="note" dir="auto">${escapeHtml(note)}</span>`).join('');
  const remark = row.remark ? `<span class="remark${row.remark.conflict ? ' conflict' : ''}">Note: ${escapeHtml(row.remark.text)}</span>` : '';
  const count = (value: number | null) => `<td class="count">${formatCount(value)}</td>`;
  const mark = row.ruleMark ? `<sup class="mark">${escapeHtml(row.ruleMark)}</sup>` : '';
  const resultClass = row.result ?? 'none';
  return `<tr>
<th scope="row" class="number">${escapeHtml(row.number)}</th>
<td class="motion">${caption}<span class="text" dir="auto">${escapeHtml(row.text)}</span>${notes}${remark}</td>
${count(row.for)}${count(row.against)}${count(row.abstain)}${report.showInvalid ? count(row.invalid) : ''}
<td class="count percent">${escapeHtml(row.percentText)}${report.bars ? bar(row) : ''}</td>
<td class="result ${resultClass}">${escapeHtml(row.resultText)}${mark}${row.resultRemark ? `<span class="result-remark" dir="auto">${escapeHtml(row.resultRemark)}</span>` : ''}</td>
</tr>`;
}

/** For, against and abstained as one stacked bar; drawn only where the motion has counts. */
function bar(row: ReportRow): string {
  const segments = barSegments(row);
  if (segments.length === 0) return '';
  const label = `${plural(row.for ?? 0, 'vote')} for, ${row.against ?? 0} against, ${row.abstain ?? 0} abstained`;
  const spans = segments.map(({ part, share }) => `<span class="bar-${part}" style="width:${(100 * share).toFixed(2)}%"></span>`).join('');
  return `<span class="bar" role="img" aria-label="${escapeHtml(label)}">${spans}</span>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
