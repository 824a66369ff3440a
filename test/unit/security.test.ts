import { describe, expect, it } from 'vitest';
import { appFilePath, isSafeExternalUrl, isTrustedSender, navigationAction } from '../../main/security';

const root = '/opt/tally/out/renderer';

describe('appFilePath', () => {
  it.each([
    ['app://tally/index.html', `${root}/index.html`],
    ['app://tally/', `${root}/index.html`],
    ['app://tally/assets/index-3f2a.js', `${root}/assets/index-3f2a.js`],
    ['app://tally/assets/a%20b.css', `${root}/assets/a b.css`],
    ['app://tally/index.html?x=1#top', `${root}/index.html`],
    // The URL parser resolves dot segments, plain or percent-encoded, before the path is read: these stay inside.
    ['app://tally/../main/index.js', `${root}/main/index.js`],
    ['app://tally/%2e%2e/%2e%2e/etc/passwd', `${root}/etc/passwd`],
  ])('serves %s from the renderer folder', (url, path) => {
    expect(appFilePath(url, root)).toBe(path);
  });
  it.each([
    'app://tally/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://tally/..%5c..%5cwindows',
    'app://tally/a%00b.html',
    'app://tally/%E0%A4%A',
    'app://evil/index.html',
    'app://user:pw@tally/index.html',
    'file:///etc/passwd',
    'https://tally/index.html',
    'app:/index.html',
    'not a url',
    '',
  ])('refuses %j', (url) => {
    expect(appFilePath(url, root)).toBeNull();
  });
});

describe('isSafeExternalUrl', () => {
  it.each(['https://example.org/', 'https://www.example.org/path?q=1#x', 'https://[::1]/'])('lets %s open in the browser', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });
  it.each([
    'http://example.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<script>', 'smb://server/share',
    'ms-msdt:/id', 'https://user:pass@example.org/', 'https://', 'HTTPS//example.org', '//example.org', 'vbscript:x', 'app://tally/index.html', ' ',
  ])('refuses %j', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('navigationAction', () => {
  it.each([
    ['file:///home/sam/results.txt', { kind: 'open-file', path: '/home/sam/results.txt' }],
    ['file:///home/sam/Conference%202025.TALLY', { kind: 'open-file', path: '/home/sam/Conference 2025.TALLY' }],
    ['https://example.org/rules', { kind: 'external', url: 'https://example.org/rules' }],
    ['file:///home/sam/photo.png', { kind: 'deny' }],
    ['file:///usr/bin/bash', { kind: 'deny' }],
    ['file://server/share/results.txt', { kind: 'deny' }],
    ['http://example.org/', { kind: 'deny' }],
    ['app://tally/other.html', { kind: 'deny' }],
    ['javascript:alert(1)', { kind: 'deny' }],
    ['chrome://settings', { kind: 'deny' }],
    ['garbage', { kind: 'deny' }],
  ])('for %s is %j', (url, action) => {
    expect(navigationAction(url)).toEqual(action);
  });
});

describe('isTrustedSender', () => {
  it('trusts only the app page in the main frame', () => {
    expect(isTrustedSender({ url: 'app://tally/index.html', parent: null })).toBe(true);
  });
  it.each([
    ['an iframe of the app', { url: 'app://tally/index.html', parent: {} }],
    ['a web page', { url: 'https://example.org/', parent: null }],
    ['a local file', { url: 'file:///home/sam/evil.html', parent: null }],
    ['another app host', { url: 'app://evil/index.html', parent: null }],
    ['a data URL', { url: 'data:text/html,hi', parent: null }],
    ['no frame at all', null],
  ])('refuses %s', (_what, frame) => {
    expect(isTrustedSender(frame)).toBe(false);
  });
});
