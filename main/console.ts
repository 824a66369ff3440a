import type { Diagnostic } from '../shared/model';

/** Where the CLI writes, passed in so that tests can read what it says. */
export type Output = { stdout: (text: string) => void; stderr: (text: string) => void };

/** A diagnostic as one line, in the FILE:LINE: form that editors and terminals link to. */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  return `${file}:${diagnostic.line}: ${diagnostic.severity}: ${diagnostic.message} [${diagnostic.code}]`;
}
