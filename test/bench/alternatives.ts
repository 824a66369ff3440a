import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
