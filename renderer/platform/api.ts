import type { TallyApi } from '../../shared/api';
import { apiGlobalName } from '../../shared/channels';

/** The platform the window runs on: the desktop app's preload puts it on `window`. */
export function platformApi(): TallyApi {
  const api = (window as unknown as Record<string, TallyApi | undefined>)[apiGlobalName];
  if (!api) throw new Error('Tally Desk’s platform API is missing: the window was opened without its preload.');
  return api;
}
