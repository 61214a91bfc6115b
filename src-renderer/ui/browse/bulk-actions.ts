import {
  buryCards,
  deleteCards,
  flagCards,
  moveCards,
  removeTags,
  resetCards,
  setDue,
  suspendCards,
  unburyCards,
  unsuspendCards,
  addTags,
  type CardActionRecord,
} from '../../data/card-actions';
import type { RecallDb } from '../../data/db';
import type { Flag } from '../../data/schema';
import type { StudyDay } from '../../lib/scheduler/study-day';

/** What the browser's action bar can do to the selected cards; each is one undoable write. */
export type BulkAction =
  | { name: 'suspend' | 'unsuspend' | 'bury' | 'unbury' | 'reset' | 'delete' }
  | { name: 'flag'; flag: Flag | 0 }
  | { name: 'tag-add' | 'tag-remove'; tags: string[] }
  | { name: 'move'; deck: string }
  | { name: 'set-due'; days: number };

export interface BulkOutcome {
  record: CardActionRecord;
  /** New cards `set-due` left alone: they have no schedule to move. */
  skippedNew: number;
}

export async function runBulkAction(
  db: RecallDb,
  action: BulkAction,
  ids: readonly string[],
  now: number,
  day: StudyDay,
): Promise<BulkOutcome> {
  const plain = (record: CardActionRecord) => ({ record, skippedNew: 0 });
  switch (action.name) {
    case 'suspend':
      return plain(await suspendCards(db, ids));
    case 'unsuspend':
      return plain(await unsuspendCards(db, ids));
    case 'bury':
      return plain(await buryCards(db, ids, day));
    case 'unbury':
      return plain(await unburyCards(db, ids));
    case 'reset':
      return plain(await resetCards(db, ids));
    case 'delete':
      return plain(await deleteCards(db, ids));
    case 'flag':
      return plain(await flagCards(db, ids, action.flag));
    case 'tag-add':
      return plain(await addTags(db, ids, action.tags, now));
    case 'tag-remove':
      return plain(await removeTags(db, ids, action.tags, now));
    case 'move':
      return plain(await moveCards(db, ids, action.deck, now));
    case 'set-due': {
      const { skippedNew, ...record } = await setDue(db, ids, action.days, day);
      return { record, skippedNew };
    }
  }
}
