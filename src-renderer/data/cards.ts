import { deckAncestors, sameCardContent, type CardContent } from '../lib/cards/card';
import { withRegeneratedContent } from '../lib/cards/override';
import { Scheduler } from '../lib/scheduler/fsrs-adapter';
import type { RecallDb } from './db';
import { DEFAULT_NEW_PER_DAY, DEFAULT_REVIEWS_PER_DAY, type CardRow } from './schema';
import { keptMarksRow, newScheduleRow } from './schedule-rows';

export interface UpsertSummary {
  added: number;
  changed: number;
  unchanged: number;
  retired: number;
}

function sameContent(row: CardRow, card: CardContent): boolean {
  return sameCardContent(row, card) && JSON.stringify(row.source) === JSON.stringify(card.source);
}

/**
 * Writes generated or shipped cards in one transaction. Existing cards get their content
 * updated and keep their schedule and history; ids in `retire` that are not in `cards` are
 * taken out of study, their history kept.
 */
export async function upsertCards(
  db: RecallDb,
  cards: CardContent[],
  now: number,
  retire: Iterable<string> = [],
): Promise<UpsertSummary> {
  const scheduler = new Scheduler();
  return db.transaction('rw', db.decks, db.cards, db.schedules, async () => {
    const summary: UpsertSummary = { added: 0, changed: 0, unchanged: 0, retired: 0 };
    const existing = await db.cards.bulkGet(cards.map((card) => card.id));
    const last = await db.cards.orderBy('position').last();
    let position = (last?.position ?? 0) + 1;
    const cardRows: CardRow[] = [];
    const newSchedules = [];
    const movedSchedules: { cardId: string; deck: string }[] = [];
    for (const [i, card] of cards.entries()) {
      const row = existing[i];
      if (!row) {
        cardRows.push({ ...card, position, createdAt: now, updatedAt: now });
        newSchedules.push(newScheduleRow(card.id, card.deck, scheduler.newSchedule(position)));
        position++;
        summary.added++;
      } else if (!sameContent(row, card) || row.retiredAt !== undefined) {
        const { retiredAt: _retiredAt, ...kept } = row;
        cardRows.push({ ...withRegeneratedContent(kept, card), updatedAt: now });
        movedSchedules.push({ cardId: card.id, deck: card.deck });
        summary.changed++;
      } else {
        summary.unchanged++;
      }
    }
    await db.cards.bulkPut(cardRows);
    await db.schedules.bulkAdd(newSchedules);
    await restoreSchedules(db, movedSchedules);
    summary.retired = await retireCards(db, retire, new Set(cards.map((card) => card.id)), now);
    await ensureDecks(db, new Set(cards.map((card) => card.deck)), now);
    return summary;
  });
}

/** A changed card may have moved deck or come back from retirement: its schedule follows. */
async function restoreSchedules(db: RecallDb, moved: { cardId: string; deck: string }[]) {
  const rows = await db.schedules.bulkGet(moved.map((m) => m.cardId));
  const updated = rows.flatMap((row, i) => {
    const target = moved[i];
    if (!row || !target) {
      return [];
    }
    return [keptMarksRow(row, target.deck)];
  });
  await db.schedules.bulkPut(updated);
}

/** Takes cards out of study, keeping their history; returns how many were still active. */
export async function retireCards(
  db: RecallDb,
  candidates: Iterable<string>,
  keep: Set<string>,
  now: number,
): Promise<number> {
  const ids = [...candidates].filter((id) => !keep.has(id));
  const rows = (await db.cards.bulkGet(ids)).filter(
    (row): row is CardRow => row !== undefined && row.retiredAt === undefined,
  );
  await db.cards.bulkPut(rows.map((row) => ({ ...row, retiredAt: now })));
  await db.schedules
    .where('cardId')
    .anyOf(rows.map((row) => row.id))
    .modify({ queue: 'retired' });
  return rows.length;
}

/** Every deck path and its ancestors get a row, so the deck list shows the whole tree. */
export async function ensureDecks(db: RecallDb, names: Iterable<string>, now: number) {
  const wanted = new Set([...names].flatMap(deckAncestors));
  const existing = await db.decks.toArray();
  const known = new Set(existing.map((deck) => deck.name));
  let ord = Math.max(0, ...existing.map((deck) => deck.ord));
  await db.decks.bulkAdd(
    [...wanted]
      .filter((name) => !known.has(name))
      .map((name) => ({
        name,
        ord: ++ord,
        newPerDay: DEFAULT_NEW_PER_DAY,
        reviewsPerDay: DEFAULT_REVIEWS_PER_DAY,
        createdAt: now,
      })),
  );
}
