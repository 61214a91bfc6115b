/**
 * Ways to write one card in the notes syntax the generator reads, most specific first. Each is
 * only a candidate: markdown.ts keeps the first one the generator turns back into the card.
 */
import type { CardContent } from '../cards/card';
import { stableCardId } from '../cards/id';
import { ankiClozeText, clozeSources } from './cloze';

/** A generated cloze card back to its source, with the group number that gives its id. */
function clozeNotations(card: CardContent): string[] {
  return clozeSources(card.front, card.back).flatMap((source) => {
    const numbered = [];
    for (let n = 1; n <= 50; n++) {
      if (stableCardId(card.deck, card.front, `cloze:c${n}`) === card.id) {
        numbered.push(ankiClozeText(source, n));
      }
    }
    const highlight = source.hint ? [] : [`${source.before}==${source.hidden}==${source.after}`];
    return [...numbered, ...highlight];
  });
}

export function markdownCandidates(card: CardContent): string[] {
  const { front, back } = card;
  const oneLine = !front.includes('\n') && !back.includes('\n');
  const candidates: string[] = [];
  if (card.kind === 'cloze') {
    candidates.push(...clozeNotations(card), front);
  }
  if (card.kind === 'type-in' && oneLine) {
    candidates.push('```\n# ' + front + '\n' + back + '\n```', `${front}: ${back}`);
  }
  if (oneLine) {
    candidates.push(`${front}::${back}`, `${front}: ${back}`, `${back}: ${front}`);
  }
  candidates.push(`${front}\n?\n${back}`);
  if (oneLine) {
    candidates.push(`${front}:::${back}`, `${back}:::${front}`);
  }
  candidates.push(`${front}\n??\n${back}`, `${back}\n??\n${front}`);
  return candidates;
}
