import { liveQuery } from 'dexie';
import type { Clock } from '../lib/clock';
import { studyDayOf } from '../lib/scheduler/study-day';
import { measured } from '../lib/perf';
import { restoreBuried } from './card-actions';
import type { RecallDb } from './db';
import { DEFAULT_PRESET_ID } from './schema';
import { deckSummaries, studiedToday } from './study';

/**
 * Deck list counts that refresh whenever the cards, schedules or logs change. Buried cards whose
 * day is over go back first, outside the query (a live query may not write); that write wakes the
 * query again, and a failed one is the query's error.
 */
export function liveDeckSummaries(db: RecallDb, clock: Clock) {
  let failure: unknown;
  restoreBuried(db, studyDayOf(clock.now()).start).catch((error: unknown) => {
    failure = error;
  });
  return liveQuery(() => {
    if (failure !== undefined) {
      throw failure;
    }
    return measured('deck-counts', () => deckSummaries(db, clock.now()));
  });
}

/** "Studied today" over every deck, by the default preset's study day. */
export function liveStudiedToday(db: RecallDb, clock: Clock) {
  return liveQuery(async () => {
    const preset = await db.presets.get(DEFAULT_PRESET_ID);
    return studiedToday(db, studyDayOf(clock.now(), preset?.rolloverHour));
  });
}
