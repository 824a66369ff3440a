import {
  BorderStyle, Document, Footer, Header, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, Table,
  TableCell, TableLayoutType, TableRow, TabStopType, TextRun, WidthType,
} from 'docx';
import { barPainter, barSegments } from './bar';
import { colours } from './colours';
import { columnShares } from './columns';
import { formatCount, isRightToLeft, summaryFigures, type Figure } from './format';
import { imageSize, logoBytes } from './image';
import { pageMargins, pageOf, twipsOf } from './page';
import type { Passages, Report, ReportRow, ReportSection } from './model';
import { reportStyles } from './docx-styles';



/**
 * The report as a Word document that a secretary will go on editing: Word's
 * own Title and Heading styles (so the navigation pane works), a named style
 * for every other kind of paragraph, a real table per section whose header
 * row repeats and whose rows never split, and page numbers in the footer.
 */
export async function renderDocx(report: Report): Promise<Uint8Array> {
  const page = pageOf(report);
  const textWidth = twipsOf(page.textWidth);
  const sideMargin = twipsOf(pageMargins.side);
  const shares = columnShares(report);
  const table: TableLayout = {
    columnWidths: tableColumnWidths(shares, report.showInvalid, textWidth),
    // Half-points, from the Cell Number style's 9.5 pt; only set where long counts must be printed smaller.
    countSize: shares.countScale < 1 ? Math.round(19 * shares.countScale) : null,
    paintBar: barPainter(),
  };
  const document = new Document({
    title: report.title,
    subject: [report.meeting, report.date].filter(Boolean).join(', ') || 'Voting results',
    creator: 'Tally Desk',
    description: `Voting results. Source fingerprint ${report.fingerprint}.`,
    styles: reportStyles,
    sections: [{
      properties: {
        // The first page has the title itself, so it does without the running title.
        titlePage: true,
        page: {
          // The library swaps width and height back for landscape.
          size: { width: twipsOf(report.landscape ? page.height : page.width), height: twipsOf(report.landscape ? page.width : page.height), orientation: report.landscape ? 'landscape' : 'portrait' },
          margin: { top: twipsOf(pageMargins.top), bottom: twipsOf(pageMargins.bottom), left: sideMargin, right: sideMargin, header: twipsOf(8), footer: twipsOf(8) },
        },
      },
      headers: { default: pageHeader(report, textWidth, report.title), first: pageHeader(report, textWidth, '') },
      footers: { default: pageFooter(report, textWidth), first: pageFooter(report, textWidth) },
      children: [
        ...masthead(report),
        ...(report.draft ? [new Paragraph({ style: 'DraftNotice', text: report.draft })] : []),
        ...passageParagraphs(report.preamble, 'Passage'),
        new Paragraph({ style: 'Summary', text: summaryLine(report) }),
        ...report.sections.flatMap((section) => sectionTable(section, report, table)),
        ...passageParagraphs(report.closing, 'Passage'),
        new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Notes' }),
        ...report.footnotes.map((note) => new Paragraph({ style: 'ReportNote', text: note })),
      ],
    }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

function masthead(report: Report): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const logo = report.logo;
  const bytes = logo && logoBytes(logo);
  const size = logo && bytes && imageSize(bytes, logo.mediaType);
  if (logo && bytes && size) {
    // Within 80 px (21 mm) high and 170 px (45 mm) wide, as in the HTML.
    const scale = Math.min(1, 80 / size.height, 170 / size.width);
    const transformation = { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
    paragraphs.push(new Paragraph({
      style: 'Logo',
      children: [new ImageRun({ type: logo.mediaType === 'image/png' ? 'png' : 'jpg', data: bytes, transformation, altText: { name: 'Logo', description: 'Logo', title: 'Logo' } })],
    }));
  }
  if (report.organisation) paragraphs.push(new Paragraph({ style: 'Organisation', text: report.organisation }));
  paragraphs.push(textParagraph({ heading: HeadingLevel.TITLE }, report.title));
  const meeting = [report.meeting, report.place, report.date].filter((part) => part !== null).join(' · ');
  if (meeting) paragraphs.push(new Paragraph({ style: 'Meeting', text: meeting }));
  return paragraphs;
}

/** "76 motions: 69 carried, 7 lost. 56 voters." */
function summaryLine(report: Report): string {
  const { motions, results, voters } = summaryFigures(report);
  const said = ({ figure, label }: Figure) => `${figure} ${label}`;
  return `${said(motions)}: ${results.map(said).join(', ')}.${voters ? ` ${said(voters)}.` : ''}`;
}

/** What every section's table shares: its columns' widths in twips, the size of its counts, and the bars' painter. */
type TableLayout = { columnWidths: number[]; countSize: number | null; paintBar: ReturnType<typeof barPainter> };

function tableColumnWidths(shares: ReturnType<typeof columnShares>, showInvalid: boolean, textWidth: number): number[] {
  const fixed = [shares.number, ...Array<number>(showInvalid ? 4 : 3).fill(shares.count), shares.percent, shares.result]
    .map((share) => Math.round(share * textWidth));
  const fixedTotal = fixed.reduce((sum, width) => sum + width, 0);
  const [numberWidth, ...rest] = fixed;
  return [numberWidth!, textWidth - fixedTotal, ...rest];
}

/** The file's own text: a paragraph for each of its paragraphs, its lines kept apart by line breaks. */
function passageParagraphs(paragraphs: Passages, style: string): Paragraph[] {
  return paragraphs.map((lines) => {
    const runs = lines.map((text, index) => new TextRun({ text, break: index > 0 ? 1 : 0, rightToLeft: isRightToLeft(text) }));
    return new Paragraph({ style, bidirectional: lines.some(isRightToLeft), children: runs });
  });
}

function sectionTable(section: ReportSection, report: Report, { columnWidths, countSize, paintBar }: TableLayout): (Paragraph | Table)[] {
  const heading = section.heading ? [textParagraph({ heading: HeadingLevel.HEADING_1 }, section.heading)] : [];
  const notes = passageParagraphs(section.notes, 'SectionNote');
  if (section.rows.length === 0) return [...heading, ...notes];

  const headings = ['No.', 'Motion', 'For', 'Against', 'Abstained', ...(report.showInvalid ? ['Invalid'] : []), '% for', 'Result'];
  const rightAligned = (index: number) => index >= 2 && index < headings.length - 1;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headings.map((heading, index) => cell(columnWidths[index]!, [new Paragraph({ style: rightAligned(index) ? 'TableHeadingNumber' : 'TableHeading', text: heading })])),
  });
  const rows = section.rows.map((row) => {
    const counts = [row.for, row.against, row.abstain, ...(report.showInvalid ? [row.invalid] : [])].map(formatCount);
    const cells = [
      [new Paragraph({ style: 'MotionNumber', text: row.number })],
      motionParagraphs(row),
      ...counts.map((count) => [new Paragraph({ style: 'CellNumber', children: [new TextRun(countSize ? { text: count, size: countSize } : count)] })]),
      [new Paragraph({ style: 'CellNumber', text: row.percentText }), ...(report.bars ? barParagraph(row, paintBar) : [])],
      resultParagraphs(row),
    ];
    return new TableRow({ cantSplit: true, children: cells.map((children, index) => cell(columnWidths[index]!, children)) });
  });

  const rule = { style: BorderStyle.SINGLE, size: 4, color: colours.rule };
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const table = new Table({
    rows: [header, ...rows],
    width: { size: columnWidths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    margins: { top: 70, bottom: 70, left: 60, right: 60 },
    borders: { top: none, left: none, right: none, insideVertical: none, bottom: rule, insideHorizontal: rule },
  });
  return [...heading, ...notes, table];
}

/** The stacked bar as a small picture; marked decorative, since the counts beside it say the same. */
function barParagraph(row: ReportRow, paintBar: ReturnType<typeof barPainter>): Paragraph[] {
  const segments = barSegments(row);
  if (segments.length === 0) return [];
  const image = new ImageRun({ type: 'png', data: paintBar(segments), transformation: { width: 50, height: 5 }, decorative: true });
  return [new Paragraph({ style: 'CellBar', children: [image] })];
}

/** A paragraph of text from the results file, set right to left where its script reads that way. */
function textParagraph(options: { style?: string; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel] }, text: string): Paragraph {
  return isRightToLeft(text)
    ? new Paragraph({ ...options, bidirectional: true, children: [new TextRun({ text, rightToLeft: true })] })
    : new Paragraph({ ...options, text });
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children });
}

function motionParagraphs(row: ReportRow): Paragraph[] {
  return [
    ...(row.caption ? [new Paragraph({ style: 'MotionCaption', text: row.caption })] : []),
    textParagraph({ style: 'MotionText' }, row.text),
    ...row.notes.map((note) => textParagraph({ style: 'MotionNote' }, note)),
    ...(row.remark ? [new Paragraph({ style: row.remark.conflict ? 'RemarkConflict' : 'Remark', text: `Note: ${row.remark.text}` })] : []),
  ];
}

const resultStyles = { carried: 'ResultCarried', lost: 'ResultLost', remitted: 'ResultOther', withdrawn: 'ResultOther' } as const;

function resultParagraphs(row: ReportRow): Paragraph[] {
  const children = [new TextRun({ text: row.resultText, style: row.result ? resultStyles[row.result] : 'ResultOther' })];
  if (row.ruleMark) children.push(new TextRun({ text: row.ruleMark, style: 'RuleMark' }));
  const remark = row.resultRemark ? [textParagraph({ style: 'MotionNote' }, row.resultRemark)] : [];
  return [new Paragraph({ style: 'Cell', children }), ...remark];
}

/** The running title, and DRAFT at the right margin while the report is a draft. */
function pageHeader(report: Report, textWidth: number, title: string): Header {
  return new Header({
    children: [new Paragraph({
      style: 'PageHeader',
      tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
      children: [new TextRun(title), ...(report.draft ? [new TextRun({ text: '\tDRAFT', style: 'DraftMark' })] : [])],
    })],
  });
}

function pageFooter(report: Report, textWidth: number): Footer {
  return new Footer({
    children: [new Paragraph({
      style: 'PageFooter',
      tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
      children: [
        new TextRun(`Made ${report.made} · Source fingerprint ${report.fingerprint}`),
        new TextRun({ children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
      ],
    })],
  });
}
