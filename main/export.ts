import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Settings } from '../shared/model';
import { parse } from '../shared/parse';
import { renderExport, type ExportFormat } from '../shared/report/export';
import { reportOfState } from '../shared/report/from-state';
import { logoFrom, MAX_LOGO_BYTES } from '../shared/report/image';
import type { Logo, ReportOptions } from '../shared/report/model';
import type { PrintPdf } from '../shared/report/pdf';
import { formatDiagnostic, type Output } from './console';
import { readResultsFile, writeFileAtomic } from './files';

export type ExportRequest = {
  file: string;
  /** Where each requested format is written. */
  outputs: Partial<Record<ExportFormat, string>>;
  settings: Settings;
  options: ReportOptions;
  logoPath: string | null;
};

export type ExportEffects = { printPdf: PrintPdf; today: () => string };

/**
 * `tally-desk export`: read, check, build the report once and write each
 * format from it. A file with errors is refused unless the report is a draft.
 * Returns the exit status: 0 written, 1 refused for errors, 2 something could not be read or written.
 */
export async function runExport(request: ExportRequest, output: Output, effects: ExportEffects): Promise<number> {
  const fail = (message: string) => {
    output.stderr(`tally-desk: ${message}`);
    return 2;
  };
  const clash = await outputClash(request);
  if (clash) return fail(clash);

  const read = await readResultsFile(request.file);
  if (!read.ok) return fail(read.message);
  let logo: Logo | null = null;
  if (request.logoPath) {
    const loaded = await readLogo(request.logoPath);
    if (typeof loaded === 'string') return fail(loaded);
    logo = loaded;
  }

  const parsed = parse(read.text, request.settings);
  const name = basename(request.file);
  const errors = parsed.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0 && !request.options.draft) {
    for (const error of errors) output.stderr(formatDiagnostic(name, error));
    output.stderr(`tally-desk: ${name} has ${errors.length === 1 ? 'an error' : `${errors.length} errors`}; fix ${errors.length === 1 ? 'it' : 'them'}, or export with --draft to mark the report Draft.`);
    return 1;
  }

  const report = await reportOfState({ text: read.text, settings: request.settings, report: { ...request.options, logo }, accepted: [] }, effects.today());
  let status = 0;
  for (const [format, path] of Object.entries(request.outputs) as [ExportFormat, string][]) {
    const rendered = await renderExport(report, format, effects.printPdf);
    const written = rendered.ok ? await writeFileAtomic(path, rendered.bytes) : rendered;
    if (written.ok) output.stdout(`Wrote ${path}`);
    else status = fail(written.message);
  }
  return status;
}

/**
 * An output that would overwrite the results file, or another output, is
 * refused before anything is written. Existing files are compared by device
 * and inode, so that another spelling of the same file (a link, or other
 * capitals on a disk that ignores case) is caught too.
 */
async function outputClash(request: ExportRequest): Promise<string | null> {
  const identity = async (path: string) => {
    const info = await stat(path).catch(() => null);
    if (info) return `${info.dev}:${info.ino}`;
    // A file yet to be written: its folder's real path, so that a link to the folder is seen through.
    const folder = await realpath(dirname(resolve(path))).catch(() => dirname(resolve(path)));
    return join(folder, basename(path));
  };
  const source = await identity(request.file);
  const seen = new Map<string, string>();
  for (const [format, path] of Object.entries(request.outputs)) {
    const target = await identity(path);
    if (target === source) return `--${format} ${path} would overwrite the results file itself.`;
    const other = seen.get(target);
    if (other) return `--${other} and --${format} both name ${path}.`;
    seen.set(target, format);
  }
  return null;
}

/** A PNG or JPEG logo, known by its bytes rather than its name. */
async function readLogo(path: string): Promise<Logo | string> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) return `the logo ${path} is not a file.`;
    if (info.size > MAX_LOGO_BYTES) return `the logo ${path} is larger than 2 MB; use a smaller image.`;
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? `the logo ${path} does not exist.` : `the logo ${path} cannot be read: ${(error as Error).message}`;
  }
  const logo = logoFrom(bytes);
  return typeof logo === 'string' ? `the logo ${path} ${logo}` : { ...logo, base64: Buffer.from(bytes).toString('base64') };
}
