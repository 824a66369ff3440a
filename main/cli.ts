import { basename } from 'node:path';
import { toParseJson } from '../shared/json';
import { MajorityRule, PercentBase, Settings, type ParseResult } from '../shared/model';
import { parse } from '../shared/parse';
import { ExportFormat } from '../shared/report/export';
import { isoDateOf } from '../shared/report/from-state';
import { IsoDate, Paper } from '../shared/report/model';
import { formatDiagnostic, type Output } from './console';
import { runExport, type ExportRequest } from './export';
import { readResultsFile } from './files';
import { printPdfInChromium } from './pdf';

/**
 * The `tally-desk` command. It runs under plain Node (no Electron): the same
 * parser, checks and report as the app, on files named on the command line.
 */

const usage = `Usage:
  tally-desk check FILE          list every problem, one per line; exit status 1 if any is an error
  tally-desk parse FILE --json   print the parsed results as JSON
  tally-desk parse FILE          print a short summary of the parsed results
  tally-desk export FILE [--docx OUT] [--pdf OUT] [--csv OUT] [--json OUT] [--html OUT]
        [--title T] [--organisation O] [--meeting M] [--place P] [--date YYYY-MM-DD]
        [--rule simple|two-thirds|three-quarters|absolute] [--base for-against|cast|voters]
        [--decimals 0-2] [--paper a4|letter] [--landscape] [--no-bars] [--no-surrounding-text]
        [--logo PNG-OR-JPEG] [--draft]
                                 write the report; a file with errors is refused unless --draft
  tally-desk --help | --version

Exit status: 0 fine, 1 the file has errors, 2 the file, an output or the command line could not be used.`;

type Command = 'check' | 'parse' | 'export';

/** Each command's options: those that take a value, and those that stand alone. */
const commandOptions: Record<Command, { values: string[]; flags: string[] }> = {
  check: { values: [], flags: [] },
  parse: { values: [], flags: ['json'] },
  export: {
    values: [...ExportFormat.options, 'title', 'organisation', 'meeting', 'place', 'date', 'rule', 'base', 'decimals', 'paper', 'logo'],
    flags: ['landscape', 'draft', 'no-bars', 'no-surrounding-text'],
  },
};

/** Options whose value is text for the report rather than a file name. */
const textOptions = ['title', 'organisation', 'meeting', 'place'];

/** What an option's value must be, where it is more than any text. */
const valueChecks: Record<string, { test: (value: string) => boolean; must: string }> = {
  date: { test: (value) => IsoDate.safeParse(value).success, must: 'be a real date written YYYY-MM-DD' },
  rule: { test: (value) => MajorityRule.safeParse(value).success, must: `be one of ${MajorityRule.options.join(', ')}` },
  base: { test: (value) => PercentBase.safeParse(value).success, must: `be one of ${PercentBase.options.join(', ')}` },
  decimals: { test: (value) => /^\d$/.test(value) && Settings.shape.decimals.safeParse(Number(value)).success, must: 'be 0, 1 or 2' },
  paper: { test: (value) => Paper.safeParse(value).success, must: `be one of ${Paper.options.join(', ')}` },
};

type CommandLine = { command: Command; files: string[]; values: Map<string, string>; flags: Set<string> };

/** Reads the command line, or says in a few words what is wrong with it. */
export function readCommandLine(args: string[]): CommandLine | string {
  const [command, ...rest] = args;
  if (!command) return 'no command given';
  if (!(command in commandOptions)) return `unknown command “${command}”`;
  const known = commandOptions[command as Command];
  const line: CommandLine = { command: command as Command, files: [], values: new Map(), flags: new Set() };
  for (let index = 0; index < rest.length; index++) {
    const arg = rest[index]!;
    if (!arg.startsWith('-') || arg === '-') {
      line.files.push(arg);
      continue;
    }
    if (!arg.startsWith('--')) return `unknown option “${arg}”`;
    const [name, inlineValue] = splitOption(arg.slice(2));
    if ((known.flags.includes(name) && line.flags.has(name)) || line.values.has(name)) return `--${name} is given twice`;
    if (known.flags.includes(name)) {
      if (inlineValue !== undefined) return `--${name} takes no value`;
      line.flags.add(name);
    } else if (known.values.includes(name)) {
      // "--title --draft" is a forgotten title, not a title; "--title=--draft" says it is meant.
      const next = rest[index + 1];
      const given = inlineValue ?? (next?.startsWith('--') ? undefined : (index++, next));
      // Text is trimmed; a file name is taken as it is, spaces and all.
      const value = textOptions.includes(name) ? given?.trim() : given;
      if (!value) return `--${name} needs a value`;
      if (value === '-' && !textOptions.includes(name)) return `--${name} needs a file name; writing to standard output is not supported`;
      const valueCheck = valueChecks[name];
      if (valueCheck && !valueCheck.test(value)) return `--${name} must ${valueCheck.must}, not “${value}”`;
      line.values.set(name, value);
    } else {
      const owner = (Object.keys(commandOptions) as Command[]).find((other) => [...commandOptions[other].values, ...commandOptions[other].flags].includes(name));
      return owner ? `--${name} goes with ${owner}, not ${command}` : `unknown option “${arg}”`;
    }
  }
  if (line.files.length !== 1) return `${command} takes one results file, not ${line.files.length}`;
  if (command === 'export' && !ExportFormat.options.some((format) => line.values.has(format))) {
    return `export needs at least one output: ${ExportFormat.options.map((format) => `--${format}`).join(', ')}`;
  }
  return line;
}

function splitOption(text: string): [string, string | undefined] {
  const equals = text.indexOf('=');
  return equals < 0 ? [text, undefined] : [text.slice(0, equals), text.slice(equals + 1)];
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

/** The export options as the report wants them; every value was checked by `readCommandLine`. */
function exportRequest(line: CommandLine): ExportRequest {
  const value = (name: string) => line.values.get(name) ?? null;
  return {
    file: line.files[0]!,
    outputs: Object.fromEntries(ExportFormat.options.filter((format) => line.values.has(format)).map((format) => [format, line.values.get(format)!])),
    settings: {
      rule: MajorityRule.parse(value('rule') ?? 'simple'),
      base: PercentBase.parse(value('base') ?? 'for-against'),
      decimals: Number(value('decimals') ?? 1),
      ruleOverrides: {},
    },
    options: {
      title: value('title'),
      organisation: value('organisation'),
      meeting: value('meeting'),
      place: value('place'),
      date: value('date'),
      paper: Paper.parse(value('paper') ?? 'a4'),
      landscape: line.flags.has('landscape'),
      bars: !line.flags.has('no-bars'),
      logo: null,
      draft: line.flags.has('draft'),
      surroundingText: !line.flags.has('no-surrounding-text'),
    },
    logoPath: value('logo'),
  };
}

export async function runCli(args: string[], output: Output, version: string): Promise<number> {
  const [first] = args;
  if (first === '--help' || first === '-h' || first === 'help') {
    output.stdout(usage);
    return 0;
  }
  if (first === '--version' || first === '-v') {
    output.stdout(version);
    return 0;
  }
  const line = readCommandLine(args);
  if (typeof line === 'string') {
    output.stderr(`tally-desk: ${line}. Run tally-desk --help for usage.`);
    return 2;
  }
  if (line.command === 'export') {
    return runExport(exportRequest(line), output, { printPdf: printPdfInChromium, today: () => isoDateOf(new Date()) });
  }

  const path = line.files[0]!;
  const read = await readResultsFile(path);
  if (!read.ok) {
    output.stderr(`tally-desk: ${read.message}`);
    return 2;
  }
  const parsed = parse(read.text);
  const name = basename(path);

  if (line.command === 'parse') {
    output.stdout(line.flags.has('json') ? JSON.stringify(toParseJson(parsed, read.encoding), null, 2) : summary(name, parsed));
    return 0;
  }
  for (const diagnostic of parsed.diagnostics) output.stdout(formatDiagnostic(name, diagnostic));
  output.stdout(summary(name, parsed));
  return parsed.diagnostics.some((diagnostic) => diagnostic.severity === 'error') ? 1 : 0;
}
