import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '../shared/api';
import { writeFileAtomic } from './files';

/** The recently opened files, newest first, as main keeps them in the user's data folder. */
const RecentPaths = z.array(z.string()).max(50);
const keep = 10;

/** The id the window reopens a recent file by: a digest of its path, so the window never holds the path itself. */
export const recentId = (path: string): string => createHash('sha256').update(path).digest('hex').slice(0, 12);

export function rememberRecent(paths: string[], path: string): string[] {
  return [path, ...paths.filter((other) => other !== path)].slice(0, keep);
}

export function forgetRecent(paths: string[], path: string): string[] {
  return paths.filter((other) => other !== path);
}

export function describeRecent(paths: string[]): RecentFile[] {
  return paths.map((path) => ({ id: recentId(path), name: basename(path), folder: dirname(path) }));
}

export function pathOfRecent(paths: string[], id: string): string | null {
  return paths.find((path) => recentId(path) === id) ?? null;
}

/** The stored list; a missing or damaged list is an empty one, never an error to show. */
export async function loadRecent(file: string): Promise<string[]> {
  try {
    const parsed = RecentPaths.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data.slice(0, keep) : [];
  } catch {
    return [];
  }
}

export async function storeRecent(file: string, paths: string[]): Promise<void> {
  await writeFileAtomic(file, new TextEncoder().encode(JSON.stringify(paths)));
}
