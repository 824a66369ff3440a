/**
 * The names of the IPC channels between the window and the main process.
 * Free of dependencies, because the sandboxed preload imports it and can
 * require nothing but electron. Their payloads are defined in `api.ts`.
 */
export const invokeChannels = {
  ready: 'tally:ready',
  open: 'tally:open',
  openRecent: 'tally:open-recent',
  openSample: 'tally:open-sample',
  recentFiles: 'tally:recent-files',
  save: 'tally:save',
  saveAs: 'tally:save-as',
  exportReport: 'tally:export-report',
  print: 'tally:print',
  setEdited: 'tally:set-edited',
  storeRecovery: 'tally:store-recovery',
  close: 'tally:close',
} as const;

export const eventChannels = {
  document: 'tally:document',
  command: 'tally:command',
} as const;

export type InvokeName = keyof typeof invokeChannels;

/** The name the preload gives the API on `window`. */
export const apiGlobalName = 'tally';
