import { z } from 'zod';
import { DiagnosticCode, defaultSettings, Settings } from './model';
import { defaultReportOptions, ReportOptions } from './report/model';

/**
 * The file Tally Desk saves (".tally"): the corrected text, the settings, the
 * report's options and the warnings the user accepted, in one JSON document
 * that reopens exactly as it was saved. The results file it began from is
 * never written to unless the user picks it in Save As.
 */
export const AcceptedWarning = z.object({
  code: DiagnosticCode,
  /** The motion the warning is about, as `motionKey` names it, or null for the whole document. */
  motion: z.string().nullable(),
  /** The fingerprint of that motion's lines when it was accepted: a change to them lapses the acceptance. */
  linesFingerprint: z.string(),
  reason: z.string().trim().min(1),
});
export type AcceptedWarning = z.infer<typeof AcceptedWarning>;

export const DocumentState = z.object({
  text: z.string(),
  settings: Settings,
  report: ReportOptions,
  accepted: z.array(AcceptedWarning),
});
export type DocumentState = z.infer<typeof DocumentState>;

export const TallyFile = DocumentState.extend({
  format: z.literal('tally-desk'),
  version: z.literal(1),
});
export type TallyFile = z.infer<typeof TallyFile>;

export const tallyExtension = 'tally';

/** A fresh document from results text: the file's own title, the default rules, nothing accepted. */
export function freshState(text: string): DocumentState {
  return { text, settings: defaultSettings(), report: defaultReportOptions(), accepted: [] };
}

export function writeTallyFile(state: DocumentState): string {
  const file: TallyFile = { format: 'tally-desk', version: 1, ...state };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A saved document back, or what is wrong with the file in a sentence. */
export function readTallyFile(text: string): { ok: true; state: DocumentState } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'it is not a Tally Desk file: its contents are not valid JSON.' };
  }
  const looksOurs = typeof json === 'object' && json !== null && (json as { format?: unknown }).format === 'tally-desk';
  if (!looksOurs) return { ok: false, message: 'it is not a Tally Desk file.' };
  const version = (json as { version?: unknown }).version;
  if (version !== 1) return { ok: false, message: `it was saved by a newer Tally Desk (file version ${String(version)}); update Tally Desk to open it.` };
  const parsed = TallyFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, message: `it is damaged: ${issue.path.join('.') || 'the file'}: ${issue.message}.` };
  }
  const { format: _format, version: _version, ...state } = parsed.data;
  return { ok: true, state };
}
