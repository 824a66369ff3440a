import { isAbsolute, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The rules that keep a results file, or anything it links to, from reaching
 * the user's machine: pure functions here, wired to Electron in index.ts.
 */

/** The app's own origin: the renderer is served from this custom scheme, never from file:// or the network. */
export const appScheme = 'app';
export const appHost = 'tally';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntry = `${appOrigin}/index.html`;

/**
 * The renderer's Content-Security-Policy: its own scripts only, inline styles
 * for the report preview, images from the app or data URLs, nothing from the
 * network, no plugins, no forms, no <base>.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const parse = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

/** The file under `root` that an app:// URL names, or null for any URL that is not the app's or would leave `root`. */
export function appFilePath(url: string, root: string): string | null {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== `${appScheme}:` || parsed.host !== appHost || parsed.username || parsed.password) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  // Dot segments are gone from a well-formed URL; one left after decoding was smuggled in as %2f.
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.split('/').includes('..')) return null;
  const relative = normalize(pathname === '/' ? '/index.html' : pathname).replace(/^[/\\]+/, '');
  if (relative.startsWith('..') || isAbsolute(relative)) return null;
  const file = join(root, relative);
  return file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null;
}

/** Whether a link may be handed to the system browser: https only, to a named host, with no credentials in it. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === 'https:' && parsed.hostname !== '' && !parsed.username && !parsed.password;
}

/** What to do when the window tries to go to a URL: never go there; open a dropped file; send https links to the browser. */
export type NavigationAction = { kind: 'deny' } | { kind: 'open-file'; path: string } | { kind: 'external'; url: string };

/** The extensions a dropped file may have to be opened. */
export const openableExtensions = ['txt', 'text', 'csv', 'tsv', 'md', 'tally'];

export function navigationAction(url: string): NavigationAction {
  const parsed = parse(url);
  if (!parsed) return { kind: 'deny' };
  if (parsed.protocol === 'file:' && !parsed.host) {
    const path = fileURLToPath(parsed);
    const extension = path.split('.').at(-1)?.toLowerCase() ?? '';
    return openableExtensions.includes(extension) && !path.endsWith(sep) ? { kind: 'open-file', path } : { kind: 'deny' };
  }
  return isSafeExternalUrl(url) ? { kind: 'external', url } : { kind: 'deny' };
}

/** Whether an IPC message comes from the app's own page in its main frame, not from an iframe or a page it was tricked into loading. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  if (!frame || frame.parent !== null) return false;
  const parsed = parse(frame.url);
  return parsed !== null && parsed.protocol === `${appScheme}:` && parsed.host === appHost;
}
