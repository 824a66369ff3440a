import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { freshState } from '../../shared/document-file';
import { createShell, type ShellEffects } from '../../main/handlers';
import type { OpenedDocument } from '../../shared/api';
import { readTallyFile } from '../../shared/document-file';
import { docxParagraphs } from '../support/documents';
import { fixturesDir } from '../support/fixtures';

const samplePath = new URL('../../assets/sample-results.txt', import.meta.url).pathname;
const seedPath = join(fixturesDir, 'seed_results_of_voting.txt');

/** The shell with Electron's dialogs and window replaced by answers given in advance, in a fresh user-data folder. */
function shellWith(overrides: Partial<ShellEffects> = {}, userData = mkdtempSync(join(tmpdir(), 'tally-user-'))) {
  const shown: OpenedDocument[] = [];
  const errors: string[] = [];
  const titles: string[] = [];
  const effects: ShellEffects = {
    userData,
    documentsFolder: mkdtempSync(join(tmpdir(), 'tally-documents-')),
    samplePath,
    chooseFileToOpen: vi.fn(async () => null),
    chooseFileToSave: vi.fn(async () => null),
    confirmOverwriteChanged: vi.fn(async () => false),
    confirmRestore: vi.fn(async () => false),
    confirmDiscard: vi.fn(async () => false),
    showDocument: (document) => shown.push(document),
    showError: (message) => errors.push(message),
    showTitle: (name, edited) => titles.push(`${name}${edited ? ' •' : ''}`),
    closeWindow: vi.fn(),
    recentChanged: vi.fn(),
    printPdf: vi.fn(async () => ({ ok: false as const, message: 'no printer here' })),
    printHtml: vi.fn(async () => ({ status: 'cancelled' as const })),
    now: () => new Date('2026-11-30T12:00:00Z'),
    ...overrides,
  };
  return { shell: createShell(effects), effects, shown, errors, titles, userData };
}

/** A session that stored unsaved work for recovery and then died, neither saving nor discarding it: its user folder. */
async function crashedWithUnsavedWork(): Promise<string> {
  const { shell, userData } = shellWith();
  await shell.handlers.ready();
  shell.handlers.setEdited(true);
  await shell.handlers.storeRecovery(freshState('unsaved corrections'));
  return userData;
}

describe('the shell', () => {
  it('starts on the bundled sample when no file was named', async () => {
    const { shell, shown } = shellWith();
    await shell.handlers.ready();
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ name: 'Sample results', origin: 'sample', edited: false, text: readFileSync(samplePath, 'utf8') });
  });

  it('starts on a file named at launch, even when it was named before the window was ready', async () => {
    const { shell, shown } = shellWith();
    await shell.openFromOutside(seedPath);
    expect(shown).toEqual([]);
    await shell.handlers.ready();
    expect(shown.map((document) => document.name)).toEqual(['seed_results_of_voting.txt']);
  });

  it('saves a results file as a new .tally file, then saves there without asking, never over the results file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tally-save-'));
    const target = join(folder, 'AGM.tally');
    const { shell, effects, titles } = shellWith({ chooseFileToOpen: async () => seedPath, chooseFileToSave: vi.fn(async () => target) });
    await shell.handlers.ready();
    await shell.handlers.open();
    const before = readFileSync(seedPath);
    shell.handlers.setEdited(true);
    const state = freshState('1. Corrected\n5 for; 2 against\n');
    expect(await shell.handlers.save(state)).toEqual({ status: 'written', name: 'AGM.tally' });
    expect(effects.chooseFileToSave).toHaveBeenCalledWith(join(fixturesDir, 'seed_results_of_voting.tally'), { name: 'Tally Desk document', extensions: ['tally'] });
    expect(readTallyFile(readFileSync(target, 'utf8'))).toEqual({ ok: true, state });
    expect(readFileSync(seedPath)).toEqual(before);
    expect(titles.at(-1)).toBe('AGM.tally');
    expect(shell.isEdited()).toBe(false);

    expect(await shell.handlers.save(freshState('second'))).toEqual({ status: 'written', name: 'AGM.tally' });
    expect(effects.chooseFileToSave).toHaveBeenCalledTimes(1);
    expect(shell.recentFiles().map((file) => file.name)).toEqual(['AGM.tally', 'seed_results_of_voting.txt']);
  });

  it('asks before saving over a file that changed on disk, and leaves it when told not to', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tally-save-'));
    const target = join(folder, 'AGM.tally');
    const { shell, effects } = shellWith({ chooseFileToSave: async () => target });
    await shell.handlers.ready();
    await shell.handlers.saveAs(freshState('mine'));
    writeFileSync(target, 'someone else’s version');
    utimesSync(target, new Date(), new Date(Date.now() + 10_000));
    expect(await shell.handlers.save(freshState('mine, later'))).toEqual({ status: 'cancelled' });
    expect(effects.confirmOverwriteChanged).toHaveBeenCalledWith('AGM.tally');
    expect(readFileSync(target, 'utf8')).toBe('someone else’s version');
  });

  it('keeps the document open and edited when the save fails', async () => {
    const { shell } = shellWith({ chooseFileToSave: async () => '/nonexistent/folder/AGM.tally' });
    await shell.handlers.ready();
    shell.handlers.setEdited(true);
    expect(await shell.handlers.save(freshState('x'))).toEqual({ status: 'failed', message: '/nonexistent/folder/AGM.tally cannot be written: the folder /nonexistent/folder does not exist.' });
    expect(shell.isEdited()).toBe(true);
  });

  it('exports the report of the window’s text, not of the file on disk', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tally-export-'));
    const { shell } = shellWith({ chooseFileToSave: async () => join(folder, 'report.docx') });
    await shell.handlers.ready();
    const state = freshState('Branch meeting\n\n1. Corrected motion text\n40 for; 2 against\n');
    expect(await shell.handlers.exportReport('docx', state)).toEqual({ status: 'written', name: 'report.docx' });
    const paragraphs = await docxParagraphs(readFileSync(join(folder, 'report.docx')));
    expect(paragraphs).toEqual(expect.arrayContaining(['Branch meeting', 'Corrected motion text', '40', '95.2%', 'Carried']));
  });

  it('reports a PDF that cannot be printed, and writes nothing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tally-export-'));
    const { shell } = shellWith({ chooseFileToSave: async () => join(folder, 'report.pdf') });
    await shell.handlers.ready();
    expect(await shell.handlers.exportReport('pdf', freshState('1. A\n3 for; 1 against\n'))).toEqual({ status: 'failed', message: 'no printer here' });
    expect(existsSync(join(folder, 'report.pdf'))).toBe(false);
  });

  it('offers unsaved work back after a crash, and drops it when declined', async () => {
    const userData = await crashedWithUnsavedWork();

    const restoring = shellWith({ confirmRestore: vi.fn(async () => true) }, userData);
    await restoring.shell.handlers.ready();
    expect(restoring.effects.confirmRestore).toHaveBeenCalledWith('Sample results', '2026-11-30T12:00:00.000Z');
    expect(restoring.shown[0]).toMatchObject({ origin: 'recovered', text: 'unsaved corrections', edited: true });

    const declining = shellWith({}, userData);
    await declining.shell.handlers.ready();
    expect(declining.shown[0]).toMatchObject({ origin: 'sample' });
    const again = shellWith({ confirmRestore: vi.fn(async () => true) }, userData);
    await again.shell.handlers.ready();
    expect(again.effects.confirmRestore).not.toHaveBeenCalled();
  });

  it('keeps no recovery copy of work that is not edited', async () => {
    const { shell, userData } = shellWith();
    await shell.handlers.ready();
    await shell.handlers.storeRecovery(freshState('nothing changed'));
    expect(existsSync(join(userData, 'recovery.json'))).toBe(false);
  });

  it('tells the user when a file opened from the OS cannot be read, and forgets it once it has vanished', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tally-recent-'));
    const path = join(folder, 'results.txt');
    writeFileSync(path, readFileSync(seedPath));
    const { shell, errors } = shellWith();
    await shell.handlers.ready();
    await shell.openFromOutside(path);
    expect(shell.recentFiles().map((file) => file.name)).toEqual(['results.txt']);
    const id = shell.recentFiles()[0]!.id;
    writeFileSync(path, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    await shell.openRecent(id);
    expect(errors).toEqual([expect.stringMatching(/results\.txt: .*(zip|Word)/)]);
    expect(shell.recentFiles()).toHaveLength(1); // still there: it may be readable again later
    rmSync(path);
    await shell.openRecent(id);
    expect(errors[1]).toMatch(/results\.txt does not exist\./);
    expect(shell.recentFiles()).toEqual([]);
  });

  it('asks before another document replaces unsaved changes, and keeps them when told to', async () => {
    const { shell, effects, shown } = shellWith({ chooseFileToOpen: async () => seedPath });
    await shell.handlers.ready();
    shell.handlers.setEdited(true);
    expect(await shell.handlers.open()).toEqual({ status: 'cancelled' });
    expect(await shell.handlers.openSample()).toEqual({ status: 'cancelled' });
    expect(effects.confirmDiscard).toHaveBeenCalledTimes(2);
    expect(shown).toHaveLength(1);
    expect(shell.isEdited()).toBe(true);

    const letting = shellWith({ chooseFileToOpen: async () => seedPath, confirmDiscard: vi.fn(async () => true) });
    await letting.shell.handlers.ready();
    letting.shell.handlers.setEdited(true);
    await letting.shell.handlers.storeRecovery(freshState('to be discarded'));
    expect(await letting.shell.handlers.open()).toMatchObject({ status: 'opened' });
    expect(existsSync(join(letting.userData, 'recovery.json'))).toBe(false);
  });

  it('offers recovered work before a file named at launch', async () => {
    const userData = await crashedWithUnsavedWork();

    const next = shellWith({ confirmRestore: vi.fn(async () => true) }, userData);
    await next.shell.openFromOutside(seedPath);
    await next.shell.handlers.ready();
    expect(next.shown.map((document) => document.origin)).toEqual(['recovered']);
  });

  it('gives a reloaded window its unsaved work back without asking', async () => {
    const { shell, shown, effects } = shellWith();
    await shell.handlers.ready();
    shell.handlers.setEdited(true);
    await shell.handlers.storeRecovery(freshState('typed before the crash'));
    await shell.handlers.ready();
    expect(shown.at(-1)).toMatchObject({ origin: 'recovered', text: 'typed before the crash', edited: true });
    expect(effects.confirmRestore).not.toHaveBeenCalled();
  });

  it('never brings back work that was discarded, even from a copy written at the same moment', async () => {
    const { shell, userData } = shellWith();
    await shell.handlers.ready();
    shell.handlers.setEdited(true);
    const late = shell.handlers.storeRecovery(freshState('late copy'));
    await shell.discardChanges();
    await late;
    await shell.handlers.storeRecovery(freshState('after discarding'));
    expect(existsSync(join(userData, 'recovery.json'))).toBe(false);
  });
});
