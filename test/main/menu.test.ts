import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../src-renderer/lib/ipc/channels';
import { buildMenuTemplate } from '../../src-main/menu';
import { translate, type Locale } from '../../src-renderer/lib/i18n';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

function build(platform: NodeJS.Platform, locale: Locale = 'en', development = false) {
  const send = vi.fn<(command: MenuCommand) => void>();
  const template = buildMenuTemplate((key) => translate(locale, key), send, {
    platform,
    development,
  });
  return { template, send, items: flatten(template) };
}

describe('application menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)(
    'on %s sends every app command to the renderer, once each',
    (platform) => {
      const { items, send } = build(platform);
      const clickable = items.filter((item) => item.click);
      for (const item of clickable) {
        (item.click as () => void)();
      }
      expect(send.mock.calls.map(([command]) => command).sort()).toEqual([...MENU_COMMANDS].sort());
      expect(items.filter((item) => item.role === 'quit')).toHaveLength(1);
    },
  );

  it('has File, Edit, View, Window and Help menus on Linux and Windows', () => {
    const { template } = build('linux');
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    const file = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(file.map((item) => item.label ?? item.type)).toEqual([
      'Import…',
      'Export…',
      'separator',
      'Backups…',
      'Settings',
      'separator',
      'Quit',
    ]);
  });

  it('puts Settings and Quit in the application menu on macOS', () => {
    const { template } = build('darwin');
    expect(template[0]?.role).toBe('appMenu');
    const appMenu = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(appMenu.map((item) => item.label).filter(Boolean)).toEqual([
      'About Recall Deck',
      'Settings',
      'Quit',
    ]);
  });

  it('labels every item in Japanese from the catalog', () => {
    const { template, items } = build('win32', 'ja');
    expect(template.map((item) => item.label)).toEqual([
      'ファイル',
      '編集',
      '表示',
      'ウインドウ',
      'ヘルプ',
    ]);
    for (const item of items) {
      if (item.type !== 'separator') {
        expect(item.label, JSON.stringify(item.role)).toMatch(/[^\x20-\x7e]|Recall Deck/);
      }
    }
  });

  describe('developer items', () => {
    const view = (development: boolean, platform: NodeJS.Platform) =>
      (build(platform, 'en', development).template.find((item) => item.label === 'View')?.submenu ??
        []) as MenuItemConstructorOptions[];

    it.each(['linux', 'win32', 'darwin'] as const)(
      'a packaged build on %s has neither Reload nor the developer tools',
      (platform) => {
        const items = build(platform).items;
        const roles = items.map((item) => item.role);
        expect(roles).not.toContain('reload');
        expect(roles).not.toContain('forceReload');
        expect(roles).not.toContain('toggleDevTools');
        expect(view(false, platform).map((item) => item.role ?? item.type)).toEqual([
          'resetZoom',
          'zoomIn',
          'zoomOut',
          'separator',
          'togglefullscreen',
        ]);
      },
    );

    it('a development build keeps them at the top of View', () => {
      expect(view(true, 'linux').map((item) => item.label ?? item.type)).toEqual([
        'Reload',
        'Toggle Developer Tools',
        'separator',
        'Actual Size',
        'Zoom In',
        'Zoom Out',
        'separator',
        'Toggle Full Screen',
      ]);
    });
  });
});
