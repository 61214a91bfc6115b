import type { DeckSourceFile } from '../lib/ipc/contract';
import type { CardContent } from '../lib/cards/card';
import { cardContentOf, parseDeckJson } from '../lib/formats/deck-json';
import { hash64 } from '../lib/hash';
import { isNotesFile } from '../lib/notes/files';
import { generateFromNotes, type NoteWarning } from '../lib/notes/generate';
import { upsertCards, type UpsertSummary } from './cards';
import type { RecallDb } from './db';

const META_KEY = 'shipped-decks';

interface ShippedMeta {
  hash: string;
  ids: string[];
}

export interface ShippedLoad {
  summary: UpsertSummary | null;
  warnings: NoteWarning[];
}

/** Cards of the decks/ folder: JSON deck files as they are, Markdown notes through the generator. */
export function cardsOfShippedDecks(files: DeckSourceFile[]): {
  cards: CardContent[];
  warnings: NoteWarning[];
} {
  const fromJson = files
    .filter((file) => file.path.endsWith('.json'))
    .flatMap((file) => parseDeckJson(file.text, file.path).cards.map(cardContentOf));
  const notes = files.filter((file) => isNotesFile(file.path));
  const generated = generateFromNotes(notes);
  return { cards: [...generated.cards, ...fromJson], warnings: generated.warnings };
}

/**
 * Loads the shipped decks at start. Unchanged files are skipped; changed ones update cards in
 * place, never resetting a schedule, and cards no longer shipped are retired with their history.
 * A card the previous load shipped and that is gone now was deleted by the user (a card, or its
 * whole deck): it stays deleted. Only cards new to the shipped decks are added.
 */
export async function loadShippedDecks(
  db: RecallDb,
  files: DeckSourceFile[],
  now: number,
): Promise<ShippedLoad> {
  const hash = hash64(files.map((file) => `${file.path}\u0000${file.text}`).join('\u0001'));
  const previous = (await db.meta.get(META_KEY))?.value as ShippedMeta | undefined;
  if (previous?.hash === hash) {
    return { summary: null, warnings: [] };
  }
  const { cards, warnings } = cardsOfShippedDecks(files);
  const shippedBefore = new Set(previous?.ids ?? []);
  const summary = await db.transaction(
    'rw',
    [db.decks, db.cards, db.schedules, db.meta],
    async () => {
      const stored = await db.cards.bulkGet(cards.map((card) => card.id));
      const kept = cards.filter(
        (card, i) => stored[i] !== undefined || !shippedBefore.has(card.id),
      );
      const result = await upsertCards(db, kept, now, previous?.ids ?? []);
      const meta: ShippedMeta = { hash, ids: cards.map((card) => card.id) };
      await db.meta.put({ key: META_KEY, value: meta });
      return result;
    },
  );
  return { summary, warnings };
}
