/**
 * Bumped by every automatic backup, so that an open Backups section lists it. A module of its
 * own so that the automatic backups started at launch do not pull in the Backups section.
 */
export const autoBackups = $state({ written: 0 });
