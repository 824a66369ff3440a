import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { decode, MAX_FILE_BYTES, tooLarge, type Decoded } from '../shared/decode';

/** Reads and decodes a results file. Every way this can fail is a message for the user, never an exception. */
export async function readResultsFile(path: string): Promise<Decoded> {
  try {
    const info = await fs.stat(path);
    if (info.isDirectory()) return { ok: false, message: `${path} is a folder, not a results file.` };
    if (!info.isFile()) return { ok: false, message: `${path} is not a regular file.` };
    if (info.size > MAX_FILE_BYTES) {
      return { ok: false, message: `${path}: ${tooLarge(info.size)}` };
    }
    const decoded = decode(await fs.readFile(path));
    return decoded.ok ? decoded : { ok: false, message: `${path}: ${decoded.message}` };
  } catch (error) {
    return { ok: false, message: describeReadError(path, error) };
  }
}

function describeReadError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `${path} does not exist.`;
  if (code === 'EACCES' || code === 'EPERM') return `${path} cannot be read: permission denied.`;
  return `${path} cannot be read: ${(error as Error | undefined)?.message ?? String(error)}`;
}

/** The few file operations an atomic write needs, passed in so that a test can make one fail halfway. */
export type WriteFileSystem = Pick<typeof import('node:fs/promises'), 'open' | 'rename' | 'unlink'>;

/**
 * Writes all of the bytes or none: into a new file beside the target, flushed
 * to disk, then renamed over it. A failure at any step leaves the target as it
 * was and removes the partial file; it is a message for the user, not an exception.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array, fileSystem: WriteFileSystem = fs): Promise<{ ok: true } | { ok: false; message: string }> {
  if (/[/\\]$/.test(path)) return { ok: false, message: `${path} names a folder, not a file: add the file's name.` };
  // Short, so that a target whose own name is as long as the system allows still has room beside it.
  const temporary = join(dirname(path), `.tally-${randomUUID().slice(0, 8)}.tmp`);
  let created = false;
  try {
    const handle = await fileSystem.open(temporary, 'wx');
    created = true;
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fileSystem.rename(temporary, path);
    created = false;
    await syncFolder(dirname(path), fileSystem);
    return { ok: true };
  } catch (error) {
    if (created) await fileSystem.unlink(temporary).catch(() => undefined);
    return { ok: false, message: describeWriteError(path, error) };
  }
}

/** Makes the rename itself durable. Some systems cannot open a folder for this; the write has still happened. */
async function syncFolder(folder: string, fileSystem: WriteFileSystem): Promise<void> {
  const handle = await fileSystem.open(folder, 'r').catch(() => null);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}

function describeWriteError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `${path} cannot be written: the folder ${dirname(path)} does not exist.`;
    case 'EACCES':
    case 'EPERM':
      return `${path} cannot be written: permission denied.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `${path} cannot be written: the disk is full.`;
    case 'EROFS':
      return `${path} cannot be written: the disk is read-only.`;
    case 'EISDIR':
      return `${path} cannot be written: it is a folder.`;
    case 'ENOTDIR':
      return `${path} cannot be written: part of the path is a file, not a folder.`;
    default:
      return `${path} cannot be written: ${(error as Error | undefined)?.message ?? String(error)}`;
  }
}
