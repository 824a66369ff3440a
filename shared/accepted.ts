import { normaliseNewlines } from './decode';
import type { AcceptedWarning } from './document-file';
import type { Diagnostic, Motion, ParseResult } from './model';
import { motionKey } from './outcome';

/** A warning the user accepted, beside the acceptance (with its reason) that covers it. */
export type AcceptedProblem = { diagnostic: Diagnostic; acceptance: AcceptedWarning };

/**
 * The problems still to deal with, and the warnings the user accepted. An
 * acceptance covers a warning of the same kind on the same motion only while
 * that motion's lines read exactly as they did when it was accepted: any
 * change to them lapses it, and the warning is back. Errors cannot be accepted.
 */
export function sortProblems(text: string, parsed: ParseResult, accepted: AcceptedWarning[]): { open: Diagnostic[]; accepted: AcceptedProblem[] } {
  // Only a warning of a kind some acceptance names need be placed; this runs on every keystroke.
  const codes = new Set(accepted.map((entry) => entry.code));
  const candidates = new Set(parsed.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning' && codes.has(diagnostic.code)));
  if (candidates.size === 0) return { open: parsed.diagnostics, accepted: [] };
  const lines = normaliseNewlines(text).split('\n');
  const open: Diagnostic[] = [];
  const covered: AcceptedProblem[] = [];
  for (const diagnostic of parsed.diagnostics) {
    const place = candidates.has(diagnostic) ? placeOf(lines, parsed, diagnostic) : null;
    const acceptance = place && accepted.find((entry) => entry.code === diagnostic.code && entry.motion === place.motion && entry.linesFingerprint === place.linesFingerprint);
    if (acceptance) covered.push({ diagnostic, acceptance });
    else open.push(diagnostic);
  }
  return { open, accepted: covered };
}

/** The acceptance of a warning, with the user's reason, tied to the lines of its motion as they now read. */
export function acceptWarning(text: string, parsed: ParseResult, diagnostic: Diagnostic, reason: string): AcceptedWarning | string {
  if (diagnostic.severity !== 'warning') return 'Only a warning can be accepted; an error has to be put right.';
  const trimmed = reason.trim();
  if (trimmed === '') return 'Say why the warning can stand: the reason is kept with the document.';
  return { code: diagnostic.code, ...placeOf(normaliseNewlines(text).split('\n'), parsed, diagnostic), reason: trimmed };
}

/** Whether a diagnostic's line belongs to a motion: one of its lines, or its tally or result printed after its amendments. */
export function isAbout(motion: Motion, line: number): boolean {
  return (line >= motion.lines[0] && line <= motion.lines[1]) || line === motion.resultLine || line === motion.tallyLine;
}

/**
 * The motion a diagnostic is about (by its key) and a fingerprint of its
 * lines, with its tally and result wherever they are printed; for a line
 * outside any motion, that line alone.
 */
function placeOf(lines: string[], parsed: ParseResult, diagnostic: Diagnostic): Pick<AcceptedWarning, 'motion' | 'linesFingerprint'> {
  const { document } = parsed;
  const motion = document.sections.flatMap((section) => section.motions).find((candidate) => isAbout(candidate, diagnostic.line));
  if (!motion) return { motion: null, linesFingerprint: fingerprintOf([lines[diagnostic.line - 1] ?? '']) };
  const [first, last] = motion.lines;
  const elsewhere = [motion.tallyLine, motion.resultLine].filter((line): line is number => line !== null && (line < first || line > last));
  return { motion: motionKey(document, motion), linesFingerprint: fingerprintOf([...lines.slice(first - 1, last), ...elsewhere.map((line) => lines[line - 1] ?? '')]) };
}

/**
 * FNV-1a over the lines, as 8 hex digits: enough to notice that a motion's
 * lines changed, and cheap enough to work out for every warning on every
 * keystroke. It is no defence against a forger, and need not be.
 */
function fingerprintOf(lines: string[]): string {
  let hash = 0x811c9dc5;
  const text = lines.join('\n');
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
