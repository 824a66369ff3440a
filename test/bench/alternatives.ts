import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { languagePacks } from '../../shared/languages';
import { measure, type Timing } from './measure';

/** Whether a command is on this machine's PATH. */
export function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

/** LibreOffice turning our .docx of the same results into a PDF: what a user without Tally Desk's PDF would run. */
export function measureLibreOffice(docx: string, folder: string, runs: number): Promise<Timing> {
  return measure(() => execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', folder, docx], { stdio: 'pipe', timeout: 600_000 }), { warmups: 1, runs });
}

/** pandoc writing the same results, as a Markdown table a section, to .docx. */
export function measurePandoc(markdown: string, folder: string, runs: number): Promise<Timing> {
  const input = join(folder, 'results.md');
  writeFileSync(input, markdown);
  return measure(() => execFileSync('pandoc', [input, '-o', join(folder, 'results.docx')], { stdio: 'pipe', timeout: 600_000 }), { warmups: 1, runs });
}

/**
 * The least any reader of issue #11's point 8 must do, and nothing more: split
 * the text into lines, lower-case each, split it into words with a hand-written
 * loop and look every word up in one map from the language packs' words to
 * their roles. Nothing is recognised, assembled or checked: this is the floor
 * beside which the `parse` figure and its budget are read.
 */
export function measureLexingAlone(text: string, runs: number): Promise<Timing> {
  const roles = roleMap();
  const lexAll = () => {
    let seen = 0;
    for (const line of text.split('\n')) {
      const lower = line.toLowerCase();
      let start = -1;
      for (let at = 0; at <= lower.length; at++) {
        const code = at < lower.length ? lower.charCodeAt(at) : 32;
        const inWord = (code >= 97 && code <= 122) || code > 191;
        if (inWord) start = start < 0 ? at : start;
        else if (start >= 0) {
          seen |= roles.get(lower.slice(start, at)) ?? 0;
          start = -1;
        }
      }
    }
    return seen;
  };
  return measure(lexAll, { warmups: 3, runs: Math.max(runs, 10) });
}

/** Every word of every language pack, to a bit for the pack field it comes from. */
function roleMap(): Map<string, number> {
  const roles = new Map<string, number>();
  for (const pack of languagePacks) {
    Object.values(pack).forEach((value, field) => {
      for (const phrase of stringsIn(value)) {
        for (const word of phrase.toLowerCase().split(/[^\p{L}]+/u)) if (word) roles.set(word, (roles.get(word) ?? 0) | (1 << field % 31));
      }
    });
  }
  return roles;
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return typeof value === 'object' && value !== null ? Object.values(value).flatMap(stringsIn) : [];
}
