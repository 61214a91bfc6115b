import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CardContent } from '../../../src-renderer/lib/cards/card';
import { generateFromNotes } from '../../../src-renderer/lib/notes/generate';
import type { SearchContext } from '../../../src-renderer/lib/search/evaluate';
import type { BrowseRow } from '../../../src-renderer/lib/search/row';
import { studyDayOf } from '../../../src-renderer/lib/scheduler/study-day';

/** A morning well after the 04:00 rollover. */
export const NOW = new Date('2026-11-25T10:00:00');
export const DAY_MS = 86_400_000;
export const context: SearchContext = { now: NOW.getTime(), day: studyDayOf(NOW) };

const DECK_DIR = join(import.meta.dirname, '../../../decks/opcel-252');

/** The cards of the shipped OPCEL 252 notes, as the app generates them. */
export function shippedCards(): CardContent[] {
  const files = readdirSync(DECK_DIR)
    .filter((name) => /^252\..*\.md$/.test(name))
    .map((name) => ({
      path: `opcel-252/${name}`,
      text: readFileSync(join(DECK_DIR, name), 'utf8'),
    }));
  return generateFromNotes(files).cards;
}

/** A card as the browser sees it: new and never answered unless `schedule` says otherwise. */
export function rowOf(
  card: CardContent,
  position: number,
  schedule: Partial<BrowseRow> = {},
): BrowseRow {
  return {
    id: card.id,
    question: card.front,
    answer: card.back,
    deck: card.deck,
    tags: card.tags,
    kind: card.kind,
    state: 'new',
    queue: 'new',
    due: position,
    interval: 0,
    stability: 0,
    difficulty: 0,
    reps: 0,
    lapses: 0,
    flag: 0,
    position,
    createdAt: NOW.getTime() - 30 * DAY_MS,
    updatedAt: NOW.getTime() - 30 * DAY_MS,
    lastRatedAt: null,
    ...schedule,
  };
}

/** A card in review: due `dueInDays` study days from today (at noon), last answered `ratedDaysAgo`. */
export function reviewed(
  dueInDays: number,
  interval: number,
  ratedDaysAgo: number,
): Partial<BrowseRow> {
  const noon = new Date(NOW);
  noon.setHours(12, 0, 0, 0);
  const due = new Date(noon);
  due.setDate(due.getDate() + dueInDays);
  const rated = new Date(NOW);
  rated.setDate(rated.getDate() - ratedDaysAgo);
  return {
    state: 'review',
    queue: 'review',
    due: due.getTime(),
    interval,
    stability: interval * 1.2,
    difficulty: 5.5,
    reps: 3,
    lapses: 0,
    lastRatedAt: rated.getTime(),
  };
}
