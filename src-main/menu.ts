/**
 * The application menu. Commands that belong to the app (Import…, Export…, Backups…, Settings)
 * are sent to the renderer as MenuCommand; the rest are Electron roles. Built from plain
 * data so the template is tested without Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from './channels';
import type { MessageKey } from '../src-renderer/lib/i18n';

export type MenuTranslate = (key: MessageKey) => string;

export function buildMenuTemplate(
  t: MenuTranslate,
  send: (command: MenuCommand) => void,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
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
        { role: 'reload', label: t('menu.reload') },
        { role: 'toggleDevTools', label: t('menu.devTools') },
        { type: 'separator' },
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
