import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { TallyApi } from '../shared/api';
import { apiGlobalName, eventChannels, invokeChannels, type InvokeName } from '../shared/channels';

/**
 * The window's one door to the platform: a function per channel and two
 * subscriptions, on `window.tally`. Sandboxed, so it may require only
 * electron; the channel names come from a module with no dependencies.
 * Main checks every message again: nothing here is trusted.
 */
const invoke = Object.fromEntries(
  (Object.keys(invokeChannels) as InvokeName[]).map((name) => [name, (...args: unknown[]) => ipcRenderer.invoke(invokeChannels[name], ...args)]),
) as Pick<TallyApi, InvokeName>;

function subscribe<Payload>(channel: string, listener: (payload: Payload) => void): () => void {
  const handler = (_event: IpcRendererEvent, payload: Payload) => listener(payload);
  ipcRenderer.on(channel, handler);
  return () => ipcRenderer.removeListener(channel, handler);
}

const api: TallyApi = {
  ...invoke,
  onDocument: (listener) => subscribe(eventChannels.document, listener),
  onCommand: (listener) => subscribe(eventChannels.command, listener),
};

contextBridge.exposeInMainWorld(apiGlobalName, api);
