/**
 * What the learner does to cards besides grading them, over any list of card ids (the study
 * screen passes one card or a note's cards, the browser a selection). Each action is one
 * transaction and returns a record of the rows before and after, which is all undo and redo need.
 */
import { effectiveContent, withShownTags } from '../lib/cards/override';
import { Scheduler } from '../lib/scheduler/fsrs-adapter';
import type { StudyDay } from '../lib/scheduler/study-day';
import type { RecallDb } from './db';
import { activeRow, isActive, newScheduleRow } from './schedule-rows';
import { MARKED_TAG, type CardRow, type Flag, type LogRow, type ScheduleRow } from './schema';

export const CARD_ACTIONS = [
  'bury',
  'unbury',
  'suspend',
  'unsuspend',
  'flag',
  'mark',
  'unmark',
  'tag-add',
  'tag-remove',
  'move',
  'reset',
  'set-due',
  'delete',
  /** Made by data/add-cards.ts: no rows before, the new note's after. */
  'add',
] as const;
export type CardActionName = (typeof CARD_ACTIONS)[number];

/** Rows of the cards an action touched; logs only when the action deletes them. */
export interface CardRows {
  cards: CardRow[];
  schedules: ScheduleRow[];
  logs?: LogRow[];
}

export interface CardActionRecord {
  kind: 'cards';
  action: CardActionName;
  /** The cards the action changed; those it had nothing to do to are left out. */
  cardIds: string[];
  before: CardRows;
  after: CardRows;
}

const DAY_MS = 86_400_000;

type Edit = (card: CardRow, schedule: ScheduleRow) => { card: CardRow; schedule: ScheduleRow };

/**
 * Reads the cards, applies `edit` to each, and writes the ones it changed, in one transaction.
 * Ids with no card are an error before anything is written: a stale selection must not half-apply.
 */
async function applyEdit(
  db: RecallDb,
  action: CardActionName,
  ids: readonly string[],
  edit: Edit,
): Promise<CardActionRecord> {
  return db.transaction('rw', db.cards, db.schedules, async () => {
    const { cards, schedules } = await readRows(db, ids);
    const before: CardRows = { cards: [], schedules: [] };
    const after: CardRows = { cards: [], schedules: [] };
    cards.forEach((card, i) => {
      const schedule = schedules[i]!;
      const edited = edit(card, schedule);
      const cardChanged = !sameRow(edited.card, card);
      const scheduleChanged = !sameRow(edited.schedule, schedule);
      if (cardChanged) {
        before.cards.push(card);
        after.cards.push(edited.card);
      }
      if (scheduleChanged) {
        before.schedules.push(schedule);
        after.schedules.push(edited.schedule);
      }
    });
    await db.cards.bulkPut(after.cards);
    await db.schedules.bulkPut(after.schedules);
    const cardIds = [...new Set([...after.cards, ...after.schedules].map(idOf))];
    return { kind: 'cards', action, cardIds, before, after };
  });
}

async function readRows(db: RecallDb, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  const [cards, schedules] = await Promise.all([
    db.cards.bulkGet(unique),
    db.schedules.bulkGet(unique),
  ]);
  const missing = unique.filter((_, i) => !cards[i] || !schedules[i]);
  if (missing.length > 0) {
    throw new Error(
      `${missing.length} of the cards no longer exist (${missing.slice(0, 3).join(', ')}); nothing was changed`,
    );
  }
  return { cards: cards as CardRow[], schedules: schedules as ScheduleRow[] };
}

function idOf(row: CardRow | ScheduleRow): string {
  return 'cardId' in row ? row.cardId : row.id;
}

/** Hides the cards until the next study day starts; suspended and retired cards stay as they are. */
export function buryCards(db: RecallDb, ids: readonly string[], day: StudyDay) {
  return applyEdit(db, 'bury', ids, (card, schedule) => ({
    card,
    schedule: isActive(schedule)
      ? { ...schedule, queue: 'buried', buriedUntil: day.end }
      : schedule,
  }));
}

export function unburyCards(db: RecallDb, ids: readonly string[]) {
  return applyEdit(db, 'unbury', ids, (card, schedule) => ({
    card,
    schedule: schedule.queue === 'buried' ? activeRow(schedule) : schedule,
  }));
}

/** Takes the cards out of study until they are unsuspended; retired cards stay retired. */
export function suspendCards(db: RecallDb, ids: readonly string[]) {
  return applyEdit(db, 'suspend', ids, (card, schedule) => {
    if (schedule.queue === 'retired') {
      return { card, schedule };
    }
    const { buriedUntil: _buriedUntil, ...rest } = schedule;
    return { card, schedule: { ...rest, queue: 'suspended' } };
  });
}

export function unsuspendCards(db: RecallDb, ids: readonly string[]) {
  return applyEdit(db, 'unsuspend', ids, (card, schedule) => ({
    card,
    schedule: schedule.queue === 'suspended' ? activeRow(schedule) : schedule,
  }));
}

/** Sets flag 1–7 on the cards, or takes their flag off with 0. */
export function flagCards(db: RecallDb, ids: readonly string[], flag: Flag | 0) {
  return applyEdit(db, 'flag', ids, (card, schedule) => {
    const { flag: _old, ...rest } = schedule;
    return { card, schedule: flag === 0 ? rest : { ...rest, flag } };
  });
}

/** Adds tags the cards do not have yet, at the end, in the order given. */
export function addTags(
  db: RecallDb,
  ids: readonly string[],
  tags: readonly string[],
  now: number,
) {
  return editTags(db, 'tag-add', ids, now, (current) => [
    ...current,
    ...validTags(tags).filter((tag) => !current.includes(tag)),
  ]);
}

export function removeTags(
  db: RecallDb,
  ids: readonly string[],
  tags: readonly string[],
  now: number,
) {
  const gone = new Set(validTags(tags));
  return editTags(db, 'tag-remove', ids, now, (current) => current.filter((tag) => !gone.has(tag)));
}

/** Anki's `*`: the tag `marked`. */
export function markCards(db: RecallDb, ids: readonly string[], now: number) {
  return editTags(db, 'mark', ids, now, (current) =>
    current.includes(MARKED_TAG) ? current : [...current, MARKED_TAG],
  );
}

export function unmarkCards(db: RecallDb, ids: readonly string[], now: number) {
  return editTags(db, 'unmark', ids, now, (current) => current.filter((tag) => tag !== MARKED_TAG));
}

/** Tags are single words, as in Anki and the notes' `#tags`: spaces would split them on export. */
function validTags(tags: readonly string[]): string[] {
  const bad = tags.find((tag) => tag === '' || /\s/.test(tag));
  if (bad !== undefined) {
    throw new Error(`"${bad}" is not a tag: a tag is one word without spaces`);
  }
  return [...tags];
}

function editTags(
  db: RecallDb,
  action: CardActionName,
  ids: readonly string[],
  now: number,
  next: (current: string[]) => string[],
) {
  // The tags the card shows, edited as the user's override: a re-import keeps them.
  return applyEdit(db, action, ids, (card, schedule) => {
    const current = effectiveContent(card).tags;
    const tags = next(current);
    const same = tags.length === current.length && tags.every((tag, i) => tag === current[i]);
    return { card: same ? card : { ...withShownTags(card, tags), updatedAt: now }, schedule };
  });
}

/** Moves the cards to an existing deck; their schedules follow so the deck counts do. */
export async function moveCards(db: RecallDb, ids: readonly string[], deck: string, now: number) {
  return db.transaction('rw', db.decks, db.cards, db.schedules, async () => {
    if (!(await db.decks.get(deck))) {
      throw new Error(`no deck named ${deck}; nothing was moved`);
    }
    return applyEdit(db, 'move', ids, (card, schedule) =>
      card.deck === deck
        ? { card, schedule }
        : { card: { ...card, deck, updatedAt: now }, schedule: { ...schedule, deck } },
    );
  });
}

/**
 * Makes the cards new again, in their original place among the new cards, as Anki's "Reset";
 * their review history is kept, and so is a flag.
 */
export function resetCards(db: RecallDb, ids: readonly string[]) {
  const scheduler = new Scheduler();
  return applyEdit(db, 'reset', ids, (card, schedule) => {
    if (schedule.queue === 'retired' || schedule.state === 'new') {
      return { card, schedule };
    }
    const fresh = newScheduleRow(card.id, schedule.deck, scheduler.newSchedule(card.position));
    return {
      card,
      schedule: {
        ...fresh,
        ...(schedule.flag === undefined ? {} : { flag: schedule.flag }),
        ...(schedule.queue === 'suspended' ? { queue: 'suspended' as const } : {}),
      },
    };
  });
}

/**
 * Makes the cards due `days` study days from today (0 = today), keeping what the scheduler knows
 * of them. New cards have no memory state to keep, and inventing one would teach the scheduler
 * something the learner never showed: they are left out, and the record says how many.
 */
export async function setDue(
  db: RecallDb,
  ids: readonly string[],
  days: number,
  day: StudyDay,
): Promise<CardActionRecord & { skippedNew: number }> {
  if (!Number.isInteger(days) || days < 0 || days > 36500) {
    throw new Error(`${days} is not a number of days from 0 to 36500; nothing was changed`);
  }
  let skippedNew = 0;
  const due = day.start + days * DAY_MS;
  const record = await applyEdit(db, 'set-due', ids, (card, schedule) => {
    if (schedule.state === 'new') {
      skippedNew++;
      return { card, schedule };
    }
    if (schedule.queue === 'retired') {
      return { card, schedule };
    }
    const lastReview = schedule.lastReview ?? due;
    const scheduledDays = Math.max(0, Math.round((due - lastReview) / DAY_MS));
    return { card, schedule: { ...schedule, due, scheduledDays } };
  });
  return { ...record, skippedNew };
}

/** Deletes the cards with their schedules and review logs; undo puts every row back. */
export async function deleteCards(db: RecallDb, ids: readonly string[]): Promise<CardActionRecord> {
  return db.transaction('rw', db.cards, db.schedules, db.logs, async () => {
    const { cards, schedules } = await readRows(db, ids);
    const cardIds = cards.map((card) => card.id);
    const logs = await db.logs.where('cardId').anyOf(cardIds).toArray();
    await db.cards.bulkDelete(cardIds);
    await db.schedules.bulkDelete(cardIds);
    await db.logs.bulkDelete(logs.map((log) => log.id!));
    return {
      kind: 'cards',
      action: 'delete',
      cardIds,
      before: { cards, schedules, logs },
      after: { cards: [], schedules: [], logs: [] },
    };
  });
}

/** Puts back the rows an action changed. Refuses if any of them changed since. */
export async function undoCardAction(db: RecallDb, record: CardActionRecord): Promise<void> {
  await replaceRows(db, record, record.after, record.before);
}

/** Does an undone action again. Refuses if any of its rows changed since the undo. */
export async function redoCardAction(
  db: RecallDb,
  record: CardActionRecord,
): Promise<CardActionRecord> {
  await replaceRows(db, record, record.before, record.after);
  return record;
}

async function replaceRows(db: RecallDb, record: CardActionRecord, from: CardRows, to: CardRows) {
  await db.transaction('rw', db.cards, db.schedules, db.logs, async () => {
    await expectRows(db, record, from);
    const keep = (rows: (CardRow | ScheduleRow)[]) => new Set(rows.map(idOf));
    const cardsKept = keep(to.cards);
    const schedulesKept = keep(to.schedules);
    await db.cards.bulkDelete(from.cards.map(idOf).filter((id) => !cardsKept.has(id)));
    await db.schedules.bulkDelete(from.schedules.map(idOf).filter((id) => !schedulesKept.has(id)));
    if (from.logs && to.logs) {
      const logsKept = new Set(to.logs.map((log) => log.id));
      await db.logs.bulkDelete(from.logs.map((log) => log.id!).filter((id) => !logsKept.has(id)));
      await db.logs.bulkPut(to.logs);
    }
    await db.cards.bulkPut(to.cards);
    await db.schedules.bulkPut(to.schedules);
  });
}

/** The action's cards must be exactly as it left them (or absent where it deleted them). */
async function expectRows(db: RecallDb, record: CardActionRecord, expected: CardRows) {
  const ids = record.cardIds;
  const [cards, schedules] = await Promise.all([db.cards.bulkGet(ids), db.schedules.bulkGet(ids)]);
  const cardIds = new Set([...record.before.cards, ...record.after.cards].map(idOf));
  const scheduleIds = new Set([...record.before.schedules, ...record.after.schedules].map(idOf));
  const expectedCard = new Map(expected.cards.map((row) => [row.id, row]));
  const expectedSchedule = new Map(expected.schedules.map((row) => [row.cardId, row]));
  const changed = ids.filter(
    (id, i) =>
      (cardIds.has(id) && !sameRow(cards[i], expectedCard.get(id))) ||
      (scheduleIds.has(id) && !sameRow(schedules[i], expectedSchedule.get(id))),
  );
  if (expected.logs) {
    const present = new Set(await db.logs.where('cardId').anyOf(ids).primaryKeys());
    const wanted = new Set(expected.logs.map((log) => log.id));
    if (present.size !== wanted.size || [...wanted].some((id) => !present.has(id!))) {
      changed.push('reviews');
    }
  }
  if (changed.length > 0) {
    throw new Error(
      `${changed.length} of the cards changed since (${changed.slice(0, 3).join(', ')}); nothing was changed`,
    );
  }
}

/** Rows compared by value, key order aside: IndexedDB gives back copies. */
function sameRow(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}

/**
 * Buried cards whose day is over go back to their queues. Run when a study day starts to be read
 * (the deck list, a session); returns how many came back.
 */
export async function restoreBuried(db: RecallDb, now: number): Promise<number> {
  return db.transaction('rw', db.decks, db.schedules, async () => {
    const decks = await db.decks.toCollection().primaryKeys();
    const buried = await Promise.all(
      decks.map((deck) =>
        db.schedules
          .where('[deck+queue+due]')
          .between([deck, 'buried', -Infinity], [deck, 'buried', Infinity], true, true)
          .toArray(),
      ),
    );
    const back = buried.flat().filter((row) => (row.buriedUntil ?? 0) <= now);
    // Even an empty write counts as a change (the automatic backup waits for one).
    if (back.length > 0) {
      await db.schedules.bulkPut(back.map(activeRow));
    }
    return back.length;
  });
}
