import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli';
import { parse } from '../../shared/parse';
import { barSegments } from '../../shared/report/bar';
import { formatCount } from '../../shared/report/format';
import { Report, type ReportRow } from '../../shared/report/model';
import { docxParagraphs, docxPart, docxPartNames, missingInOrder, normalise, parseCsv, pdfInfo, pdfText } from '../support/documents';
import { fixtureFiles, fixturesDir, readFixture } from '../support/fixtures';

/**
 * Every fixture exported through the real CLI to every format, then read back
 * with poppler, a zip reader, mammoth and LibreOffice. The renders are kept in
 * test/artifacts/report to be looked at.
 */
const artifacts = new URL('../artifacts/report/', import.meta.url).pathname;
const stem = (name: string) => name.replace(/\.txt$/, '');
const output = (name: string, extension: string) => join(artifacts, `${stem(name)}.${extension}`);

async function cli(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = await runCli(args, { stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text) }, '0.0.0');
  return { status, stdout, stderr };
}

const hasErrors = (name: string) => parse(readFixture(name).text).diagnostics.some((diagnostic) => diagnostic.severity === 'error');
const reports = new Map<string, Report>();

beforeAll(async () => {
  rmSync(artifacts, { recursive: true, force: true });
  mkdirSync(artifacts, { recursive: true });
  for (const name of fixtureFiles) {
    const outputs = ['docx', 'pdf', 'csv', 'json', 'html'].flatMap((format) => [`--${format}`, output(name, format)]);
    const { status, stderr } = await cli('export', join(fixturesDir, name), ...outputs, ...(hasErrors(name) ? ['--draft'] : []));
    expect(stderr).toEqual([]);
    expect(status).toBe(0);
    reports.set(name, Report.parse(JSON.parse(readFileSync(output(name, 'json'), 'utf8'))));
  }
  // One LibreOffice run converts every .docx, as a user opening them in an office suite would.
  mkdirSync(join(artifacts, 'libreoffice'), { recursive: true });
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', join(artifacts, 'libreoffice'), ...fixtureFiles.map((name) => output(name, 'docx'))], { stdio: 'pipe', timeout: 180_000 });
  execFileSync('pdftoppm', ['-png', '-r', '70', output('seed_results_of_voting.txt', 'pdf'), join(artifacts, 'seed-pdf')]);
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', join(artifacts, 'libreoffice', 'seed_results_of_voting.pdf'), join(artifacts, 'seed-docx')]);
}, 300_000);

const rowsOf = (report: Report) => report.sections.flatMap((section) => section.rows);
const counts = (row: ReportRow, report: Report) => [row.for, row.against, row.abstain, ...(report.showInvalid ? [row.invalid] : [])].map(formatCount);

/** What a reader must find for each row, in this order, in any printed output. */
const printed = (row: ReportRow, report: Report) => [row.number, ...(row.caption ? [row.caption] : []), row.text, ...counts(row, report), row.percentText, row.resultText];

describe.each(fixtureFiles)('%s exported', (name) => {
  const report = () => reports.get(name)!;

  it('prints every motion’s number, text, counts, percentage and result in order in the PDF', () => {
    const text = normalise(pdfText(output(name, 'pdf'), { raw: true }));
    expect(missingInOrder(text, rowsOf(report()).flatMap((row) => printed(row, report()).map(normalise)))).toBeNull();
  });

  it('puts the same paragraphs, in order, in each row of the Word table', async () => {
    const paragraphs = await docxParagraphs(readFileSync(output(name, 'docx')));
    let cursor = paragraphs.indexOf(report().sections[0]!.heading ?? 'Result');
    for (const row of rowsOf(report())) {
      const at = paragraphs.indexOf(row.number, cursor + 1);
      const expected = [
        row.number,
        ...(row.caption ? [row.caption] : []),
        row.text,
        ...row.notes,
        ...(row.remark ? [`Note: ${row.remark.text}`] : []),
        ...counts(row, report()),
        row.percentText,
        ...(report().bars && barSegments(row).length > 0 ? [''] : []), // the bar's picture
        `${row.resultText}${row.ruleMark ?? ''}`,
        ...(row.resultRemark ? [row.resultRemark] : []),
      ];
      expect(paragraphs.slice(at, at + expected.length)).toEqual(expected);
      cursor = at + expected.length - 1;
    }
  });

  it('reads back the same text through mammoth', async () => {
    const bytes = readFileSync(output(name, 'docx'));
    const { value, messages } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(messages).toEqual([]);
    const paragraphs = (await docxParagraphs(bytes)).filter((paragraph) => paragraph !== '');
    expect(value.split('\n\n').map((paragraph) => paragraph.trim()).filter(Boolean)).toEqual(paragraphs.map((paragraph) => paragraph.trim()));
  });

  it('converts to PDF in LibreOffice with every motion in order', () => {
    const converted = join(artifacts, 'libreoffice', `${stem(name)}.pdf`);
    expect(existsSync(converted)).toBe(true);
    const text = normalise(pdfText(converted, { raw: true }));
    expect(missingInOrder(text, rowsOf(report()).flatMap((row) => [row.text, row.percentText, row.resultText].map(normalise)))).toBeNull();
  });

  it('writes one CSV row per motion with the same percentage and result', () => {
    const bytes = readFileSync(output(name, 'csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...records] = parseCsv(bytes.toString('utf8').slice(1));
    expect(header).toEqual(['Section number', 'Section title', 'Number', 'Text', 'For', 'Against', 'Abstain', 'Invalid', 'Percentage for', 'Stated result', 'Result', 'Result remark', 'Notes']);
    const rows = rowsOf(report());
    expect(records).toHaveLength(rows.length);
    records.forEach((record, index) => {
      const row = rows[index]!;
      const plain = (count: number | null) => (count === null ? '' : String(count));
      expect(record.slice(2)).toEqual([
        row.number, row.text, plain(row.for), plain(row.against), plain(row.abstain), plain(row.invalid),
        row.percent === null ? '' : row.percentText,
        row.statedResult === null ? '' : row.statedResult.replace(/^./, (first) => first.toUpperCase()),
        row.result === null ? '' : row.resultText,
        row.resultRemark ?? '',
        row.notes.join('\n'),
      ]);
    });
  });

  it('prints the file’s own text around the motions in the PDF, the Word file and the HTML', async () => {
    const source = normalise(readFixture(name).text);
    const passages = [...report().preamble, ...report().sections.flatMap((section) => section.notes), ...report().closing].flat();
    const besideMotions = rowsOf(report()).flatMap((row) => [...row.notes, ...(row.resultRemark ? [row.resultRemark] : [])]);
    const lines = [...passages, ...besideMotions].map(normalise);
    // Each is the file's own text, not words the report made up ...
    for (const line of lines) expect(source).toContain(line);
    // ... and each output prints it.
    const { value: word } = await mammoth.extractRawText({ buffer: readFileSync(output(name, 'docx')) });
    const html = readFileSync(output(name, 'html'), 'utf8').replace(/<br>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)));
    const pdf = pdfText(output(name, 'pdf'));
    for (const [format, text] of [['PDF', pdf], ['Word', word], ['HTML', html]] as const) {
      const printed = normalise(text);
      expect(lines.filter((line) => !printed.includes(line)), format).toEqual([]);
    }
  });

  it('has the same percentage in each row of the HTML', () => {
    const html = readFileSync(output(name, 'html'), 'utf8');
    const tableRows = [...html.matchAll(/<tr>\n<th scope="row"[\s\S]*?<\/tr>/g)].map(([row]) => row);
    expect(tableRows.map((row) => row.match(/<td class="count percent">([^<]*)/)![1])).toEqual(rowsOf(report()).map((row) => row.percentText));
  });

  it('marks every page Draft exactly when errors remain', async () => {
    const draft = hasErrors(name);
    const pages = Number(pdfInfo(output(name, 'pdf')).Pages);
    for (let page = 1; page <= pages; page++) {
      expect(pdfText(output(name, 'pdf'), { first: page, last: page }).includes('DRAFT'), `page ${page}`).toBe(draft);
    }
    const bytes = readFileSync(output(name, 'docx'));
    const headers = (await docxPartNames(bytes)).filter((part) => /^word\/header\d+\.xml$/.test(part));
    expect(headers).toHaveLength(2); // the first page's, without the running title, and the rest's
    for (const header of headers) expect((await docxParagraphs(bytes, header)).join('').includes('DRAFT'), header).toBe(draft);
  });
});

/** Text outside the motions that a reader of each file would expect to see again in the report, found by reading the files. */
const textOutsideMotions: [string, string][] = [
  ['a02_transport_union_conference_cp1252.txt', 'figures are given in members represented'],
  ['a02_transport_union_conference_cp1252.txt', 'A two-thirds majority of the card vote is required for all rule amendments'],
  ['a02_transport_union_conference_cp1252.txt', 'two-thirds majority not reached'],
  ['a02_transport_union_conference_cp1252.txt', 'Conference closed at 12.40 on Thursday 16 May'],
  ['a03_harbourline_agm_utf8bom.txt', 'A vote withheld is not a vote in law'],
  ['a03_harbourline_agm_utf8bom.txt', 'Enquiries: Company Secretary'],
  ['a04_students_union_council_utf16.txt', 'Figures entered by the Democracy Coordinator'],
  ['a05_food_coop_ballot_yes_no.txt', 'The ballot was held online and by post'],
  ['a05_food_coop_ballot_yes_no.txt', 'Full minutes will be sent to members with the next newsletter'],
  ['a06_green_left_conference_pdf.txt', 'Emergency motions will be published separately'],
];

describe.each(textOutsideMotions)('%s, exported', (name, phrase) => {
  it(`prints “${phrase}” in the PDF, the Word file and the HTML`, async () => {
    expect(normalise(readFixture(name).text)).toContain(normalise(phrase));
    const { value: word } = await mammoth.extractRawText({ buffer: readFileSync(output(name, 'docx')) });
    const html = readFileSync(output(name, 'html'), 'utf8').replace(/<br>/g, ' ').replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)));
    for (const text of [pdfText(output(name, 'pdf')), word, html]) expect(normalise(text)).toContain(normalise(phrase));
  });
});

describe('the seed’s PDF', () => {
  const pdf = () => output('seed_results_of_voting.txt', 'pdf');
  const pageCount = () => Number(pdfInfo(pdf()).Pages);

  it('has its title, tags and A4 pages', () => {
    const info = pdfInfo(pdf());
    expect(info.Title).toBe('Results of voting');
    expect(info.Tagged).toBe('yes');
    expect(info['Page size']).toMatch(/^59[45]\.\d+ x 841\.\d+ pts \(A4\)$/);
    expect(pageCount()).toBeGreaterThan(2);
  });

  it('repeats the table’s header row and numbers every page', () => {
    for (let page = 1; page <= pageCount(); page++) {
      const text = pdfText(pdf(), { first: page, last: page, layout: true });
      expect(text, `page ${page}`).toMatch(/No\.\s+Motion\s+For\s+Against\s+Abstained\s+% for\s+Result/);
      expect(text, `page ${page}`).toContain(`Page ${page} of ${pageCount()}`);
      expect(text, `page ${page}`).toMatch(/Made \d+ \w+ \d{4} · Source fingerprint [0-9a-f]{16}/);
    }
  });

  it('never splits a row across pages, nor leaves a section heading at the foot of one', () => {
    const report = reports.get('seed_results_of_voting.txt')!;
    const pages = Array.from({ length: pageCount() }, (_, index) => normalise(pdfText(pdf(), { first: index + 1, last: index + 1, raw: true })));
    for (const row of rowsOf(report)) {
      expect(pages.some((page) => page.includes(normalise(row.text))), `motion ${row.number}`).toBe(true);
    }
    const headings = report.sections.map((section) => section.heading!);
    pages.forEach((_page, index) => {
      const layout = pdfText(pdf(), { first: index + 1, last: index + 1, layout: true }).split('\n').map((line) => line.trim()).filter(Boolean);
      const lastContent = layout.filter((line) => !line.startsWith('Made ')).at(-1)!;
      expect(headings.some((heading) => lastContent.startsWith(heading.slice(0, 30))), `page ${index + 1} ends “${lastContent}”`).toBe(false);
    });
  });
});

describe('page breaks', () => {
  // Forty sections of one to four motions of varied length put a section heading near the foot of many pages.
  const words = 'members conference branch ballot campaign council committee union policy housing transport workers'.split(' ');
  const motion = (seed: number) => Array.from({ length: 8 + ((seed * 7) % 40) }, (_, index) => words[(seed + index * 5) % words.length]).join(' ');
  const text = Array.from({ length: 40 }, (_, section) =>
    [`${section + 1}. Section heading number ${section + 1} -`, '', ...Array.from({ length: 1 + ((section * 3) % 4) }, (_, index) => `${index + 1}. ${motion(section * 4 + index)}\n${30 + index} for; ${section % 7} against; 1 abstained`), ''].join('\n'),
  ).join('\n');

  it('never leave a section heading alone at the foot of a page', async () => {
    const source = join(artifacts, 'many-sections.txt');
    writeFileSync(source, `Results\n\n${text}`);
    const target = join(artifacts, 'many-sections.pdf');
    expect((await cli('export', source, '--pdf', target)).status).toBe(0);
    const pages = Number(pdfInfo(target).Pages);
    expect(pages).toBeGreaterThan(8);
    for (let page = 1; page <= pages; page++) {
      const lines = pdfText(target, { first: page, last: page, layout: true }).split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('Made '));
      expect(lines.at(-1), `page ${page}`).not.toMatch(/^\d+\. Section heading number/);
      expect(lines.at(-1), `page ${page}`).not.toMatch(/^No\.\s+Motion/);
    }
  }, 60_000);
});

describe('paper, draft and logo options', () => {
  it('prints on Letter in landscape when asked', async () => {
    const target = join(artifacts, 'seed-letter-landscape.pdf');
    const { status } = await cli('export', join(fixturesDir, 'seed_results_of_voting.txt'), '--pdf', target, '--paper', 'letter', '--landscape');
    expect(status).toBe(0);
    expect(pdfInfo(target)['Page size']).toMatch(/^792 x 612 pts \(letter\)$/);
    const docx = join(artifacts, 'seed-letter-landscape.docx');
    await cli('export', join(fixturesDir, 'seed_results_of_voting.txt'), '--docx', docx, '--paper', 'letter', '--landscape');
    expect(await docxPart(readFileSync(docx), 'word/document.xml')).toMatch(/<w:pgSz w:w="15840" w:h="12240" w:orient="landscape"\/>/);
  }, 60_000);

  it('sets the Word document’s properties and uses Word’s own heading styles', async () => {
    const bytes = readFileSync(output('a02_transport_union_conference_cp1252.txt', 'docx'));
    const core = await docxPart(bytes, 'docProps/core.xml');
    expect(core).toContain('<dc:title>National Union of Transport and Logistics Workers</dc:title>');
    expect(core).toContain('<dc:creator>Tally Desk</dc:creator>');
    const document = await docxPart(bytes, 'word/document.xml');
    expect(document.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(5); // four sections and the notes
    expect(document.match(/<w:pStyle w:val="Title"\/>/g)).toHaveLength(1);
    expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(4);
    expect(document).not.toMatch(/<w:rPr>\s*<w:(b|i|color|sz)\b/); // runs take their looks from styles
  });
});
