import type { TallyApi } from '../../shared/api';
import { apiGlobalName } from '../../shared/channels';
import { createBrowserApi } from './browser';

/** The platform the window runs on: the desktop app's preload puts it on `window`; in a browser, the page provides it. */
export function platformApi(): TallyApi {
  return (window as unknown as Record<string, TallyApi | undefined>)[apiGlobalName] ?? createBrowserApi();
}
