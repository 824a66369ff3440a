import { basename } from 'node:path';
import { toParseJson } from '../shared/json';
import type { Diagnostic, ParseResult } from '../shared/model';
import { parse } from '../shared/parse';
import { readResultsFile } from './files';

/**
 * The `tally-desk` command. It runs under plain Node (no Electron): the same
 * parser and checks as the app, on files named on the command line.
 */

export type Output = { stdout: (text: string) => void; stderr: (text: string) => void };

const usage = `Usage:
  tally-desk check FILE          list every problem, one per line; exit status 1 if any is an error
  tally-desk parse FILE --json   print the parsed results as JSON
  tally-desk parse FILE          print a short summary of the parsed results
  tally-desk --help | --version

Exit status: 0 fine, 1 the file has errors (check), 2 the file or the command could not be used.`;

export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  return `${file}:${diagnostic.line}: ${diagnostic.severity}: ${diagnostic.message} [${diagnostic.code}]`;
}

function summary(file: string, parsed: ParseResult): string {
  const { document, diagnostics } = parsed;
  const motions = document.sections.reduce((total, section) => total + section.motions.length, 0);
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const sections = document.sections.filter((section) => section.number !== null || section.title !== null).length;
  return `${file}: ${plural(motions, 'motion')} in ${plural(sections, 'section')}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`;
}

export async function runCli(args: string[], output: Output, version: string): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    output.stdout(usage);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    output.stdout(version);
    return 0;
  }
  const json = rest.includes('--json');
  const unknownOption = rest.find((arg) => arg.startsWith('-') && arg !== '--json');
  const files = rest.filter((arg) => !arg.startsWith('-'));
  const problem =
    command !== 'check' && command !== 'parse'
      ? command ? `unknown command “${command}”` : 'no command given'
      : unknownOption ? `unknown option “${unknownOption}”`
        : json && command !== 'parse' ? '--json goes with parse, not check'
          : files.length !== 1 ? `${command} takes one results file, not ${files.length}`
            : null;
  if (problem) {
    output.stderr(`tally-desk: ${problem}. Run tally-desk --help for usage.`);
    return 2;
  }

  const path = files[0]!;
  const read = await readResultsFile(path);
  if (!read.ok) {
    output.stderr(`tally-desk: ${read.message}`);
    return 2;
  }
  const parsed = parse(read.text);
  const name = basename(path);

  if (command === 'parse') {
    output.stdout(json ? JSON.stringify(toParseJson(parsed, read.encoding), null, 2) : summary(name, parsed));
    return 0;
  }
  for (const diagnostic of parsed.diagnostics) output.stdout(formatDiagnostic(name, diagnostic));
  output.stdout(summary(name, parsed));
  return parsed.diagnostics.some((diagnostic) => diagnostic.severity === 'error') ? 1 : 0;
}
