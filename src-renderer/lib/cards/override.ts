/**
 * A user's edit of a card, kept on top of the content its notes (or an imported file) gave it.
 * The generated content stays underneath so that a re-import can update it without losing the
 * edit, and so the card can say that it differs from its note and be reverted to it. The card's
 * id never changes with an edit: the id is the generated question's, which is how a re-import
 * finds the card (and its schedule) again.
 */
import { MARKED_TAG, type CardContent } from './card';
import { MAX_CARD_CHARS, MAX_CARD_SIDE_TEXT, textLength } from './size';

/** The sides a user can edit. */
export const EDITABLE_FIELDS = ['front', 'back', 'tags'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export type EditableContent = Pick<CardContent, EditableField>;

/** Only the fields the user changed; an absent field shows the generated one. */
export type CardOverride = Partial<EditableContent>;

export type Overridable = CardContent & { override?: CardOverride };

function sameField(field: EditableField, a: EditableContent, b: EditableContent): boolean {
  if (field === 'tags') {
    return a.tags.length === b.tags.length && a.tags.every((tag, i) => tag === b.tags[i]);
  }
  return a[field] === b[field];
}

function overlay(base: EditableContent, override: CardOverride | undefined): EditableContent {
  return {
    front: override?.front ?? base.front,
    back: override?.back ?? base.back,
    tags: override?.tags ?? base.tags,
  };
}

/** What every screen shows, studies, checks answers against and exports. */
export function effectiveContent<T extends Overridable>(card: T): Omit<T, 'override'> {
  const { override, ...rest } = card;
  return { ...rest, ...overlay(card, override) };
}

/**
 * The override that turns `base` into `edited`: the fields that differ, or undefined when the
 * edit says what the base says (an edit back to the note's text is no edit).
 */
export function overrideFor(
  base: EditableContent,
  edited: EditableContent,
): CardOverride | undefined {
  const override: CardOverride = {};
  for (const field of EDITABLE_FIELDS) {
    if (!sameField(field, base, edited)) {
      Object.assign(override, { [field]: edited[field] });
    }
  }
  return Object.keys(override).length > 0 ? override : undefined;
}

/**
 * An override over freshly generated content. The user's edit wins where the note says
 * something else; a field the note now says the same way is dropped from the override, so the
 * note's later changes to it show again (the user fixed the typo in the notes file too).
 */
export function rebaseOverride(
  override: CardOverride | undefined,
  base: EditableContent,
): CardOverride | undefined {
  return override && overrideFor(base, overlay(base, override));
}

/**
 * The card showing `tags`, kept in its override like any edit of the user's (a mark, a tag
 * added in the browser), so that a re-import of its notes does not take them away.
 */
export function withShownTags<T extends Overridable>(card: T, tags: string[]): T {
  const { override: _old, ...row } = card;
  const override = overrideFor(card, { ...overlay(card, card.override), tags });
  return { ...row, ...(override ? { override } : {}) } as T;
}

/** Whether two overrides say the same thing (absent and empty alike). */
export function sameOverride(a: CardOverride | undefined, b: CardOverride | undefined): boolean {
  return EDITABLE_FIELDS.every((field) => {
    const x = a?.[field];
    const y = b?.[field];
    if (x === undefined || y === undefined) {
      return x === y;
    }
    return JSON.stringify(x) === JSON.stringify(y);
  });
}

/**
 * A stored card with the content a re-import generated for it: the generated fields are
 * replaced, the user's override is kept over them (rebased), everything else of the row stays.
 */
export function withRegeneratedContent<T extends Overridable>(stored: T, content: CardContent): T {
  const { override: _old, ...row } = stored;
  const override = rebaseOverride(stored.override, content);
  return { ...row, ...content, ...(override ? { override } : {}) } as T;
}

/** The fields where the card shows something other than its note. */
/** A mark is not an edit of the note: it is the learner's, as a flag is. */
function unmarked(content: EditableContent): EditableContent {
  return { ...content, tags: content.tags.filter((tag) => tag !== MARKED_TAG) };
}

export function overriddenFields(card: Overridable): EditableField[] {
  const shown = unmarked(overlay(card, card.override));
  return EDITABLE_FIELDS.filter((field) => !sameField(field, unmarked(card), shown));
}

/** What a revert to the note leaves: no edit, but a marked card stays marked. */
export function revertedOverride(card: Overridable): CardOverride | undefined {
  const marked = overlay(card, card.override).tags.includes(MARKED_TAG);
  return marked && !card.tags.includes(MARKED_TAG)
    ? overrideFor(card, { ...card, tags: [...card.tags, MARKED_TAG] })
    : undefined;
}

export function differsFromNote(card: Overridable): boolean {
  return overriddenFields(card).length > 0;
}

/** Why an edit cannot be saved; the UI has a message for each. */
export type EditProblem = 'front-empty' | 'ring-front' | 'side-too-long' | 'card-too-large';

/**
 * A ring card's front is the template the calculator draws a question from, not text: editing
 * it would leave a card no question can be made for.
 */
export function editProblem(card: CardContent, edited: EditableContent): EditProblem | undefined {
  if (card.kind === 'ring' && edited.front !== card.front) {
    return 'ring-front';
  }
  if (edited.front.trim() === '') {
    return 'front-empty';
  }
  if (
    textLength(edited.front) > MAX_CARD_SIDE_TEXT ||
    textLength(edited.back) > MAX_CARD_SIDE_TEXT
  ) {
    return 'side-too-long';
  }
  // The limits an import holds every card to (formats/card-limits.ts), inline images included.
  if (edited.front.length + edited.back.length + edited.tags.join(' ').length > MAX_CARD_CHARS) {
    return 'card-too-large';
  }
  return undefined;
}

/** Tags as typed in one field, separated by spaces as in Anki; each tag once, in typed order. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/\s+/).filter((tag) => tag !== ''))];
}

export function formatTags(tags: readonly string[]): string {
  return tags.join(' ');
}
