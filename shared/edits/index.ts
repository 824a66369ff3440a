import { normaliseNewlines } from '../decode';
import { writingPack } from '../languages/detect';
import type { Motion, ParseResult } from '../model';
import { motionName } from '../motion-name';
import { parse } from '../parse';
import { countKeys } from '../vocabulary';
import { LineChanges } from './lines';
import { changeCount, changeLabel, changeResult, changeText, rewriteTally } from './values';
import { whatElseChanges } from './verify';

/** The parts of a motion that the results table lets the user change. */
export type MotionChange = Partial<Pick<Motion, 'number' | 'text' | 'for' | 'against' | 'abstain' | 'invalid' | 'statedResult'>>;

/** A replacement of whole lines of the text (1-based, inclusive), as the source editor applies it. */
export type LineEdit = { fromLine: number; toLine: number; lines: string[] };

export type EditOutcome = { ok: true; edit: LineEdit; text: string } | { ok: false; message: string };

/**
 * An edit made in the table, as an edit of the text: the characters that
 * print the changed value are written again where they stand, in the file's
 * own words, separators and layout, and no other character of the file
 * changes. The text stays the one source of truth, so the edit is kept only
 * when the text reads back with just that change (see `verify.ts`);
 * otherwise the user is told to make it in the source.
 */
export function editMotion(text: string, parsed: ParseResult, sectionIndex: number, motionIndex: number, change: MotionChange): EditOutcome {
  const { document } = parsed;
  const motion = document.sections[sectionIndex]?.motions[motionIndex];
  if (!motion) return { ok: false, message: 'That motion is no longer in the text.' };
  const wanted: MotionChange = { ...change, ...(change.text !== undefined ? { text: change.text.replace(/\s+/g, ' ').trim() } : {}) };
  const changes = new LineChanges(normaliseNewlines(text).split('\n'));
  const words = writingPack(document.languages).writing;
  const name = motionName(motion) ?? `The motion on line ${motion.lines[0]}`;

  const refusals: (string | null)[] = [];
  if (wanted.text !== undefined && wanted.text !== motion.text) refusals.push(changeText(changes, motion, wanted.text));
  const counts = countKeys.filter((key) => wanted[key] !== undefined && wanted[key] !== motion[key]);
  // A tally the reader could not make out ("for 12 against") is what the user is putting right: it is written again whole.
  const unreadable = motion.tallyLine !== null && parsed.diagnostics.some((diagnostic) => diagnostic.line === motion.tallyLine && diagnostic.code === 'unreadable-tally');
  if (unreadable && counts.some((key) => !motion.printedAt.counts[key])) {
    const rewritten = rewriteTally(changes, motion, wanted);
    if (typeof rewritten === 'string') refusals.push(rewritten);
    else Object.assign(wanted, rewritten);
  }
  else for (const key of counts) refusals.push(changeCount(changes, motion, key, wanted[key]!, words));
  if (wanted.statedResult !== undefined && wanted.statedResult !== motion.statedResult) refusals.push(changeResult(changes, motion, wanted.statedResult, words));
  // The label last: the others find their lines by the label's line, which it does not move.
  if (wanted.number !== undefined && wanted.number !== motion.number) refusals.push(changeLabel(changes, motion, wanted.number));
  const refusal = refusals.find((message) => message !== null);
  if (refusal) return { ok: false, message: `${name}: ${refusal}` };

  const result = changes.result();
  if (!result) return { ok: true, edit: { fromLine: motion.lines[0], toLine: motion.lines[0], lines: [changes.get(motion.lines[0])] }, text };
  const reread = parse(result.text);
  const readBack = reread.document.sections[sectionIndex]?.motions[motionIndex];
  const asked = (Object.keys(wanted) as (keyof MotionChange)[]).find((field) => readBack?.[field] !== wanted[field]);
  const elsewhere = asked ? `its ${asked}` : whatElseChanges(parsed, reread, { section: sectionIndex, motion: motionIndex }, wanted, { fromLine: result.fromLine, toLine: result.toLine, written: result.lines.length });
  if (elsewhere) return { ok: false, message: `${name} cannot be changed that way from the table without changing ${elsewhere}; make the change in the source text.` };
  return { ok: true, edit: { fromLine: result.fromLine, toLine: result.toLine, lines: result.lines }, text: result.text };
}
