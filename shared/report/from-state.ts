import { sortProblems } from '../accepted';
import type { DocumentState } from '../document-file';
import { parse } from '../parse';
import { buildReport } from './build';
import { fingerprint } from './fingerprint';
import type { Report } from './model';

/** The report of a document as it stands: its text parsed under its settings, with its options and accepted warnings, made on `made` (YYYY-MM-DD). */
export async function reportOfState(state: DocumentState, made: string): Promise<Report> {
  const parsed = parse(state.text, state.settings);
  return buildReport({
    parsed,
    settings: state.settings,
    options: state.report,
    fingerprint: await fingerprint(state.text),
    made,
    accepted: sortProblems(state.text, parsed, state.accepted).accepted,
  });
}

/** A day as YYYY-MM-DD in the machine's own time zone: the date a report says it was made. */
export function isoDateOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
