/**
 * Channel names and menu commands, kept apart from contract.ts because the sandboxed preload
 * bundles what it imports and must not carry zod: this module imports nothing.
 */
export const MENU_COMMANDS = ['import', 'export', 'backups', 'settings'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const CHANNELS = {
  appVersion: 'app:version',
  readShippedDecks: 'decks:read-shipped',
  openFiles: 'files:open',
  saveFile: 'files:save',
  writeBackup: 'backups:write',
  listBackups: 'backups:list',
  readBackup: 'backups:read',
  menu: 'menu:command',
} as const;

export function isMenuCommand(value: unknown): value is MenuCommand {
  return (MENU_COMMANDS as readonly unknown[]).includes(value);
}
