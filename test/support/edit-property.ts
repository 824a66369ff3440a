import { editMotion } from '../../shared/edits';
import { parse } from '../../shared/parse';

/**
 * A table edit of each motion's for count on a file: refused with a message,
 * or made so that only lines that held that count changed, the count reads back
 * as asked, and no problem away from the motion came or went. Returns what went wrong.
 */
export function editProblems(text: string): string[] {
  const parsed = parse(text);
  const problems: string[] = [];
  parsed.document.sections.forEach((section, s) =>
    section.motions.forEach((motion, m) => {
      const value = (motion.for ?? 0) + 7;
      const outcome = editMotion(text, parsed, s, m, { for: value });
      if (!outcome.ok) {
        if (!/source text/.test(outcome.message)) problems.push(`refused without a way out: ${outcome.message}`);
        return;
      }
      const reread = parse(outcome.text);
      if (reread.document.sections[s]?.motions[m]?.for !== value) problems.push(`motion ${motion.number} reads back ${reread.document.sections[s]?.motions[m]?.for}, not ${value}`);
      const [before, after] = [text.split('\n'), outcome.text.split('\n')];
      const away = (lines: string[], edited: { fromLine: number; toLine: number }) => [...lines.slice(0, edited.fromLine - 1), ...lines.slice(edited.toLine)];
      const shift = after.length - before.length;
      if (away(before, outcome.edit).join('\n') !== away(after, { fromLine: outcome.edit.fromLine, toLine: outcome.edit.toLine + shift }).join('\n')) problems.push(`motion ${motion.number}: lines outside the edit changed`);
      const ignored = (result: typeof parsed) => result.document.ignored.map((entry) => entry.text);
      if (ignored(parsed).join('\n') !== ignored(reread).join('\n')) problems.push(`motion ${motion.number}: the ignored lines changed`);
    }),
  );
  return problems;
}
