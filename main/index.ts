import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session, shell, type WebContents } from 'electron';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { eventChannels } from '../shared/channels';
import type { MenuCommand } from '../shared/api';
import { createShell } from './handlers';
import { registerInvokeHandlers } from './ipc';
import { fileArgument } from './launch-args';
import { menuTemplate } from './menu';
import { printInWindow, printPdfInWindow } from './pdf-window';
import { appEntry, appFilePath, appScheme, contentSecurityPolicy, isSafeExternalUrl, navigationAction } from './security';
import { restoreBounds, storeBoundsSync } from './window-state';

/** Wiring only: Electron's objects handed to the logic in the other files of main/. */

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererRoot = join(here, '../renderer');
const preloadPath = join(here, '../preload/preload.cjs');
const windowStateFile = () => join(app.getPath('userData'), 'window.json');

protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let mainWindow: BrowserWindow | null = null;
let closingConfirmed = false;

const send = (channel: string, payload: unknown) => mainWindow?.webContents.send(channel, payload);
const sendCommand = (command: MenuCommand) => send(eventChannels.command, command);

const shellState = createShell({
  userData: app.getPath('userData'),
  documentsFolder: app.getPath('documents'),
  samplePath: join(app.getAppPath(), 'assets', 'sample-results.txt'),
  async chooseFileToOpen(extensions) {
    const result = await dialog.showOpenDialog(mainWindow!, { properties: ['openFile'], filters: [{ name: 'Results and Tally Desk files', extensions }, { name: 'All files', extensions: ['*'] }] });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  async chooseFileToSave(defaultPath, filter) {
    const result = await dialog.showSaveDialog(mainWindow!, { defaultPath, filters: [filter] });
    return result.canceled ? null : (result.filePath ?? null);
  },
  async confirmOverwriteChanged(name) {
    const { response } = await dialog.showMessageBox(mainWindow!, {
      type: 'warning', buttons: ['Overwrite', 'Cancel'], defaultId: 1, cancelId: 1,
      message: `${name} has changed on disk since you opened it.`,
      detail: 'Saving now replaces those changes with yours. Use Save As to keep both.',
    });
    return response === 0;
  },
  async confirmDiscard(name) {
    const { response } = await dialog.showMessageBox(mainWindow!, {
      type: 'warning', buttons: ['Discard Changes', 'Cancel'], defaultId: 1, cancelId: 1,
      message: `Discard your unsaved changes to ${name}?`,
      detail: 'To keep them, cancel and save first.',
    });
    return response === 0;
  },
  async confirmRestore(name, savedAt) {
    const { response } = await dialog.showMessageBox(mainWindow!, {
      type: 'question', buttons: ['Restore', 'Discard'], defaultId: 0, cancelId: 1,
      message: `Tally Desk closed before your changes to ${name} were saved.`,
      detail: `A copy from ${new Date(savedAt).toLocaleString()} was kept. Restore it?`,
    });
    return response === 0;
  },
  showDocument: (document) => send(eventChannels.document, document),
  showError: (message) => void dialog.showMessageBox(mainWindow!, { type: 'error', message }),
  showTitle(name, edited) {
    mainWindow?.setTitle(`${name}${edited ? ' •' : ''} — Tally Desk`);
    mainWindow?.setDocumentEdited(edited);
  },
  closeWindow: () => mainWindow?.close(),
  recentChanged: () => setMenu(),
  printPdf: printPdfInWindow,
  printHtml: printInWindow,
  now: () => new Date(),
});

const menuActions = {
  open: () => void shellState.open(),
  openRecent: (id: string) => void shellState.openRecent(id),
  openSample: () => void shellState.openSample(),
  closeWindow: () => mainWindow?.close(),
  about: () => void dialog.showMessageBox(mainWindow!, { message: `Tally Desk ${app.getVersion()}`, detail: 'Check, correct and publish voting results.' }),
  send: sendCommand,
};

function setMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, shellState.recentFiles(), menuActions)));
}

/** Every web contents is kept on its page: no navigation, no new windows, no webviews; https links go to the browser. */
function harden(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    const action = navigationAction(event.url);
    if (action.kind === 'open-file') void shellState.openFromOutside(action.path);
    if (action.kind === 'external') void shell.openExternal(action.url); // eng-disable OPEN_EXTERNAL_JS_CHECK only https links that navigationAction passed
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK only https links that isSafeExternalUrl passed
    return { action: 'deny' };
  });
}

async function createWindow(): Promise<void> {
  const saved = await readFile(windowStateFile(), 'utf8').then(JSON.parse).catch(() => null);
  const bounds = restoreBounds(saved, screen.getAllDisplays().map((display) => display.workArea));
  mainWindow = new BrowserWindow({
    ...bounds,
    show: false,
    title: 'Tally Desk',
    // The preload is sandboxed and exposes one function per IPC channel; main checks every message (ipc.ts).
    // A file dropped on the window becomes a file:// navigation, which will-navigate turns into opening it.
    webPreferences: { preload: preloadPath, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, spellcheck: false, disableBlinkFeatures: 'Auxclick', navigateOnDragDrop: true }, // eng-disable PRELOAD_JS_CHECK reviewed
  });
  mainWindow.once('ready-to-show', () => (bounds.maximized ? mainWindow?.maximize() : mainWindow?.show()));
  // A crashed page is reloaded; it asks for its document again and gets its unsaved work back.
  mainWindow.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit') mainWindow?.reload();
  });
  mainWindow.on('close', (event) => {
    const window = mainWindow!;
    storeBoundsSync(windowStateFile(), { ...window.getNormalBounds(), maximized: window.isMaximized() });
    if (!shellState.isEdited() || closingConfirmed) return;
    event.preventDefault();
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning', buttons: ['Save', 'Don’t Save', 'Cancel'], defaultId: 0, cancelId: 2,
      message: 'Save your changes before closing?', detail: 'Your changes will be lost if you don’t save them.',
    });
    if (choice === 0) sendCommand('save-and-close');
    if (choice === 1) {
      closingConfirmed = true;
      void shellState.discardChanges().then(() => window.close());
    }
  });
  mainWindow.on('closed', () => (mainWindow = null));
  await mainWindow.loadURL(appEntry);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
    const path = fileArgument(argv, !app.isPackaged);
    if (path) void shellState.openFromOutside(resolve(workingDirectory, path));
  });
  // macOS hands over files opened from the Finder this way, before or after the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void shellState.openFromOutside(path);
  });
  app.on('web-contents-created', (_event, contents) => harden(contents));
  app.on('window-all-closed', () => app.quit());

  app.whenReady().then(async () => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    protocol.handle(appScheme, async (request) => {
      const file = appFilePath(request.url, rendererRoot);
      const response = file && (await net.fetch(pathToFileURL(file).toString()).catch(() => null));
      if (!response) return new Response('Not found', { status: 404 });
      const headers = new Headers(response.headers);
      headers.set('Content-Security-Policy', contentSecurityPolicy);
      headers.set('X-Content-Type-Options', 'nosniff');
      return new Response(response.body, { status: response.status, headers });
    });
    registerInvokeHandlers(ipcMain, shellState.handlers);
    setMenu();
    const launched = fileArgument(process.argv, !app.isPackaged);
    if (launched) await shellState.openFromOutside(resolve(launched));
    await createWindow();
  }).catch((error: Error) => {
    dialog.showErrorBox('Tally Desk could not start', error.message);
    app.exit(1);
  });
}
