import { z } from 'zod';
import type { InvokeName } from './channels';
import { Encoding } from './decode';
import { DocumentState } from './document-file';
import { ExportFormat } from './report/export';

/**
 * The contract between the window and the platform: the only thing the
 * renderer knows about where it runs. The desktop app implements it in the
 * preload over IPC, the web build in the browser. Every payload is a zod
 * schema here, and main parses each one before anything runs.
 */

export const OpenedDocument = DocumentState.extend({
  /** The name to show: the file's name, or "Sample results". */
  name: z.string(),
  /** What was opened: a results file, a saved .tally file, the bundled sample, or work recovered after a crash. */
  origin: z.enum(['results', 'tally', 'sample', 'recovered']),
  encoding: Encoding,
  /** Whether the document differs from what is on disk (true for recovered work). */
  edited: z.boolean(),
});
export type OpenedDocument = z.infer<typeof OpenedDocument>;

export const OpenOutcome = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened'), document: OpenedDocument }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);
export type OpenOutcome = z.infer<typeof OpenOutcome>;

export const WriteOutcome = z.discriminatedUnion('status', [
  z.object({ status: z.literal('written'), name: z.string() }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);
export type WriteOutcome = z.infer<typeof WriteOutcome>;

/** A recent file as the window sees it: an opaque id to reopen it by, never a path to read. */
export const RecentFile = z.object({ id: z.string(), name: z.string(), folder: z.string() });
export type RecentFile = z.infer<typeof RecentFile>;

export const Pane = z.enum(['source', 'results', 'preview', 'problems']);
export const MenuCommand = z.union([
  z.enum(['save', 'save-as', 'save-and-close', 'print', 'find', 'undo', 'redo', 'next-problem', 'previous-problem', 'quick-fix']),
  z.object({ export: ExportFormat }),
  z.object({ togglePane: Pane }),
]);
export type MenuCommand = z.infer<typeof MenuCommand>;

/** Each invoke channel: the schema of its arguments, as a tuple, and of its answer. */
export const invokeContract = {
  ready: { args: z.tuple([]), result: z.void() },
  open: { args: z.tuple([]), result: OpenOutcome },
  openRecent: { args: z.tuple([z.string().max(64)]), result: OpenOutcome },
  openSample: { args: z.tuple([]), result: OpenOutcome },
  recentFiles: { args: z.tuple([]), result: z.array(RecentFile) },
  save: { args: z.tuple([DocumentState]), result: WriteOutcome },
  saveAs: { args: z.tuple([DocumentState]), result: WriteOutcome },
  exportReport: { args: z.tuple([ExportFormat, DocumentState]), result: WriteOutcome },
  print: { args: z.tuple([DocumentState]), result: WriteOutcome },
  setEdited: { args: z.tuple([z.boolean()]), result: z.void() },
  storeRecovery: { args: z.tuple([DocumentState]), result: z.void() },
  close: { args: z.tuple([]), result: z.void() },
} satisfies Record<InvokeName, { args: z.ZodTuple; result: z.ZodType }>;

type Invoke<Name extends InvokeName> = (
  ...args: z.infer<(typeof invokeContract)[Name]['args']>
) => Promise<z.infer<(typeof invokeContract)[Name]['result']>>;

export type Unsubscribe = () => void;

export type TallyApi = { [Name in InvokeName]: Invoke<Name> } & {
  /** A document to show: at start, from the menu, the OS, a second launch or a dropped file. */
  onDocument(listener: (document: OpenedDocument) => void): Unsubscribe;
  /** A menu item or accelerator that the window carries out. */
  onCommand(listener: (command: MenuCommand) => void): Unsubscribe;
};
