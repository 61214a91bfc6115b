/**
 * The application menu. Commands that belong to the app (Import…, Export…, Backups…, Settings)
 * are sent to the renderer as MenuCommand; the rest are Electron roles. Built from plain
 * data so the template is tested without Electron. Reload and the developer tools are for
 * development builds only: in a packaged app they would let anyone open a console in the window.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../src-renderer/lib/ipc/channels';
import type { MessageKey } from '../src-renderer/lib/i18n';

export type MenuTranslate = (key: MessageKey) => string;

export interface MenuTarget {
  platform: NodeJS.Platform;
  /** An unpackaged app (`npm start`): the View menu gains Reload and the developer tools. */
  development: boolean;
}

export function buildMenuTemplate(
  t: MenuTranslate,
  send: (command: MenuCommand) => void,
  { platform, development }: MenuTarget,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const developerItems: MenuItemConstructorOptions[] = development
    ? [
        { role: 'reload', label: t('menu.reload') },
        { role: 'toggleDevTools', label: t('menu.devTools') },
        { type: 'separator' },
      ]
    : [];
  const command = (
    key: MessageKey,
    name: MenuCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label: t(key),
    click: () => send(name),
    ...(accelerator ? { accelerator } : {}),
  });
  const settings = command('menu.settings', 'settings', 'CmdOrCtrl+,');
  const about: MenuItemConstructorOptions = { role: 'about', label: t('menu.about') };
  const quit: MenuItemConstructorOptions = { role: 'quit', label: t('menu.quit') };

  return [
    ...(mac
      ? [
          {
            role: 'appMenu',
            submenu: [
              about,
              { type: 'separator' },
              settings,
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              quit,
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: t('menu.file'),
      submenu: [
        command('menu.import', 'import', 'CmdOrCtrl+O'),
        command('menu.export', 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        command('menu.backups', 'backups'),
        ...(mac ? [] : [settings, { type: 'separator' } as const, quit]),
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        ...developerItems,
        { role: 'resetZoom', label: t('menu.resetZoom') },
        { role: 'zoomIn', label: t('menu.zoomIn') },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('menu.fullScreen') },
      ],
    },
    {
      label: t('menu.window'),
      role: 'windowMenu',
      submenu: [
        { role: 'minimize', label: t('menu.minimize') },
        { role: 'close', label: t('menu.close') },
      ],
    },
    {
      label: t('menu.help'),
      role: 'help',
      submenu: mac ? [] : [about],
    },
  ];
}
