/**
 * The Add dialog's state, as Anki's Add window behaves: a note is typed, added, and the fields
 * are cleared for the next one while the deck, the kind and the tags stay. Each add goes into
 * the app's undo history like any other action.
 */
import { AddCardError, addNote, type AddProblem } from '../../data/add-cards';
import type { CardActionRecord } from '../../data/card-actions';
import type { RecallDb } from '../../data/db';
import type { UndoableAction } from '../../data/undo';
import type { CardContent } from '../../lib/cards/card';
import { DeckNameError, deckPathOf, type DeckNameProblem } from '../../lib/cards/deck-name';
import {
  newNoteCards,
  newNoteProblem,
  type NewCardKind,
  type NewNote,
} from '../../lib/cards/new-card';
import { parseTags } from '../../lib/cards/override';
import type { Clock } from '../../lib/clock';
import { appHistory, type UndoHistory } from './undo-history';

/** The deck the last add went to: Anki's Add opens on it again. Kept for the app's run. */
let lastDeck: string | undefined;

/** The deck the dialog opens on: the one asked for, else the last one added to, else the first. */
export function initialAddDeck(decks: readonly string[], preferred?: string): string {
  if (preferred !== undefined) {
    return preferred;
  }
  if (lastDeck !== undefined && decks.includes(lastDeck)) {
    return lastDeck;
  }
  return decks[0] ?? '';
}

/**
 * Empty fields: said once the learner tries to add, not while the dialog waits to be typed in. A
 * cloze text without a cloze is said while typing: it is how to write one.
 */
const EMPTY: ReadonlySet<AddProblem> = new Set(['front-empty', 'back-empty']);

export class AddCardState {
  deck = $state('');
  kind = $state<NewCardKind>('basic');
  front = $state('');
  back = $state('');
  tags = $state('');
  busy = $state(false);
  /** Set by an add that was refused or had empty fields; cleared by the next successful add. */
  tried = $state(false);
  /** The last add: how many cards it made, and in which deck. */
  added = $state.raw<{ cards: number; deck: string } | null>(null);
  /** What the database refused (a duplicate), for the note as it was typed then. */
  private refusal = $state.raw<{ problem: AddProblem; note: string } | null>(null);
  /** The decks there are, to tell a new deck from an existing one; an add may make one more. */
  private decks = $state.raw<readonly string[]>([]);

  constructor(
    private readonly db: RecallDb,
    private readonly clock: Clock,
    decks: readonly string[],
    deck: string,
    private readonly history: UndoHistory<UndoableAction> = appHistory,
  ) {
    this.decks = decks;
    this.deck = deck;
  }

  readonly note: NewNote = $derived({
    deck: this.deck,
    kind: this.kind,
    front: this.front,
    back: this.back,
    tags: parseTags(this.tags),
  });

  /** The deck path as it will be stored, or why the typed name is none. */
  readonly deckPath: { path: string } | { problem: DeckNameProblem } = $derived.by(() => {
    try {
      return { path: deckPathOf(this.deck) };
    } catch (error) {
      if (error instanceof DeckNameError) {
        return { problem: error.problem };
      }
      throw error;
    }
  });

  /** A deck that adding will create: said beside the field, so a typo is seen before it is a deck. */
  readonly newDeck: string | null = $derived(
    'path' in this.deckPath && !this.decks.includes(this.deckPath.path) ? this.deckPath.path : null,
  );

  readonly problem: AddProblem | undefined = $derived.by(() => {
    const problem = newNoteProblem(this.note);
    if (problem) {
      return problem;
    }
    return this.refusal?.note === JSON.stringify(this.tidyNote())
      ? this.refusal.problem
      : undefined;
  });

  /** The problem worth saying now: empty fields only after an attempt to add them. */
  readonly shownProblem: AddProblem | DeckNameProblem | undefined = $derived.by(() => {
    if ('problem' in this.deckPath && (this.tried || this.deck.trim() !== '')) {
      return this.deckPath.problem;
    }
    return this.problem && (this.tried || !EMPTY.has(this.problem)) ? this.problem : undefined;
  });

  /** The cards adding would make, for the preview; none while the note has a problem. */
  readonly cards: CardContent[] = $derived(
    newNoteProblem(this.note) || !('path' in this.deckPath)
      ? []
      : newNoteCards({ ...this.note, deck: this.deckPath.path }),
  );

  private tidyNote(): NewNote {
    return 'path' in this.deckPath ? { ...this.note, deck: this.deckPath.path } : this.note;
  }

  /**
   * Adds the note as typed. On success the front and back are cleared for the next note and the
   * record is in the undo history; a refused note stays in the fields with the reason.
   */
  async add(): Promise<CardActionRecord | null> {
    if (this.busy) {
      return null;
    }
    if (this.problem || !('path' in this.deckPath)) {
      this.tried = true;
      return null;
    }
    const note = this.tidyNote();
    this.busy = true;
    try {
      const record = await addNote(this.db, note, this.clock.now().getTime());
      this.history.record(record);
      lastDeck = note.deck;
      if (!this.decks.includes(note.deck)) {
        this.decks = [...this.decks, note.deck];
      }
      this.deck = note.deck;
      this.front = '';
      this.back = '';
      this.tried = false;
      this.refusal = null;
      this.added = { cards: record.cardIds.length, deck: note.deck };
      return record;
    } catch (error) {
      if (!(error instanceof AddCardError)) {
        throw error;
      }
      this.tried = true;
      this.refusal = { problem: error.problem, note: JSON.stringify(note) };
      return null;
    } finally {
      this.busy = false;
    }
  }
}
