/**
 * Adding a note by hand (Anki's Add): its cards, their new schedules and the deck if it is new,
 * in one transaction. The record it returns is a card action like a delete's, the other way
 * round, so the app's undo history takes an add back and does it again with the rest.
 */
import { DeckSpellings, deckPathOf } from '../lib/cards/deck-name';
import {
  newNoteCards,
  newNoteProblem,
  type NewNote,
  type NewNoteProblem,
} from '../lib/cards/new-card';
import { ValidationError } from '../lib/errors';
import { Scheduler } from '../lib/scheduler/fsrs-adapter';
import type { CardActionRecord } from './card-actions';
import type { RecallDb } from './db';
import { createDeck } from './decks';
import type { CardRow, ScheduleRow } from './schema';
import { newScheduleRow } from './schedule-rows';

export type AddProblem = NewNoteProblem | 'duplicate' | 'duplicate-retired';

/** Why nothing was added; `cardId` names the card already there for a duplicate. */
export class AddCardError extends ValidationError {
  constructor(
    readonly problem: AddProblem,
    readonly cardId?: string,
  ) {
    super(
      cardId ? `card ${cardId}: ${problem}; nothing was added` : `${problem}; nothing was added`,
    );
  }
}

/**
 * Writes the note's cards at the end of the new-card order. A card whose id is taken (the same
 * question in the same deck) refuses the whole note: the id is how a card keeps its schedule,
 * so a second card with it cannot exist, and the one there is the learner's to edit.
 */
export async function addNote(db: RecallDb, note: NewNote, now: number): Promise<CardActionRecord> {
  const typed = deckPathOf(note.deck);
  const problem = newNoteProblem({ ...note, deck: typed });
  if (problem) {
    throw new AddCardError(problem);
  }
  const scheduler = new Scheduler();
  return db.transaction('rw', db.decks, db.cards, db.schedules, db.meta, async () => {
    // `opcel 252` is the learner's `OPCEL 252`, as for a deck made on the deck list.
    const deck = new DeckSpellings(await db.decks.toCollection().primaryKeys()).respell(typed);
    const contents = newNoteCards({ ...note, deck });
    const existing = await db.cards.bulkGet(contents.map((card) => card.id));
    const taken = existing.find((row) => row !== undefined);
    if (taken) {
      throw new AddCardError(
        taken.retiredAt === undefined ? 'duplicate' : 'duplicate-retired',
        taken.id,
      );
    }
    const last = await db.cards.orderBy('position').last();
    const first = (last?.position ?? 0) + 1;
    const cards: CardRow[] = contents.map((card, i) => ({
      ...card,
      position: first + i,
      createdAt: now,
      updatedAt: now,
    }));
    const schedules: ScheduleRow[] = cards.map((card) =>
      newScheduleRow(card.id, deck, scheduler.newSchedule(card.position)),
    );
    if (!(await db.decks.get(deck))) {
      await createDeck(db, deck, now);
    }
    await db.cards.bulkAdd(cards);
    await db.schedules.bulkAdd(schedules);
    return {
      kind: 'cards',
      action: 'add',
      cardIds: cards.map((card) => card.id),
      before: { cards: [], schedules: [], logs: [] },
      after: { cards, schedules, logs: [] },
    };
  });
}
