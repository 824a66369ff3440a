import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, type WriteFileSystem } from '../../main/files';

const folder = () => mkdtempSync(join(tmpdir(), 'tally-write-'));
const bytes = (text: string) => new TextEncoder().encode(text);
const failure = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an old one, leaving nothing else behind', async () => {
    const dir = folder();
    const target = join(dir, 'report.csv');
    expect(await writeFileAtomic(target, bytes('first'))).toEqual({ ok: true });
    expect(await writeFileAtomic(target, bytes('second'))).toEqual({ ok: true });
    expect(readFileSync(target, 'utf8')).toBe('second');
    expect(readdirSync(dir)).toEqual(['report.csv']);
  });

  it('leaves the old file whole when the disk fills halfway through', async () => {
    const dir = folder();
    const target = join(dir, 'report.docx');
    writeFileSync(target, 'the report as it was');
    // A file system whose writes put down half the bytes and then find the disk full.
    const fullDisk: WriteFileSystem = {
      ...fs,
      open: (async (path: string, flags: string) => {
        const handle = await fs.open(path, flags);
        return Object.assign(Object.create(handle), {
          writeFile: async (data: Uint8Array) => {
            await handle.writeFile(data.subarray(0, data.length / 2));
            throw failure('ENOSPC');
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        });
      }) as WriteFileSystem['open'],
    };
    const result = await writeFileAtomic(target, bytes('a much longer new report that will not fit'), fullDisk);
    expect(result).toEqual({ ok: false, message: `${target} cannot be written: the disk is full.` });
    expect(readFileSync(target, 'utf8')).toBe('the report as it was');
    expect(readdirSync(dir)).toEqual(['report.docx']);
  });

  it.each([
    ['EACCES', 'permission denied.'],
    ['EROFS', 'the disk is read-only.'],
    ['EIO', 'EIO: injected'],
  ])('turns %s on opening into a message', async (code, message) => {
    const dir = folder();
    const refusing: WriteFileSystem = { ...fs, open: (async () => { throw failure(code); }) as WriteFileSystem['open'] };
    expect(await writeFileAtomic(join(dir, 'out.pdf'), bytes('x'), refusing)).toEqual({ ok: false, message: `${join(dir, 'out.pdf')} cannot be written: ${message}` });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says so when the folder does not exist, or the path goes through a file, or names a folder', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'plain.txt'), 'x');
    mkdirSync(join(dir, 'sub', 'inner'), { recursive: true });
    expect(await writeFileAtomic(join(dir, 'gone', 'out.csv'), bytes('x'))).toEqual({ ok: false, message: `${join(dir, 'gone', 'out.csv')} cannot be written: the folder ${join(dir, 'gone')} does not exist.` });
    expect(await writeFileAtomic(join(dir, 'plain.txt', 'out.csv'), bytes('x'))).toMatchObject({ ok: false, message: expect.stringMatching(/part of the path is a file, not a folder\.$/) });
    expect(await writeFileAtomic(join(dir, 'sub'), bytes('x'))).toMatchObject({ ok: false, message: expect.stringMatching(/it is a folder\.$/) });
    expect(readdirSync(dir).sort()).toEqual(['plain.txt', 'sub']);
  });
});
