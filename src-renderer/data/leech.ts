/**
 * Leeches, as Anki handles them: the lapse that reaches the preset's threshold tags the card
 * `leech` and suspends it, inside the grade's own transaction.
 */
import { isLeechLapse } from '../lib/scheduler/deck-options';
import type { RecallDb } from './db';
import type { CardRow, ScheduleRow } from './schema';

export const LEECH_TAG = 'leech';

/** Adds the `leech` tag; returns the card as it was, for undo. */
export async function tagLeech(db: RecallDb, cardId: string): Promise<CardRow> {
  const card = await db.cards.get(cardId);
  if (!card) {
    throw new Error(`no card ${cardId}`);
  }
  if (!card.tags.includes(LEECH_TAG)) {
    await db.cards.put({ ...card, tags: [...card.tags, LEECH_TAG] });
  }
  return card;
}

/** When this grade makes the card a leech: its schedule suspended, and the card before tagging. */
export async function markLeech(
  db: RecallDb,
  before: ScheduleRow,
  after: ScheduleRow,
  threshold: number | undefined,
): Promise<{ schedule: ScheduleRow; cardBefore: CardRow } | undefined> {
  if (threshold === undefined || !isLeechLapse(before.lapses, after.lapses, threshold)) {
    return undefined;
  }
  const cardBefore = await tagLeech(db, after.cardId);
  return { schedule: { ...after, queue: 'suspended' }, cardBefore };
}
