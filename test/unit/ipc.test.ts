import { describe, expect, it, vi } from 'vitest';
import { invokeChannels, type InvokeName } from '../../shared/channels';
import { defaultSettings } from '../../shared/model';
import { defaultReportOptions } from '../../shared/report/model';
import { registerInvokeHandlers, type InvokeHandlers } from '../../main/ipc';

type Listener = (event: { senderFrame: { url: string; parent: unknown } | null }, ...args: unknown[]) => Promise<unknown>;

function setUp() {
  const listeners = new Map<string, Listener>();
  const ipc = { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) };
  const handlers = Object.fromEntries(Object.keys(invokeChannels).map((name) => [name, vi.fn(async () => undefined)])) as unknown as Record<InvokeName, ReturnType<typeof vi.fn>>;
  registerInvokeHandlers(ipc as never, handlers as unknown as InvokeHandlers, () => undefined);
  const send = (name: InvokeName, frame: { url: string; parent: unknown } | null, ...args: unknown[]) => listeners.get(invokeChannels[name])!({ senderFrame: frame }, ...args);
  return { listeners, handlers, send };
}

const app = { url: 'app://tally/index.html', parent: null };
const state = { text: '1. A motion\n5 for; 2 against\n', settings: defaultSettings(), report: defaultReportOptions(), accepted: [] };

/** For every channel: arguments it must take, and arguments it must refuse. */
const payloads: Record<InvokeName, { valid: unknown[]; invalid: unknown[] }> = {
  ready: { valid: [], invalid: ['extra'] },
  open: { valid: [], invalid: ['/etc/passwd'] },
  openRecent: { valid: ['3f2a9c'], invalid: [{ path: '/etc/passwd' }] },
  openSample: { valid: [], invalid: [1] },
  recentFiles: { valid: [], invalid: [null] },
  save: { valid: [state], invalid: [{ ...state, settings: { ...state.settings, decimals: 7 } }] },
  saveAs: { valid: [state], invalid: [{ text: 42 }] },
  exportReport: { valid: ['docx', state], invalid: ['exe', state] },
  print: { valid: [state], invalid: [] },
  setEdited: { valid: [true], invalid: ['yes'] },
  storeRecovery: { valid: [state], invalid: [{ ...state, accepted: [{ code: 'no-such-code', motion: null, linesFingerprint: 'x', reason: 'r' }] }] },
  close: { valid: [], invalid: [{}] },
};

describe('the IPC checkpoint', () => {
  it('registers every channel of the contract', () => {
    expect([...setUp().listeners.keys()].sort()).toEqual(Object.values(invokeChannels).sort());
  });

  describe.each(Object.keys(invokeChannels) as InvokeName[])('%s', (name) => {
    it('runs the handler with a valid payload from the app', async () => {
      const { handlers, send } = setUp();
      await send(name, app, ...payloads[name].valid);
      expect(handlers[name]).toHaveBeenCalledTimes(1);
      expect(handlers[name]).toHaveBeenCalledWith(...payloads[name].valid);
    });
    it('refuses an invalid payload before the handler runs', async () => {
      const { handlers, send } = setUp();
      const invalid = payloads[name].invalid.length ? payloads[name].invalid : [...payloads[name].valid, 'one too many'];
      await expect(send(name, app, ...invalid)).rejects.toThrow(/refused/);
      expect(handlers[name]).not.toHaveBeenCalled();
    });
    it.each([
      ['a web page', { url: 'https://evil.example/', parent: null }],
      ['an iframe in the app', { url: 'app://tally/index.html', parent: { url: 'app://tally/index.html' } }],
      ['a closed frame', null],
    ])('refuses %s as the sender', async (_what, frame) => {
      const { handlers, send } = setUp();
      await expect(send(name, frame, ...payloads[name].valid)).rejects.toThrow(/not sent by the app's own page/);
      expect(handlers[name]).not.toHaveBeenCalled();
    });
  });

  it('passes on only what the contract names, not extra properties', async () => {
    const { handlers, send } = setUp();
    await send('save', app, { ...state, __proto_pollution: true, path: '/etc/passwd' });
    expect(handlers.save).toHaveBeenCalledWith(state);
  });
});
