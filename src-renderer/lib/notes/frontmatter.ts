/**
 * Deck and tags a file sets for itself: YAML-style front-matter (`deck: …`, `tags: [a, b]` or a
 * `tags:` list) and the Obsidian Spaced Repetition plugin's `#flashcards/sub/deck` tags.
 */
import { DECK_SEPARATOR } from '../cards/card';

export interface FileSettings {
  deck?: string;
  tags: string[];
  /** The text with the front-matter lines blanked, so that line numbers stay those of the file. */
  body: string;
}

const FLASHCARDS_TAG = /(^|\s)#flashcards(\/[^\s#]+)?(?=\s|$)/g;

export function readFileSettings(text: string): FileSettings {
  const settings: FileSettings = { tags: [], body: text };
  if (text.startsWith('---')) {
    const lines = text.split('\n');
    const end =
      lines[0]?.trim() === '---'
        ? lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l))
        : -1;
    if (end > 0) {
      readFrontMatter(lines.slice(1, end), settings);
      settings.body = '\n'.repeat(end + 1) + lines.slice(end + 1).join('\n');
    }
  }
  const tagDeck =
    flashcardsDeck(settings.tags.map((tag) => `#${tag}`).join(' ')) ??
    flashcardsDeck(settings.body);
  if (!settings.deck && tagDeck) {
    settings.deck = tagDeck;
  }
  settings.tags = settings.tags.filter((tag) => !/^#?flashcards(\/|$)/.test(tag));
  return settings;
}

function readFrontMatter(lines: string[], settings: FileSettings): void {
  let listKey = '';
  for (const line of lines) {
    const item = /^\s*-\s+(.+)$/.exec(line);
    if (item && listKey === 'tags') {
      settings.tags.push(unquote(item[1] ?? ''));
      continue;
    }
    const pair = /^([A-Za-z_-]+)\s*:\s*(.*)$/.exec(line);
    if (!pair) {
      continue;
    }
    const [key = '', value = ''] = [pair[1]?.toLowerCase(), pair[2]?.trim()];
    listKey = value === '' ? key : '';
    if (key === 'deck' && value) {
      settings.deck = unquote(value);
    } else if (key === 'tags' && value) {
      const inner = value.replace(/^\[|\]$/g, '');
      settings.tags.push(
        ...inner
          .split(/[,\s]+/)
          .map(unquote)
          .filter(Boolean),
      );
    }
  }
}

function unquote(value: string): string {
  return value
    .trim()
    .replace(/^(['"])(.*)\1$/, '$2')
    .replace(/^#/, '');
}

/** `#flashcards/opcel/cinder` → `opcel::cinder`; a bare `#flashcards` sets no deck. */
function flashcardsDeck(text: string): string | undefined {
  if (!text.includes('#flashcards')) {
    return undefined;
  }
  for (const match of text.matchAll(FLASHCARDS_TAG)) {
    if (match[2]) {
      return match[2].slice(1).split('/').join(DECK_SEPARATOR);
    }
  }
  return undefined;
}

/** A line without its `#flashcards…` tags (they set the deck, they are not content). */
export function withoutFlashcardsTags(line: string): string {
  return line.includes('#flashcards') ? line.replace(FLASHCARDS_TAG, '$1').trim() : line;
}
