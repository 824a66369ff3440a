import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile } from '../shared/api';

/** What the menu's items do: the few that main carries out, and commands it sends to the window. */
export type MenuActions = {
  open(): void;
  openRecent(id: string): void;
  openSample(): void;
  closeWindow(): void;
  about(): void;
  send(command: MenuCommand): void;
};

/**
 * The application menu, as a pure function of the platform, the recent
 * files and the actions, so that its shape and accelerators are tested
 * without Electron. Roles give the native behaviour of Cut, Copy, Zoom and the rest.
 */
export function menuTemplate(platform: NodeJS.Platform, recent: RecentFile[], actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? recent.map((file) => ({ label: file.name, sublabel: file.folder, click: () => actions.openRecent(file.id) }))
    : [{ label: 'No recent files', enabled: false }];
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: actions.open },
      { label: 'Open Recent', submenu: recentItems },
      { type: 'separator' },
      { label: 'Save', accelerator: 'CmdOrCtrl+S', click: () => actions.send('save') },
      { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.send('save-as') },
      { type: 'separator' },
      { label: 'Export Word…', accelerator: 'CmdOrCtrl+E', click: () => actions.send({ export: 'docx' }) },
      { label: 'Export PDF…', accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.send({ export: 'pdf' }) },
      { label: 'Export CSV…', click: () => actions.send({ export: 'csv' }) },
      { label: 'Print…', accelerator: 'CmdOrCtrl+P', click: () => actions.send('print') },
      { type: 'separator' },
      { label: 'Close', accelerator: 'CmdOrCtrl+W', click: actions.closeWindow },
      ...(mac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      // The window decides: a text box's own history while one has the focus, else the one history of the text.
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => actions.send('undo') },
      { label: 'Redo', accelerator: mac ? 'Cmd+Shift+Z' : 'Ctrl+Shift+Z', click: () => actions.send('redo') },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: () => actions.send('find') },
      { label: 'Next Problem', accelerator: 'F8', click: () => actions.send('next-problem') },
      { label: 'Previous Problem', accelerator: 'Shift+F8', click: () => actions.send('previous-problem') },
      { label: 'Quick Fix…', accelerator: 'CmdOrCtrl+.', click: () => actions.send('quick-fix') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { label: 'Source', accelerator: 'CmdOrCtrl+1', click: () => actions.send({ togglePane: 'source' }) },
      { label: 'Results', accelerator: 'CmdOrCtrl+2', click: () => actions.send({ togglePane: 'results' }) },
      { label: 'Preview', accelerator: 'CmdOrCtrl+3', click: () => actions.send({ togglePane: 'preview' }) },
      { label: 'Problems', accelerator: 'CmdOrCtrl+4', click: () => actions.send({ togglePane: 'problems' }) },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [
      { label: 'Open Sample Results', click: actions.openSample },
      ...(mac ? [] : [{ label: 'About Tally Desk', click: actions.about }]),
    ],
  };
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [{ label: 'Tally Desk', submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }] }]
    : [];
  return [...appMenu, file, edit, view, { role: 'windowMenu' }, help];
}
