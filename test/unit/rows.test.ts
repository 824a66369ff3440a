import { expect, it } from 'vitest';
import { defaultSettings } from '../../shared/model';
import { parse } from '../../shared/parse';
import { buildReport } from '../../shared/report/build';
import { defaultReportOptions } from '../../shared/report/model';
import { tableItems } from '../../renderer/editor/rows';

it('shows each motion with its own counts where a heading with no motions, only words, stands before them', () => {
  const text = [
    'Conference results', '', 'Section 1: Welcome', 'The chair opened the meeting.', '',
    'Section 2: Finance', 'Motion 1 – Budget', 'For: 10 Against: 2', '', 'Section 3: Other', 'Motion 2 – Pay', 'For: 30 Against: 4',
  ].join('\n');
  const parsed = parse(text);
  const settings = defaultSettings();
  const report = buildReport({ parsed, settings, options: defaultReportOptions(), fingerprint: '0', made: '2026-11-30' });
  // The report prints the first heading and its words, with no motions under it.
  expect(report.sections.map((section) => section.rows.length)).toEqual([0, 1, 1]);
  const shown = tableItems(parsed.document, report, parsed.diagnostics, settings).map((item) => (item.kind === 'motion' ? `${item.number}: ${item.values.for}–${item.values.against} ${item.result}` : item.heading));
  expect(shown).toEqual(['Section 2: Finance', '1: 10–2 Carried', 'Section 3: Other', '2: 30–4 Carried']);
});
