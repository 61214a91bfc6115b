import { liveQuery } from 'dexie';
import type { Clock } from '../lib/clock';
import { studyDayOf } from '../lib/scheduler/study-day';
import { measured } from '../lib/perf';
import type { RecallDb } from './db';
import { DEFAULT_PRESET_ID } from './schema';
import { deckSummaries, studiedToday } from './study';

/** Deck list counts that refresh whenever the cards, schedules or logs change. */
export function liveDeckSummaries(db: RecallDb, clock: Clock) {
  return liveQuery(() => measured('deck-counts', () => deckSummaries(db, clock.now())));
}

/** "Studied today" over every deck, by the default preset's study day. */
export function liveStudiedToday(db: RecallDb, clock: Clock) {
  return liveQuery(async () => {
    const preset = await db.presets.get(DEFAULT_PRESET_ID);
    return studiedToday(db, studyDayOf(clock.now(), preset?.rolloverHour));
  });
}
