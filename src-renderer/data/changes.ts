import { Dexie, type ObservabilitySet } from 'dexie';
import type { RecallDb } from './db';

/**
 * Calls `onChange` after every committed write to `db`, from the event Dexie's liveQuery
 * already relies on (no dexie-observable, no hooks slowing bulk writes down).
 */
export function watchChanges(db: RecallDb, onChange: () => void): () => void {
  const prefix = `idb://${db.name}/`;
  const listener = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((key) => key.startsWith(prefix))) {
      onChange();
    }
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}
