/**
 * Markdown study notes → cards. DOM-free: runs in the renderer (import screen) and in Node (CLI,
 * tests). Every card carries its deck, tags and source line; every piece of text that yields no
 * card is reported as a warning with its line, never dropped silently.
 *
 * What becomes a card (rules in the modules named):
 * - `Q::A`, `Q:::A`, `?`/`??` multi-line cards, `==cloze==`, `{{c1::cloze}}` (explicit.ts)
 * - table rows: two command columns both ways, otherwise term → description (tables.ts)
 * - bullets: `term: description`, a term described by nested bullets, nested command lines,
 *   a plain list under a heading as one card (lists.ts)
 * - paragraph and code-block lines: `term: description`, a command with the prose line above it
 *   (or its `# comment`, or its tool's own help, in Japanese for Japanese notes) as the prompt
 *   (walk.ts, glossary.ts)
 * Deck: front-matter `deck:`, else a `#flashcards/a/b` tag, else options.rootDeck, else the file
 * name; the top heading level adds a sub-deck and `252.3`-style topic numbers add tags.
 * Warnings carry a stable code (NOTE_WARNING_CODES) for the UI to translate.
 */
import type { CardContent } from '../cards/card';
import { assertText } from './decode';
import { readFileSettings } from './frontmatter';
import { noteLanguage } from './glossary';
import { parseBlocks } from './markdown';
import { CardSink, type NoteWarning } from './sink';
import { NotesWalker } from './walk';

export { decodeNoteBytes } from './decode';
export { NOTE_WARNING_CODES, type NoteWarning, type NoteWarningCode } from './sink';

export interface NoteFile {
  /** Shown in warnings and kept in each card's source; a path relative to the notes folder. */
  path: string;
  text: string;
}

export interface GenerateOptions {
  /** Deck for files that set none (front-matter `deck:` or a `#flashcards/…` tag); default: the file name. */
  rootDeck?: string;
}

export function generateFromNotes(
  files: NoteFile[],
  options: GenerateOptions = {},
): { cards: CardContent[]; warnings: NoteWarning[] } {
  const sink = new CardSink();
  for (const file of files) {
    assertText(file.text, file.path);
    sink.file = file.path;
    const unmarked = file.text.replace(/^\uFEFF/, '');
    const text = unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
    if (text.trim() === '') {
      sink.warn(0, 'empty-file', 'The file is empty: no cards.');
      continue;
    }
    const settings = readFileSettings(text);
    sink.language = noteLanguage(settings.body);
    const rootDeck = settings.deck ?? options.rootDeck ?? baseName(file.path);
    const nodes = parseBlocks(settings.body);
    const before = sink.cards.length;
    new NotesWalker(sink, settings.body, rootDeck, settings.tags, nodes).walk(nodes);
    if (sink.cards.length === before) {
      sink.warn(0, 'no-cards', 'No cards were generated from this file.');
    }
  }
  return { cards: sink.cards, warnings: sink.warnings };
}

function baseName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.[^.]+$/, '') || name;
}
