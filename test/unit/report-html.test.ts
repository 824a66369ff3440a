import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/model';
import { parse } from '../../shared/parse';
import { buildReport } from '../../shared/report/build';
import { renderDocx } from '../../shared/report/docx';
import { renderHtml } from '../../shared/report/html';
import { defaultReportOptions, type ReportOptions } from '../../shared/report/model';
import { encodePng } from '../../shared/report/png';
import { cssString } from '../../shared/report/stylesheet';
import { docxPart } from '../support/documents';

const reportOf = (text: string, options: Partial<ReportOptions> = {}) =>
  buildReport({ parsed: parse(text), settings: defaultSettings(), options: { ...defaultReportOptions(), ...options }, fingerprint: '0123456789abcdef', made: '2026-11-30' });

const hostile = `Results </style><script>window.pwned=1</script> "quoted" \\ back;}
56 people voted.

1. <img src=x onerror="window.pwned=2"> & friends
50 for; 6 against
`;

describe('text from a results file in the report HTML', () => {
  const html = renderHtml(reportOf(hostile));
  it('is never markup, in the page or in its stylesheet', () => {
    expect(html).not.toMatch(/<script|<img src=x|onerror="/i);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).toContain('&#60;img src=x onerror=&#34;window.pwned=2&#34;&#62; &#38; friends');
  });
  it('is allowed no script and no outside resource by the page itself', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`);
  });
});

describe('cssString', () => {
  it.each([
    ['Results of voting', '"Results of voting"'],
    ['a "quote"', '"a \\22 quote\\22 "'],
    ['back\\slash', '"back\\5c slash"'],
    ['</style>', '"\\3c \\2f style\\3e "'],
    ['two\nlines', '"two lines"'],
    ['Ünïcödé – naïve', '"Ünïcödé – naïve"'],
  ])('writes %j as %s', (text, expected) => {
    expect(cssString(text)).toBe(expected);
  });
});

describe('the Word report with extreme values', () => {
  it('keeps a quarter of the table for the text when counts are very long', async () => {
    const report = reportOf('1. A motion\n123456789012345 for; 2 against; 3 abstained; 1 invalid\n');
    const xml = await docxPart(await renderDocx(report), 'word/document.xml');
    const widths = [...xml.match(/<w:tblGrid>(.*?)<\/w:tblGrid>/)![1]!.matchAll(/w:w="(\d+)"/g)].map(([, width]) => Number(width));
    expect(widths).toHaveLength(8);
    expect(widths[1]! / widths.reduce((sum, width) => sum + width, 0)).toBeGreaterThanOrEqual(0.249);
  });

  it('prints counts too long for their column smaller, never broken', async () => {
    const report = reportOf('1. A motion\n12345678901 for; 23456789012 against; 3 abstained; 4 invalid\n');
    const html = renderHtml(report);
    const scale = Number(html.match(/tbody \.count:not\(\.percent\) \{ font-size: (\d+)%; \}/)![1]);
    expect(scale).toBeGreaterThanOrEqual(50);
    expect(scale).toBeLessThan(100);
    const xml = await docxPart(await renderDocx(report), 'word/document.xml');
    expect(xml).toContain(`<w:sz w:val="${Math.round(19 * scale / 100)}"/>`);
    expect(renderHtml(reportOf('1. A motion\n12 for; 2 against\n'))).toContain('font-size: 100%');
  });

  it('sets right-to-left text right to left', async () => {
    const report = reportOf('1. הצעה לשנות את התקנון, שלב 2.\n40 for; 3 against\n2. A motion in English\n5 for; 1 against\n');
    expect(renderHtml(report)).toContain('<span class="text" dir="auto">הצעה לשנות את התקנון, שלב 2.</span>');
    const paragraphs = (await docxPart(await renderDocx(report), 'word/document.xml')).match(/<w:p>.*?<\/w:p>/g)!;
    const hebrew = paragraphs.find((paragraph) => paragraph.includes('הצעה'))!;
    expect(hebrew).toContain('<w:bidi/>');
    expect(hebrew).toContain('<w:rtl/>');
    expect(paragraphs.find((paragraph) => paragraph.includes('A motion in English'))).not.toContain('<w:bidi/>');
  });

  it('fits a wide logo within 45 mm', async () => {
    const logo = { mediaType: 'image/png' as const, base64: Buffer.from(encodePng(3000, 40, () => [0, 0, 0])).toString('base64') };
    const xml = await docxPart(await renderDocx(reportOf('1. A motion\n5 for; 2 against\n', { logo })), 'word/document.xml');
    const [, cx, cy] = xml.match(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/)!;
    expect(Number(cx)).toBe(170 * 9525); // EMUs: 9,525 to the pixel
    expect(Number(cy)).toBe(2 * 9525);
  });
});
