import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { measure, type Timing } from './measure';

const root = new URL('../../', import.meta.url).pathname;

/** `tally-desk export FILE --docx OUT` (or --pdf), the whole process, as a user runs it. */
export function measureExport(input: string, format: 'docx' | 'pdf', output: string, runs: number): Promise<Timing> {
  // --draft: the generated documents carry errors on purpose, and a file with errors is exported only as a draft.
  const args = [join(root, 'bin/tally-desk.mjs'), 'export', input, `--${format}`, output, '--draft'];
  return measure(() => execFileSync(process.execPath, args, { cwd: root, stdio: 'pipe', timeout: 600_000 }), { warmups: 1, runs });
}
