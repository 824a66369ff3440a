import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/model';
import { parse } from '../../shared/parse';
import { buildReport } from '../../shared/report/build';
import { defaultReportOptions } from '../../shared/report/model';
import { previewOf } from '../../renderer/editor/preview-report';
import { generateResults } from '../support/generate';

const reportOf = (motions: number) =>
  buildReport({ parsed: parse(generateResults(motions).text), settings: defaultSettings(), options: defaultReportOptions(), fingerprint: '0123456789abcdef', made: '2026-11-30' });

describe('the preview of a report', () => {
  it('is the whole report up to the limit', () => {
    const report = reportOf(76);
    expect(previewOf(report, 300)).toEqual({ report, shown: 76, total: 76 });
  });

  it('is the first motions, in order, past it, with the summary of them all', () => {
    const report = reportOf(1_000);
    const preview = previewOf(report, 300);
    const rows = (sections: typeof report.sections) => sections.flatMap((section) => section.rows);
    expect(preview.shown).toBe(300);
    expect(preview.total).toBe(1_000);
    expect(rows(preview.report.sections)).toEqual(rows(report.sections).slice(0, 300));
    expect(preview.report.sections.every((section) => section.rows.length > 0)).toBe(true);
    expect(preview.report.summary).toEqual(report.summary);
  });
});
