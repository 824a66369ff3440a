import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../main/pdf';

/** The web build of the window, served on a free local port, and a Chromium to drive it: what `npm run web` gives a user. */
const root = new URL('../../', import.meta.url).pathname;
const webRoot = join(root, 'out/web');
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.txt': 'text/plain' };

export async function startWebApp(): Promise<{ url: string; browser: Browser; stop(): Promise<void> }> {
  execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--config', 'vite.web.config.ts'], { cwd: root, stdio: 'pipe', timeout: 120_000 });
  const server: Server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^\/+/, '') || 'index.html';
    try {
      const body = await readFile(join(webRoot, path.startsWith('..') ? 'index.html' : path));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const executablePath = findChromium();
  if (!executablePath) throw new Error('The end-to-end tests need Chromium: apt-get install chromium, or set CHROME_PATH.');
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    browser,
    async stop() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
