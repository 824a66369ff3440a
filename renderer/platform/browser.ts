import sampleText from '../../assets/sample-results.txt?raw';
import type { MenuCommand, OpenedDocument, OpenOutcome, TallyApi, WriteOutcome } from '../../shared/api';
import { decode, MAX_FILE_BYTES, tooLarge } from '../../shared/decode';
import { freshState, readTallyFile, writeTallyFile, type DocumentState } from '../../shared/document-file';
import { renderExport } from '../../shared/report/export';
import { isoDateOf, reportOfState } from '../../shared/report/from-state';
import { renderHtml } from '../../shared/report/html';

/**
 * Tally Desk in a browser, with no install: open by file picker or by
 * dropping a file, save and export as downloads, print and PDF through the
 * browser's own print, unsaved work kept in local storage. The window's
 * code cannot tell this from the desktop app's preload.
 */
const recoveryKey = 'tally-desk:recovery';

/** The keys the desktop menu answers, answered here by the page itself. */
const shortcuts: { key: string; shift: boolean; command: MenuCommand }[] = [
  { key: 's', shift: false, command: 'save' },
  { key: 's', shift: true, command: 'save-as' },
  { key: 'e', shift: false, command: { export: 'docx' } },
  { key: 'e', shift: true, command: { export: 'pdf' } },
  { key: 'p', shift: false, command: 'print' },
  { key: '.', shift: false, command: 'quick-fix' },
];

export function createBrowserApi(window: Window = globalThis.window): TallyApi {
  const documentListeners = new Set<(document: OpenedDocument) => void>();
  const commandListeners = new Set<(command: MenuCommand) => void>();
  let name = 'Sample results';
  let edited = false;
  const show = (outcome: OpenOutcome) => {
    if (outcome.status === 'opened') {
      name = outcome.document.name;
      documentListeners.forEach((listener) => listener(outcome.document));
    }
    return outcome;
  };

  const saveAsDownload = (state: DocumentState) => download(window, `${stem(name)}.tally`, new TextEncoder().encode(writeTallyFile(state)), 'application/json');

  const sample = (): OpenOutcome => ({ status: 'opened', document: { ...freshState(sampleText), name: 'Sample results', origin: 'sample', encoding: 'utf-8', edited: false } });

  window.addEventListener('keydown', (event) => {
    if (event.key === 'F8') {
      event.preventDefault();
      commandListeners.forEach((listener) => listener(event.shiftKey ? 'previous-problem' : 'next-problem'));
      return;
    }
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    // Text boxes and the source keep their own undo keys; elsewhere (the table, a button) they undo the text.
    if ((key === 'z' || key === 'y') && !isEditable(event.target)) {
      event.preventDefault();
      commandListeners.forEach((listener) => listener(key === 'y' || event.shiftKey ? 'redo' : 'undo'));
      return;
    }
    const shortcut = shortcuts.find((candidate) => candidate.key === event.key.toLowerCase() && candidate.shift === event.shiftKey);
    if (shortcut) {
      event.preventDefault();
      commandListeners.forEach((listener) => listener(shortcut.command));
    } else if (event.key.toLowerCase() === 'o' && !event.shiftKey) {
      event.preventDefault();
      void api.open();
    }
  });
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) void readFile(file).then((outcome) => show(outcome));
  });
  window.addEventListener('beforeunload', (event) => {
    if (edited) event.preventDefault();
  });

  const api: TallyApi = {
    async ready() {
      const stored = window.localStorage.getItem(recoveryKey);
      const recovered = stored ? readTallyFile(stored) : null;
      if (recovered?.ok && window.confirm('Tally Desk closed before your changes were saved. Restore them?')) {
        show({ status: 'opened', document: { ...recovered.state, name: 'Recovered results', origin: 'recovered', encoding: 'utf-8', edited: true } });
        return;
      }
      window.localStorage.removeItem(recoveryKey);
      show(sample());
    },
    async open() {
      const file = await pickFile(window);
      return file ? show(await readFile(file)) : { status: 'cancelled' };
    },
    openRecent: async () => ({ status: 'failed', message: 'The browser keeps no recent files.' }),
    openSample: async () => show(sample()),
    recentFiles: async () => [],
    // A browser cannot write back to the file it read: Save and Save As both download.
    save: async (state) => saveAsDownload(state),
    saveAs: async (state) => saveAsDownload(state),
    async exportReport(format, state) {
      const report = await reportOfState(state, isoDateOf(new Date()));
      if (format === 'pdf') return printHtml(window, renderHtml(report));
      const rendered = await renderExport(report, format, async () => ({ ok: false, message: 'unreachable' }));
      return rendered.ok ? download(window, `${stem(name)}.${format}`, rendered.bytes, mediaTypes[format]) : { status: 'failed', message: rendered.message };
    },
    print: async (state) => printHtml(window, renderHtml(await reportOfState(state, isoDateOf(new Date())))),
    async setEdited(value) {
      edited = value;
      window.document.title = `${name}${edited ? ' •' : ''} — Tally Desk`;
      if (!edited) window.localStorage.removeItem(recoveryKey);
    },
    async storeRecovery(state) {
      if (!edited) return;
      try {
        window.localStorage.setItem(recoveryKey, writeTallyFile(state));
      } catch {
        // Local storage is full or forbidden: the browser cannot keep a copy, and says nothing worse than before.
      }
    },
    close: async () => undefined,
    onDocument(listener) {
      documentListeners.add(listener);
      return () => documentListeners.delete(listener);
    },
    onCommand(listener) {
      commandListeners.add(listener);
      return () => commandListeners.delete(listener);
    },
  };
  return api;
}

const mediaTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  html: 'text/html;charset=utf-8',
  pdf: 'application/pdf',
} as const;

const stem = (name: string) => name.replace(/\.[^.]+$/, '') || 'Results';

async function readFile(file: File): Promise<OpenOutcome> {
  if (file.size > MAX_FILE_BYTES) return { status: 'failed', message: `${file.name}: ${tooLarge(file.size)}` };
  const decoded = decode(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return { status: 'failed', message: `${file.name}: ${decoded.message}` };
  const document = { name: file.name, encoding: decoded.encoding, edited: false };
  if (!file.name.toLowerCase().endsWith('.tally')) return { status: 'opened', document: { ...freshState(decoded.text), ...document, origin: 'results' } };
  const saved = readTallyFile(decoded.text);
  return saved.ok ? { status: 'opened', document: { ...saved.state, ...document, origin: 'tally' } } : { status: 'failed', message: `${file.name} cannot be opened: ${saved.message}` };
}

function pickFile(window: Window): Promise<File | null> {
  return new Promise((resolve) => {
    const input = window.document.createElement('input');
    input.type = 'file';
    input.accept = '.txt,.text,.csv,.tsv,.md,.tally';
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

function download(window: Window, name: string, bytes: Uint8Array, type: string): WriteOutcome {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = window.document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { status: 'written', name };
}

/** The browser's print dialog on the report, from a hidden frame; "Save as PDF" there makes the PDF. */
function printHtml(window: Window, html: string): WriteOutcome {
  const frame = window.document.createElement('iframe');
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  frame.srcdoc = html;
  frame.addEventListener('load', () => {
    frame.contentWindow?.print();
    setTimeout(() => frame.remove(), 1000);
  });
  window.document.body.append(frame);
  return { status: 'written', name: 'the browser’s print dialog' };
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}
