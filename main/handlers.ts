import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { OpenedDocument, OpenOutcome, WriteOutcome } from '../shared/api';
import { freshState, type DocumentState } from '../shared/document-file';
import { renderExport, type ExportFormat } from '../shared/report/export';
import { isoDateOf, reportOfState } from '../shared/report/from-state';
import { renderHtml } from '../shared/report/html';
import type { PrintPdf } from '../shared/report/pdf';
import { changedOnDisk, openDocument, saveDocument, saveTarget, suggestedSavePath, type Session } from './documents';
import { writeFileAtomic } from './files';
import type { InvokeHandlers } from './ipc';
import { describeRecent, forgetRecent, loadRecent, pathOfRecent, rememberRecent, storeRecent } from './recent';
import { clearRecovery, readRecovery, storeRecovery, type RecoveryFile } from './recovery';
import { openableExtensions } from './security';

/** What the handlers need from the desktop: dialogs, the window, and where things live. Electron provides it; tests fake it. */
export type ShellEffects = {
  userData: string;
  documentsFolder: string;
  samplePath: string;
  chooseFileToOpen(extensions: string[]): Promise<string | null>;
  chooseFileToSave(defaultPath: string, filter: { name: string; extensions: string[] }): Promise<string | null>;
  /** Asked before Save writes over a file that someone else changed since it was opened. */
  confirmOverwriteChanged(name: string): Promise<boolean>;
  /** Asked at start when unsaved work from a session that ended badly was found. */
  confirmRestore(name: string, savedAt: string): Promise<boolean>;
  /** Asked before another document replaces one with unsaved changes. */
  confirmDiscard(name: string): Promise<boolean>;
  showDocument(document: OpenedDocument): void;
  /** A failure of something the window did not ask for itself (the menu, the OS): shown by main. */
  showError(message: string): void;
  showTitle(name: string, edited: boolean): void;
  closeWindow(): void;
  recentChanged(): void;
  printPdf: PrintPdf;
  printHtml(html: string): Promise<WriteOutcome>;
  now(): Date;
};

const exportFilters: Record<ExportFormat, { name: string; extensions: string[] }> = {
  docx: { name: 'Word document', extensions: ['docx'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  csv: { name: 'CSV spreadsheet', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
  html: { name: 'Web page', extensions: ['html'] },
};

/**
 * The main process's side of every IPC channel, and the state behind it:
 * where the open document lives on disk, whether it has unsaved changes,
 * and the recent files. The window only ever sees names and opaque ids.
 */
export function createShell(effects: ShellEffects) {
  const recentFile = join(effects.userData, 'recent.json');
  const recoveryFile = join(effects.userData, 'recovery.json');
  let session: Session = { path: null, origin: 'sample', name: 'Sample results', stamp: null };
  let edited = false;
  let recent: string[] = [];
  let pendingPath: string | null = null;
  let started = false;
  // Recovery copies are written and removed strictly in turn, so a late write never brings back work that was saved or discarded.
  let recoveryQueue: Promise<unknown> = Promise.resolve();
  let lastRecovered = '';
  const inTurn = (step: () => Promise<unknown>) => (recoveryQueue = recoveryQueue.then(step, step));
  const dropRecovery = () => {
    lastRecovered = '';
    return inTurn(() => clearRecovery(recoveryFile));
  };

  const setEdited = (value: boolean) => {
    edited = value;
    effects.showTitle(session.name, edited);
  };

  /** Whether the open document may be replaced: it has no unsaved changes, or the user lets them go. */
  async function mayReplace(): Promise<boolean> {
    if (!edited) return true;
    if (!(await effects.confirmDiscard(session.name))) return false;
    setEdited(false);
    await dropRecovery();
    return true;
  }

  async function remember(path: string) {
    recent = rememberRecent(recent, path);
    await storeRecent(recentFile, recent);
    effects.recentChanged();
  }

  async function openPath(path: string): Promise<OpenOutcome> {
    if (!(await mayReplace())) return { status: 'cancelled' };
    const opened = await openDocument(path);
    if (opened.session) {
      session = opened.session;
      setEdited(false);
      await remember(path);
    } else if (recent.includes(path) && !existsSync(path)) {
      recent = forgetRecent(recent, path);
      await storeRecent(recentFile, recent);
      effects.recentChanged();
    }
    return opened.outcome;
  }

  async function openSample(): Promise<OpenOutcome> {
    if (!(await mayReplace())) return { status: 'cancelled' };
    const text = await readFile(effects.samplePath, 'utf8');
    session = { path: null, origin: 'sample', name: 'Sample results', stamp: null };
    setEdited(false);
    return { status: 'opened', document: { ...freshState(text), name: session.name, origin: 'sample', encoding: 'utf-8', edited: false } };
  }

  /** Shows an outcome's document in the window; a failure is returned for the window to report. */
  function show(outcome: OpenOutcome): OpenOutcome {
    if (outcome.status === 'opened') effects.showDocument(outcome.document);
    return outcome;
  }

  async function writeTo(path: string, state: DocumentState): Promise<WriteOutcome> {
    const saved = await saveDocument(path, state, session);
    if (saved.outcome.status === 'written') {
      session = saved.session;
      setEdited(false);
      await dropRecovery();
      await remember(path);
    }
    return saved.outcome;
  }

  async function saveAs(state: DocumentState): Promise<WriteOutcome> {
    const path = await effects.chooseFileToSave(suggestedSavePath(session, effects.documentsFolder), { name: 'Tally Desk document', extensions: ['tally'] });
    return path ? writeTo(path, state) : { status: 'cancelled' };
  }

  function restore(recovery: RecoveryFile): OpenOutcome {
    session = { path: recovery.path, origin: recovery.origin, name: recovery.name, stamp: recovery.stamp };
    setEdited(true);
    return { status: 'opened', document: { ...recovery.state, name: recovery.name, origin: 'recovered', encoding: 'utf-8', edited: true } };
  }

  /**
   * What the window starts with: work recovered after a crash when the user
   * wants it back, else a file named at launch, else the sample.
   */
  async function startingDocument(): Promise<OpenOutcome> {
    const recovery = await readRecovery(recoveryFile);
    if (recovery && (await effects.confirmRestore(recovery.name, recovery.savedAt))) return restore(recovery);
    await dropRecovery();
    const path = pendingPath;
    pendingPath = null;
    if (path) {
      const outcome = await openPath(path);
      if (outcome.status === 'opened') return outcome;
      reportFailure(outcome);
    }
    return openSample();
  }

  /** The window was reloaded (after its renderer crashed): it gets back what it had, unsaved work included. */
  async function currentDocument(): Promise<OpenOutcome> {
    const recovery = edited ? await readRecovery(recoveryFile) : null;
    if (recovery) return restore(recovery);
    if (session.path) return openPath(session.path);
    return openSample();
  }

  function reportFailure(outcome: OpenOutcome): void {
    if (outcome.status === 'failed') effects.showError(outcome.message);
  }

  const handlers: InvokeHandlers = {
    async ready() {
      if (started) {
        show(await currentDocument());
        return;
      }
      started = true;
      recent = await loadRecent(recentFile);
      effects.recentChanged();
      show(await startingDocument());
    },
    async open() {
      const path = await effects.chooseFileToOpen(openableExtensions);
      return path ? show(await openPath(path)) : { status: 'cancelled' };
    },
    async openRecent(id) {
      const path = pathOfRecent(recent, id);
      return path ? show(await openPath(path)) : { status: 'failed', message: 'That file is no longer in the recent list.' };
    },
    async openSample() {
      return show(await openSample());
    },
    recentFiles: () => describeRecent(recent),
    async save(state) {
      const target = saveTarget(session);
      if (!target) return saveAs(state);
      if ((await changedOnDisk(session)) && !(await effects.confirmOverwriteChanged(session.name))) return { status: 'cancelled' };
      return writeTo(target, state);
    },
    saveAs,
    async exportReport(format, state) {
      const stem = basename(session.name, extname(session.name)) || 'Results';
      const path = await effects.chooseFileToSave(join(effects.documentsFolder, `${stem}.${format}`), exportFilters[format]);
      if (!path) return { status: 'cancelled' };
      const report = await reportOfState(state, isoDateOf(effects.now()));
      const rendered = await renderExport(report, format, effects.printPdf);
      if (!rendered.ok) return { status: 'failed', message: rendered.message };
      const written = await writeFileAtomic(path, rendered.bytes);
      return written.ok ? { status: 'written', name: basename(path) } : { status: 'failed', message: written.message };
    },
    async print(state) {
      return effects.printHtml(renderHtml(await reportOfState(state, isoDateOf(effects.now()))));
    },
    setEdited,
    async storeRecovery(state) {
      const snapshot = JSON.stringify(state);
      if (!edited || snapshot === lastRecovered) return;
      lastRecovered = snapshot;
      const { name, path, origin, stamp } = session;
      await inTurn(async () => {
        // Checked again in turn: a save or a discard queued first wins.
        if (edited) await storeRecovery(recoveryFile, { savedAt: effects.now().toISOString(), name, path, origin, stamp, state });
      });
    },
    close: () => effects.closeWindow(),
  };

  return {
    handlers,
    recentFiles: () => describeRecent(recent),
    isEdited: () => edited,
    /** A file to open, from the OS or a second launch; before the window is ready it waits to be the first document. */
    async openFromOutside(path: string): Promise<void> {
      if (!started) {
        pendingPath = path;
        return;
      }
      reportFailure(show(await openPath(path)));
    },
    /** The menu's Open, Open Recent and Open Sample: the window did not ask, so main reports a failure. */
    open: async () => reportFailure(await handlers.open()),
    openRecent: async (id: string) => reportFailure(await handlers.openRecent(id)),
    openSample: async () => reportFailure(await handlers.openSample()),
    /** The user chose not to save: the changes and their recovery copy go. */
    discardChanges: async () => {
      setEdited(false);
      await dropRecovery();
    },
  };
}
