/**
 * Where rules put their cards and warnings: gives each card its id, deck, tags and source, and
 * keeps the first of two cards that would share an id (same deck, same question).
 */
import type { CardContent, CardKind } from '../cards/card';
import { cardIdHash, cardIdOf } from '../cards/id';
import { IdTable } from './id-table';
import type { NoteLanguage } from './glossary';

/** Every warning code, so that the UI can give each a translated message. */
export const NOTE_WARNING_CODES = [
  'empty-file',
  'no-cards',
  'prose-without-card',
  'command-without-description',
  'unknown-subcommand',
  'table-row-without-card',
  'code-without-card',
  'duplicate-question',
  'empty-side',
] as const;
export type NoteWarningCode = (typeof NOTE_WARNING_CODES)[number];

export interface NoteWarning {
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** Stable kebab-case id, so the UI can show the warning in the user's language. */
  code: NoteWarningCode;
  /** English, for the CLI and logs. */
  message: string;
}

export interface CardDraft {
  kind: CardKind;
  front: string;
  back: string;
  /** 0-based line, as markdown-it maps. */
  line: number;
  /** Tells apart cards with the same question side, e.g. the reverse of a `Q:::A` card. */
  variant?: string;
}

export class CardSink {
  readonly cards: CardContent[] = [];
  readonly warnings: NoteWarning[] = [];
  /** Index in `cards` of each id's card. */
  private readonly seen = new IdTable();
  file = '';
  deck = '';
  tags: string[] = [];
  /** The language of the file's prose: the language of the prompts the generator writes itself. */
  language: NoteLanguage = 'en';

  add(draft: CardDraft): void {
    const front = draft.front.trim();
    const back = draft.back.trim();
    if (!front || !back) {
      this.warn(draft.line, 'empty-side', 'A card needs both a question and an answer.');
      return;
    }
    const hash = cardIdHash(this.deck, front, draft.variant ?? '');
    const at = this.seen.get(hash);
    const earlier = at === undefined ? undefined : this.cards[at];
    if (earlier) {
      if (earlier.back !== back) {
        this.warn(
          draft.line,
          'duplicate-question',
          `Same question as line ${earlier.source?.line ?? '?'} in deck "${this.deck}" with another answer; only the first card is kept.`,
        );
      }
      return;
    }
    const card: CardContent = {
      id: cardIdOf(hash),
      deck: this.deck,
      front,
      back,
      kind: draft.kind,
      // Shared by the section's cards: Sections gives each section a new array and nothing
      // changes a card's tags in place, so a copy per card would only be garbage.
      tags: this.tags,
      source: { file: this.file, line: draft.line + 1 },
    };
    this.seen.add(hash, this.cards.length);
    this.cards.push(card);
  }

  private readonly warned = new Set<string>();

  warn(line: number, code: NoteWarningCode, message: string): void {
    const key = `${this.file}\u0000${line}\u0000${code}\u0000${message}`;
    if (!this.warned.has(key)) {
      this.warned.add(key);
      this.warnings.push({ file: this.file, line: line + 1, code, message });
    }
  }
}
