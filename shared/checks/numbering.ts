import type { Diagnostic, ResultsDocument } from '../model';
import { labelParts } from '../parse/structure';

/**
 * Repeated and skipped motion numbers. Numbering may restart in each section
 * (at 1) or run on through the document; letters before the number ("E1",
 * "R2") start sequences of their own, and amendments ("3a") are not counted.
 */
export function numberingProblems(document: ResultsDocument): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const last = new Map<string, number>();
  const seen = new Map<string, Set<number>>();
  for (const section of document.sections) {
    const first = section.motions.map((motion) => labelParts(motion.number)).find((parts) => parts !== null);
    if (first?.value === 1) {
      last.clear();
      seen.clear();
    }
    for (const motion of section.motions) {
      const parts = labelParts(motion.number);
      if (!parts || parts.suffix || motion.amends) continue;
      const numbers = seen.get(parts.prefix) ?? new Set<number>();
      seen.set(parts.prefix, numbers);
      const previous = last.get(parts.prefix);
      if (numbers.has(parts.value)) {
        const presumed = previous !== undefined && !numbers.has(previous + 1) ? previous + 1 : null;
        diagnostics.push({
          code: 'repeated-number', severity: 'warning', line: motion.lines[0],
          message: `Motion number ${motion.number} is used twice${presumed !== null ? `; this one is presumably ${parts.prefix}${presumed}` : ''}.`,
          ...(presumed !== null && { suggestion: { find: motion.number, replace: motion.number.replace(/\d+/, String(presumed)) } }),
        });
        if (presumed !== null) {
          numbers.add(presumed);
          last.set(parts.prefix, presumed);
        }
        continue;
      }
      if (previous !== undefined && parts.value > previous + 1) {
        const gap = parts.value - previous - 1;
        diagnostics.push({
          code: 'skipped-number', severity: 'warning', line: motion.lines[0],
          message: gap === 1 ? `Number ${parts.prefix}${previous + 1} is missing before ${motion.number}.` : `Numbers ${parts.prefix}${previous + 1} to ${parts.prefix}${parts.value - 1} are missing before ${motion.number}.`,
        });
      }
      numbers.add(parts.value);
      last.set(parts.prefix, parts.value);
    }
  }
  return diagnostics;
}
