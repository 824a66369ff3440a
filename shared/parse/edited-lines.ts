/**
 * A text's lines after an edit, found from the lines before: the text is
 * compared with the one before from both ends, in long runs, and only the
 * lines between the first and last changed character are split again. At
 * every keystroke this saves splitting and comparing every line of the file.
 */
export type TextLines = { text: string; lines: string[]; starts: number[] };

/** The first and last line (0-based) an edit touched, in the text before it. */
export type ChangedLines = { from: number; to: number };

export function linesOf(text: string): TextLines {
  const lines = text.split('\n');
  const starts = new Array<number>(lines.length);
  let at = 0;
  for (let index = 0; index < lines.length; index++) {
    starts[index] = at;
    at += lines[index]!.length + 1;
  }
  return { text, lines, starts };
}

/** The lines of `text`, and which lines of `before` it changed; `changed` is null when the texts are the same. */
export function editedLines(before: TextLines, text: string): { after: TextLines; changed: ChangedLines | null } {
  if (text === before.text) return { after: before, changed: null };
  const prefix = commonPrefix(before.text, text);
  const suffix = Math.min(commonSuffix(before.text, text), before.text.length - prefix, text.length - prefix);
  // The lines holding the first changed character and the first character after the change, as they were.
  const from = lineAt(before.starts, prefix);
  const to = lineAt(before.starts, before.text.length - suffix);
  const shift = text.length - before.text.length;
  const end = before.starts[to]! + before.lines[to]!.length + shift;
  const middle = text.slice(before.starts[from], end).split('\n');
  const lines = before.lines.slice(0, from);
  const starts = before.starts.slice(0, from);
  let at = before.starts[from]!;
  for (const line of middle) {
    lines.push(line);
    starts.push(at);
    at += line.length + 1;
  }
  for (let index = to + 1; index < before.lines.length; index++) {
    lines.push(before.lines[index]!);
    starts.push(before.starts[index]! + shift);
  }
  return { after: { text, lines, starts }, changed: { from, to } };
}

/** The line (0-based) a character offset falls on: the last line starting at or before it. */
function lineAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Compared a run at a time: a comparison of two runs of characters is far quicker than one of each character. */
const RUN = 4096;

function commonPrefix(a: string, b: string): number {
  const most = Math.min(a.length, b.length);
  let at = 0;
  while (at + RUN <= most && a.substring(at, at + RUN) === b.substring(at, at + RUN)) at += RUN;
  while (at < most && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

function commonSuffix(a: string, b: string): number {
  const most = Math.min(a.length, b.length);
  let length = 0;
  while (length + RUN <= most && a.substring(a.length - length - RUN, a.length - length) === b.substring(b.length - length - RUN, b.length - length)) length += RUN;
  while (length < most && a.charCodeAt(a.length - length - 1) === b.charCodeAt(b.length - length - 1)) length++;
  return length;
}
