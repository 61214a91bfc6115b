/**
 * The card editor's state: the three fields as typed, what saving them would store, and why it
 * cannot be saved yet. The component around it only lays this out.
 */
import type { CardRow } from '../../data/schema';
import {
  editProblem,
  effectiveContent,
  formatTags,
  overriddenFields,
  parseTags,
  type EditableContent,
  type EditableField,
  type EditProblem,
} from '../../lib/cards/override';

export type EditorKey = 'save' | 'cancel';

/** Ctrl+Enter (⌘+Enter on a Mac) saves and Escape cancels, from any field of the editor. */
/** What `editorKey` reads of a keydown (a DOM KeyboardEvent, or a test's plain object). */
interface EditorKeyEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  isComposing?: boolean;
}

export function editorKey(event: EditorKeyEvent): EditorKey | null {
  // Enter that ends a Japanese input method's composition is not a command.
  if (event.isComposing) {
    return null;
  }
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    return 'save';
  }
  return event.key === 'Escape' ? 'cancel' : null;
}

/**
 * The keydown handler of a form where a card is written: Ctrl+Enter `save`s, Escape `cancel`s,
 * and no key reaches the screen behind, whose shortcuts must not act on typing here.
 */
export function editorKeydown(save: () => void, cancel: () => void) {
  return (event: EditorKeyEvent & { stopPropagation(): void; preventDefault(): void }): void => {
    event.stopPropagation();
    const key = editorKey(event);
    if (!key) {
      return;
    }
    event.preventDefault();
    if (key === 'save') {
      save();
    } else {
      cancel();
    }
  };
}

export class CardEditorState {
  front = $state('');
  back = $state('');
  tags = $state('');
  card: CardRow;

  constructor(card: CardRow) {
    this.card = $state.raw(card);
    this.load(card);
  }

  /** Starts over from `card` as it is stored now (after a save, a revert or another card). */
  load(card: CardRow): void {
    const shown = effectiveContent(card);
    this.card = card;
    this.front = shown.front;
    this.back = shown.back;
    this.tags = formatTags(shown.tags);
  }

  readonly edited: EditableContent = $derived({
    front: this.front,
    back: this.back,
    tags: parseTags(this.tags),
  });

  readonly problem: EditProblem | undefined = $derived.by(() =>
    editProblem(this.card, this.edited),
  );

  /** Whether the fields say something other than the card shows now. */
  readonly dirty: boolean = $derived.by(() => {
    const shown = effectiveContent(this.card);
    return (
      shown.front !== this.edited.front ||
      shown.back !== this.edited.back ||
      formatTags(shown.tags) !== formatTags(this.edited.tags)
    );
  });

  /** The stored card's fields that differ from its note (the saved state, not the typing). */
  readonly overridden: EditableField[] = $derived.by(() => overriddenFields(this.card));
}
