import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedOnDisk, openDocument, saveDocument, saveTarget, suggestedSavePath, type Session } from '../../main/documents';
import { describeRecent, loadRecent, pathOfRecent, rememberRecent, storeRecent } from '../../main/recent';
import { clearRecovery, readRecovery, storeRecovery } from '../../main/recovery';
import { restoreBounds } from '../../main/window-state';
import { freshState, readTallyFile, writeTallyFile } from '../../shared/document-file';
import { fixturesDir } from '../support/fixtures';

const folder = () => mkdtempSync(join(tmpdir(), 'tally-docs-'));
const seedPath = join(fixturesDir, 'seed_results_of_voting.txt');

describe('opening', () => {
  it('opens a results file as a fresh document that Save will not write over', async () => {
    const { outcome, session } = await openDocument(seedPath);
    expect(outcome).toMatchObject({ status: 'opened', document: { name: 'seed_results_of_voting.txt', origin: 'results', encoding: 'utf-8', edited: false, accepted: [] } });
    expect(saveTarget(session!)).toBeNull();
    expect(suggestedSavePath(session!, '/home/sam/Documents')).toBe(join(fixturesDir, 'seed_results_of_voting.tally'));
  });

  it('reopens a saved document exactly as it was saved', async () => {
    const dir = folder();
    const { session } = await openDocument(seedPath);
    const state = { ...freshState('1. Edited\n5 for; 2 against\n'), settings: { rule: 'two-thirds' as const, base: 'cast' as const, decimals: 2, ruleOverrides: { '1#1': 'absolute' as const } } };
    state.report = { ...state.report, title: 'Branch AGM', date: '2026-03-01', landscape: true };
    state.accepted = [{ code: 'skipped-number', motion: '0/1', linesFingerprint: 'abc', reason: 'Motion 2 was withdrawn before the meeting' }];
    const saved = await saveDocument(join(dir, 'AGM.tally'), state, session!);
    expect(saved.outcome).toEqual({ status: 'written', name: 'AGM.tally' });
    expect(saveTarget(saved.session)).toBe(join(dir, 'AGM.tally'));
    const reopened = await openDocument(join(dir, 'AGM.tally'));
    expect(reopened.outcome).toEqual({ status: 'opened', document: { ...state, name: 'AGM.tally', origin: 'tally', encoding: 'utf-8', edited: false } });
    expect(readFileSync(seedPath, 'utf8')).toContain('56 people voted in total.'); // the results file is untouched
  });

  it.each([
    ['not JSON', 'Results of voting', 'is not a Tally Desk file: its contents are not valid JSON.'],
    ['another program’s JSON', '{"format":"other"}', 'is not a Tally Desk file.'],
    ['a newer version', '{"format":"tally-desk","version":2}', 'was saved by a newer Tally Desk (file version 2); update Tally Desk to open it.'],
    ['a damaged file', '{"format":"tally-desk","version":1,"text":5}', 'is damaged: text: '],
  ])('says what is wrong with %s', async (_what, contents, message) => {
    const dir = folder();
    writeFileSync(join(dir, 'x.tally'), contents);
    const { outcome, session } = await openDocument(join(dir, 'x.tally'));
    expect(outcome.status).toBe('failed');
    expect(outcome.status === 'failed' && outcome.message).toContain(`x.tally cannot be opened: it ${message}`);
    expect(session).toBeNull();
  });

  it('says so when the file has vanished', async () => {
    const { outcome } = await openDocument('/nonexistent/results.txt');
    expect(outcome).toEqual({ status: 'failed', message: '/nonexistent/results.txt does not exist.' });
  });

  it('round-trips the save format through its own reader', () => {
    const state = freshState('text');
    expect(readTallyFile(writeTallyFile(state))).toEqual({ ok: true, state });
  });
});

describe('saving', () => {
  it('notices a file changed on disk since it was opened', async () => {
    const dir = folder();
    const path = join(dir, 'work.tally');
    const first = await saveDocument(path, freshState('one'), { path: null, origin: 'sample', name: 'Sample', stamp: null });
    expect(await changedOnDisk(first.session)).toBe(false);
    writeFileSync(path, writeTallyFile(freshState('someone else’s edit')));
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    expect(await changedOnDisk(first.session)).toBe(true);
    rmSync(path);
    expect(await changedOnDisk(first.session)).toBe(true);
  });

  it('keeps the document open and unsaved when the folder cannot be written', async () => {
    const dir = folder();
    const session: Session = { path: seedPath, origin: 'results', name: 'seed', stamp: null };
    const saved = await saveDocument(join(dir, 'gone', 'x.tally'), freshState('x'), session);
    expect(saved.outcome).toEqual({ status: 'failed', message: `${join(dir, 'gone', 'x.tally')} cannot be written: the folder ${join(dir, 'gone')} does not exist.` });
    expect(saved.session).toBe(session);
  });
});

describe('recent files', () => {
  it('keeps ten, newest first, without repeats, and reopens by id only', async () => {
    let paths: string[] = [];
    for (let index = 0; index < 12; index++) paths = rememberRecent(paths, `/files/f${index}.txt`);
    paths = rememberRecent(paths, '/files/f5.txt');
    expect(paths).toHaveLength(10);
    expect(paths.slice(0, 2)).toEqual(['/files/f5.txt', '/files/f11.txt']);
    const described = describeRecent(paths);
    expect(described[0]).toEqual({ id: expect.stringMatching(/^[0-9a-f]{12}$/), name: 'f5.txt', folder: '/files' });
    expect(pathOfRecent(paths, described[0]!.id)).toBe('/files/f5.txt');
    expect(pathOfRecent(paths, '/files/f5.txt')).toBeNull();

    const file = join(folder(), 'recent.json');
    await storeRecent(file, paths);
    expect(await loadRecent(file)).toEqual(paths);
    writeFileSync(file, '{ damaged');
    expect(await loadRecent(file)).toEqual([]);
    expect(await loadRecent(join(folder(), 'none.json'))).toEqual([]);
  });
});

describe('recovery', () => {
  it('keeps unsaved work until it is cleared, and drops a copy cut short', async () => {
    const file = join(folder(), 'recovery.json');
    expect(await readRecovery(file)).toBeNull();
    const recovery = { savedAt: '2026-11-30T10:00:00Z', name: 'results.txt', path: '/files/results.txt', origin: 'results' as const, stamp: { size: 10, mtimeMs: 1 }, state: freshState('edited text') };
    expect(await storeRecovery(file, recovery)).toEqual({ ok: true });
    expect(await readRecovery(file)).toEqual({ version: 1, ...recovery });
    await clearRecovery(file);
    expect(await readRecovery(file)).toBeNull();
    writeFileSync(file, '{"version":1,"savedAt":"2026-11');
    expect(await readRecovery(file)).toBeNull();
    expect(readdirSync(join(file, '..'))).toEqual([]);
  });
});

describe('restoreBounds', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 870 };
  const monitor = { x: 1440, y: 0, width: 2560, height: 1410 };
  it.each([
    ['where it was', { x: 100, y: 50, width: 1200, height: 800 }, [laptop], { x: 100, y: 50, width: 1200, height: 800, maximized: false }],
    ['shrunk to a smaller screen', { x: 0, y: 0, width: 2400, height: 1300 }, [laptop], { x: 0, y: 0, width: 1440, height: 870, maximized: false }],
    ['on the second screen', { x: 1600, y: 100, width: 1200, height: 800, maximized: true }, [laptop, monitor], { x: 1600, y: 100, width: 1200, height: 800, maximized: true }],
    ['centred when its screen is gone', { x: 1600, y: 100, width: 1200, height: 800 }, [laptop], { x: 80, y: 25, width: 1280, height: 820, maximized: false }],
    ['centred when nothing was saved', undefined, [laptop], { x: 80, y: 25, width: 1280, height: 820, maximized: false }],
    ['centred when the saved bounds are nonsense', { x: 'a', width: -5 }, [laptop], { x: 80, y: 25, width: 1280, height: 820, maximized: false }],
  ])('opens %s', (_what, saved, areas, expected) => {
    expect(restoreBounds(saved, areas)).toEqual(expected);
  });
});
