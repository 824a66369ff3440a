/**
 * The file's lines with the changes of one edit: a line replaced, a line
 * removed, a line inserted after another. Line numbers are those of the file
 * before the edit, so that each change can be made without minding the others.
 */
export class LineChanges {
  private readonly replaced = new Map<number, string>();
  private readonly removed = new Set<number>();
  private readonly inserted = new Map<number, string[]>();

  constructor(private readonly lines: string[]) {}

  /** The line as the edit has it so far (1-based). */
  get(line: number): string {
    return this.replaced.get(line) ?? this.lines[line - 1] ?? '';
  }

  replace(line: number, text: string): void {
    if (text === this.lines[line - 1]) this.replaced.delete(line);
    else this.replaced.set(line, text);
  }

  remove(line: number): void {
    this.removed.add(line);
  }

  /** A new line after `line`. */
  insertAfter(line: number, text: string): void {
    this.inserted.set(line, [...(this.inserted.get(line) ?? []), text]);
  }

  /**
   * The first and last line the edit touches (a line with an insertion after
   * it counts, unchanged), the lines that stand there after it, and the whole text.
   */
  result(): { fromLine: number; toLine: number; lines: string[]; text: string } | null {
    const touched = [...this.replaced.keys(), ...this.removed, ...[...this.inserted.keys()].filter((line) => line > 0)];
    if (touched.length === 0) return null;
    const fromLine = Math.min(...touched);
    const toLine = Math.max(...touched);
    const written: string[] = [];
    for (let line = fromLine; line <= toLine; line++) {
      if (!this.removed.has(line)) written.push(this.get(line));
      written.push(...(this.inserted.get(line) ?? []));
    }
    const text = [...this.lines.slice(0, fromLine - 1), ...written, ...this.lines.slice(toLine)].join('\n');
    return { fromLine, toLine, lines: written, text };
  }
}
