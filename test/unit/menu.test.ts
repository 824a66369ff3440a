import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate, type MenuActions } from '../../main/menu';

const actions = (): MenuActions => ({ open: vi.fn(), openRecent: vi.fn(), openSample: vi.fn(), closeWindow: vi.fn(), about: vi.fn(), send: vi.fn() });

/** Every item of a menu, depth first, with the label path that leads to it. */
function items(template: MenuItemConstructorOptions[], path: string[] = []): { path: string; item: MenuItemConstructorOptions }[] {
  return template.flatMap((item) => {
    const here = [...path, (item.label ?? item.role ?? '').replace('&', '')];
    const submenu = Array.isArray(item.submenu) ? items(item.submenu, here) : [];
    return [{ path: here.join(' › '), item }, ...submenu];
  });
}

describe('the application menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('on %s has the usual accelerators, none twice', (platform) => {
    const all = items(menuTemplate(platform, [], actions()));
    const accelerators = all.map(({ item }) => item.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
    const byLabel = Object.fromEntries(all.map(({ path, item }) => [path, item.accelerator]));
    expect(byLabel).toMatchObject({
      'File › Open…': 'CmdOrCtrl+O',
      'File › Save': 'CmdOrCtrl+S',
      'File › Save As…': 'CmdOrCtrl+Shift+S',
      'File › Export Word…': 'CmdOrCtrl+E',
      'File › Print…': 'CmdOrCtrl+P',
      'Edit › Undo': 'CmdOrCtrl+Z',
      'Edit › Find…': 'CmdOrCtrl+F',
      'Edit › Next Problem': 'F8',
      'Edit › Previous Problem': 'Shift+F8',
    });
  });

  it('sends the window its commands and opens recent files by id', () => {
    const act = actions();
    const all = items(menuTemplate('linux', [{ id: 'abc123', name: 'AGM.tally', folder: '/files' }], act));
    const click = (path: string) => (all.find((entry) => entry.path === path)!.item.click as () => void)();
    click('File › Save');
    click('File › Export PDF…');
    click('View › Preview');
    click('File › Open Recent › AGM.tally');
    click('Help › Open Sample Results');
    expect(act.send).toHaveBeenNthCalledWith(1, 'save');
    expect(act.send).toHaveBeenNthCalledWith(2, { export: 'pdf' });
    expect(act.send).toHaveBeenNthCalledWith(3, { togglePane: 'preview' });
    expect(act.openRecent).toHaveBeenCalledWith('abc123');
    expect(act.openSample).toHaveBeenCalled();
  });

  it('says so when there are no recent files', () => {
    const recent = items(menuTemplate('linux', [], actions())).find((entry) => entry.path === 'File › Open Recent › No recent files');
    expect(recent?.item.enabled).toBe(false);
  });

  it('puts the app menu first on macOS only', () => {
    expect(menuTemplate('darwin', [], actions())[0]!.label).toBe('Tally Desk');
    expect(menuTemplate('win32', [], actions())[0]!.label).toBe('&File');
  });
});
