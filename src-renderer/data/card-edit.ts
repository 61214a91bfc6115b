/**
 * Editing a card: the edit is stored as the card's override (lib/cards/override.ts), so a
 * re-import of its notes updates the content underneath and keeps the edit, the id and the
 * schedule. Every write returns a record the undo history can take back and do again.
 */
import {
  editProblem,
  overrideFor,
  revertedOverride,
  sameOverride,
  type CardOverride,
  type EditableContent,
} from '../lib/cards/override';
import { ValidationError } from '../lib/errors';
import type { RecallDb } from './db';
import type { CardRow } from './schema';

/** One edit or revert of one card, with the state before and after it. */
export interface CardEditRecord {
  kind: 'card-edit';
  cardId: string;
  before: { override: CardOverride | undefined; updatedAt: number };
  after: { override: CardOverride | undefined; updatedAt: number };
}

const PROBLEM_TEXT = {
  'front-empty': 'the question cannot be empty',
  'ring-front': "a ring card's question is drawn from its template and cannot be edited",
  'side-too-long': 'a card side is over the size limit',
  'card-too-large': 'the card with its images is over the size limit',
} as const;

async function cardRow(db: RecallDb, cardId: string): Promise<CardRow> {
  const row = await db.cards.get(cardId);
  if (!row) {
    throw new Error(`no card ${cardId}`);
  }
  return row;
}

function withOverride(
  row: CardRow,
  override: CardOverride | undefined,
  updatedAt: number,
): CardRow {
  const { override: _old, ...rest } = row;
  return { ...rest, ...(override ? { override } : {}), updatedAt };
}

/** The card as stored after a save or revert, and the record to undo it (null: nothing changed). */
export interface CardEditResult {
  card: CardRow;
  record: CardEditRecord | null;
}

/** Writes `override` unless it is what the card has. */
async function changeOverride(
  db: RecallDb,
  cardId: string,
  next: (row: CardRow) => CardOverride | undefined,
  now: number,
): Promise<CardEditResult> {
  return db.transaction('rw', db.cards, async () => {
    const row = await cardRow(db, cardId);
    const override = next(row);
    if (sameOverride(row.override, override)) {
      return { card: row, record: null };
    }
    const card = withOverride(row, override, now);
    await db.cards.put(card);
    return {
      card,
      record: {
        kind: 'card-edit',
        cardId,
        before: { override: row.override, updatedAt: row.updatedAt },
        after: { override, updatedAt: now },
      },
    };
  });
}

/**
 * Saves what the editor shows as the card's front, back and tags. Fields equal to the
 * generated content are not kept as an override, so saving the note's own text is a revert.
 */
export async function saveCardEdit(
  db: RecallDb,
  cardId: string,
  edited: EditableContent,
  now: number,
): Promise<CardEditResult> {
  return changeOverride(
    db,
    cardId,
    (row) => {
      const problem = editProblem(row, edited);
      if (problem) {
        throw new ValidationError(`card ${cardId}: ${PROBLEM_TEXT[problem]}`);
      }
      return overrideFor(row, edited);
    },
    now,
  );
}

/** Drops the card's edit: it shows its note's (or imported file's) content again. */
export async function revertCardEdit(
  db: RecallDb,
  cardId: string,
  now: number,
): Promise<CardEditResult> {
  return changeOverride(db, cardId, revertedOverride, now);
}

/** Only the state the record wrote may be replaced: a later edit or import since wins. */
async function replaceState(
  db: RecallDb,
  cardId: string,
  expected: CardEditRecord['after'],
  wanted: CardEditRecord['after'],
): Promise<void> {
  await db.transaction('rw', db.cards, async () => {
    const row = await cardRow(db, cardId);
    if (!sameOverride(row.override, expected.override)) {
      throw new Error(`card ${cardId} changed since it was edited`);
    }
    await db.cards.put(withOverride(row, wanted.override, wanted.updatedAt));
  });
}

export async function undoCardEdit(db: RecallDb, record: CardEditRecord): Promise<void> {
  await replaceState(db, record.cardId, record.after, record.before);
}

export async function redoCardEdit(db: RecallDb, record: CardEditRecord): Promise<CardEditRecord> {
  await replaceState(db, record.cardId, record.before, record.after);
  return record;
}
