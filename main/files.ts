import { readFile, stat } from 'node:fs/promises';
import { decode, MAX_FILE_BYTES, tooLarge, type Decoded } from '../shared/decode';

/** Reads and decodes a results file. Every way this can fail is a message for the user, never an exception. */
export async function readResultsFile(path: string): Promise<Decoded> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, message: `${path} is a folder, not a results file.` };
    if (!info.isFile()) return { ok: false, message: `${path} is not a regular file.` };
    if (info.size > MAX_FILE_BYTES) {
      return { ok: false, message: `${path}: ${tooLarge(info.size)}` };
    }
    const decoded = decode(await readFile(path));
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
