import { liveQuery } from 'dexie';
import type { Clock } from '../lib/clock';
import { studyDayOf } from '../lib/scheduler/study-day';
import { measured } from '../lib/perf';
import type { RecallDb } from './db';
import { deckSummaries, studiedToday } from './study';

/** Deck list counts that refresh whenever the cards, schedules or logs change. */
export function liveDeckSummaries(db: RecallDb, clock: Clock) {
  return liveQuery(() => measured('deck-counts', () => deckSummaries(db, clock.now())));
}

export function liveStudiedToday(db: RecallDb, clock: Clock) {
  return liveQuery(() => studiedToday(db, studyDayOf(clock.now())));
}
