import { readFile, unlink } from 'node:fs/promises';
import { z } from 'zod';
import { OpenedDocument } from '../shared/api';
import { DocumentState } from '../shared/document-file';
import { writeFileAtomic } from './files';

/**
 * Unsaved work, copied every few seconds to one file in the user's data
 * folder, and removed when the work is saved or knowingly discarded. Finding
 * it at start means the last session ended without either: a crash.
 */
export const RecoveryFile = z.object({
  version: z.literal(1),
  savedAt: z.string(),
  name: z.string(),
  /** The file the work belongs to, so that Save goes back to it. */
  path: z.string().nullable(),
  origin: OpenedDocument.shape.origin,
  /** When the file at `path` was last seen, so that Save after a restore still notices a change on disk. */
  stamp: z.object({ size: z.number(), mtimeMs: z.number() }).nullable(),
  state: DocumentState,
});
export type RecoveryFile = z.infer<typeof RecoveryFile>;

export async function storeRecovery(file: string, recovery: Omit<RecoveryFile, 'version'>): Promise<{ ok: true } | { ok: false; message: string }> {
  return writeFileAtomic(file, new TextEncoder().encode(JSON.stringify({ version: 1, ...recovery })));
}

/** The recovered work, or null when there is none or it cannot be read (then it is removed, not offered). */
export async function readRecovery(file: string): Promise<RecoveryFile | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = RecoveryFile.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // A copy cut short by the crash itself: nothing to offer.
  }
  await clearRecovery(file);
  return null;
}

export async function clearRecovery(file: string): Promise<void> {
  await unlink(file).catch(() => undefined);
}
