import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { invokeContract } from '../shared/api';
import { invokeChannels, type InvokeName } from '../shared/channels';
import type { z } from 'zod';
import { isTrustedSender } from './security';

/** What main does for each invoke channel, with arguments already checked against the contract. */
export type InvokeHandlers = {
  [Name in InvokeName]: (
    ...args: z.infer<(typeof invokeContract)[Name]['args']>
  ) => Promise<z.infer<(typeof invokeContract)[Name]['result']>> | z.infer<(typeof invokeContract)[Name]['result']>;
};

/**
 * The single checkpoint between the window and the machine. A message is
 * handled only when it comes from the app's own page in its main frame and
 * its arguments parse against the contract; anything else is refused before
 * a handler runs, and the refusal is an error in the window, because only a
 * bug or an attack sends one.
 */
export function registerInvokeHandlers(ipc: Pick<IpcMain, 'handle'>, handlers: InvokeHandlers, log: (message: string) => void = console.warn): void {
  for (const name of Object.keys(invokeChannels) as InvokeName[]) {
    const channel = invokeChannels[name];
    const contract = invokeContract[name];
    ipc.handle(channel, async (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, ...args: unknown[]) => {
      if (!isTrustedSender(event.senderFrame)) {
        log(`Refused ${channel} from ${event.senderFrame?.url ?? 'a closed frame'}.`);
        throw new Error(`${channel}: refused: not sent by the app's own page.`);
      }
      const parsed = contract.args.safeParse(args);
      if (!parsed.success) {
        log(`Refused ${channel}: ${parsed.error.issues[0]?.message}`);
        throw new Error(`${channel}: refused: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
      }
      const handler = handlers[name] as (...values: unknown[]) => unknown;
      return handler(...(parsed.data as unknown[]));
    });
  }
}
