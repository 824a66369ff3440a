import { stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { OpenedDocument, OpenOutcome, WriteOutcome } from '../shared/api';
import { freshState, readTallyFile, tallyExtension, writeTallyFile, type DocumentState } from '../shared/document-file';
import { readResultsFile, writeFileAtomic } from './files';

/** When a file on disk was last seen: a later size or time means someone else changed it. */
export type DiskStamp = { size: number; mtimeMs: number };

/** The open document's place on disk, kept by main: the window never learns a path. */
export type Session = { path: string | null; origin: OpenedDocument['origin']; name: string; stamp: DiskStamp | null };

export const isTallyFile = (path: string): boolean => extname(path).toLowerCase() === `.${tallyExtension}`;

async function stampOf(path: string): Promise<DiskStamp | null> {
  const info = await stat(path).catch(() => null);
  return info && { size: info.size, mtimeMs: info.mtimeMs };
}

/** Opens a results file or a saved .tally file. Every failure is a message naming the file. */
export async function openDocument(path: string): Promise<{ outcome: OpenOutcome; session: Session | null }> {
  const read = await readResultsFile(path);
  if (!read.ok) return { outcome: { status: 'failed', message: read.message }, session: null };
  const name = basename(path);
  let state = freshState(read.text);
  let origin: Session['origin'] = 'results';
  if (isTallyFile(path)) {
    const saved = readTallyFile(read.text);
    if (!saved.ok) return { outcome: { status: 'failed', message: `${name} cannot be opened: ${saved.message}` }, session: null };
    state = saved.state;
    origin = 'tally';
  }
  const document: OpenedDocument = { ...state, name, origin, encoding: read.encoding, edited: false };
  return { outcome: { status: 'opened', document }, session: { path, origin, name, stamp: await stampOf(path) } };
}

/** Where Save writes without asking: only back to the .tally file the document came from, never over a results file. */
export function saveTarget(session: Session): string | null {
  return session.origin === 'tally' && session.path ? session.path : null;
}

/** The name Save As proposes: the document's name as a .tally file, beside the file it came from. */
export function suggestedSavePath(session: Session, documentsFolder: string): string {
  const stem = basename(session.name, extname(session.name)) || 'Results';
  return join(session.path ? dirname(session.path) : documentsFolder, `${stem}.${tallyExtension}`);
}

/** Whether the file at the session's path changed on disk since it was opened or saved. */
export async function changedOnDisk(session: Session): Promise<boolean> {
  if (!session.path || !session.stamp) return false;
  const now = await stampOf(session.path);
  return now === null || now.size !== session.stamp.size || now.mtimeMs !== session.stamp.mtimeMs;
}

/** Saves the document as a .tally file at `path`; on success the session now points there. */
export async function saveDocument(path: string, state: DocumentState, session: Session): Promise<{ outcome: WriteOutcome; session: Session }> {
  const written = await writeFileAtomic(path, new TextEncoder().encode(writeTallyFile(state)));
  if (!written.ok) return { outcome: { status: 'failed', message: written.message }, session };
  const name = basename(path);
  return { outcome: { status: 'written', name }, session: { path, origin: 'tally', name, stamp: await stampOf(path) } };
}
