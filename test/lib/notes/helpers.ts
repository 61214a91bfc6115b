import type { CardContent } from '../../../src-renderer/lib/cards/card';
import { generateFromNotes, type NoteWarning } from '../../../src-renderer/lib/notes/generate';

export function generate(
  text: string,
  path = 'notes.md',
): { cards: CardContent[]; warnings: NoteWarning[]; pairs: [string, string, string][] } {
  const result = generateFromNotes([{ path, text }], { rootDeck: 'Root' });
  return { ...result, pairs: result.cards.map((c) => [c.kind, c.front, c.back]) };
}
