import { normaliseNewlines } from './decode';
import type { Motion, ParseResult } from './model';
import { parse } from './parse';
import { writeMotion } from './serialize';

/** The parts of a motion that the results table lets the user change. */
export type MotionChange = Partial<Pick<Motion, 'number' | 'text' | 'for' | 'against' | 'abstain' | 'invalid'>>;

/** A replacement of whole lines of the text (1-based, inclusive), as the source editor applies it. */
export type LineEdit = { fromLine: number; toLine: number; lines: string[] };

export type EditOutcome = { ok: true; edit: LineEdit; text: string } | { ok: false; message: string };

const sameMotion = (a: Motion, b: Motion) =>
  a.number === b.number && a.text === b.text && a.for === b.for && a.against === b.against && a.abstain === b.abstain && a.invalid === b.invalid && a.statedResult === b.statedResult;

/**
 * An edit made in the table, as an edit of the text: the motion's lines
 * written again in its own style with the change made. The text stays the
 * one source of truth, so the edit is kept only when the new text reads
 * back as the same document with just that change; otherwise the user is
 * told to make it in the source.
 */
export function editMotion(text: string, parsed: ParseResult, sectionIndex: number, motionIndex: number, change: MotionChange): EditOutcome {
  const { document } = parsed;
  const motion = document.sections[sectionIndex]?.motions[motionIndex];
  if (!motion) return { ok: false, message: 'That motion is no longer in the text.' };
  const changed: Motion = { ...motion, ...change, text: (change.text ?? motion.text).replace(/\s+/g, ' ').trim() };
  const lines = normaliseNewlines(text).split('\n');
  const [fromLine, toLine] = motion.lines;
  const written = writeMotion(changed, document);
  const edited = [...lines.slice(0, fromLine - 1), ...written, ...lines.slice(toLine)].join('\n');

  const reread = parse(edited).document;
  const before = document.sections.flatMap((section, s) => section.motions.map((other, m) => ({ s, m, other })));
  const after = reread.sections.flatMap((section, s) => section.motions.map((other, m) => ({ s, m, other })));
  const readsBack =
    before.length === after.length &&
    after.every(({ s, m, other }, index) => {
      const expected = s === sectionIndex && m === motionIndex ? changed : before[index]!.other;
      return before[index]!.s === s && before[index]!.m === m && sameMotion(other, expected);
    });
  if (!readsBack) return { ok: false, message: `Motion ${motion.number} cannot be changed that way from the table without changing how the rest of the file reads; make the change in the source text.` };
  return { ok: true, edit: { fromLine, toLine, lines: written }, text: edited };
}
