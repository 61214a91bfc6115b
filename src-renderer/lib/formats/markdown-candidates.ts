/**
 * Ways to write one card in the notes syntax the generator reads, most specific first. Each is
 * only a candidate: markdown.ts keeps the first one the generator turns back into the card.
 */
import type { CardContent } from '../cards/card';
import { stableCardId } from '../cards/id';

/** `A [...] B` / `A **x** B` (a generated cloze card) back to `A {{cN::x}} B`. */
function clozeSources(card: CardContent): string[] {
  const sources: string[] = [];
  for (let at = card.front.indexOf('['); at >= 0; at = card.front.indexOf('[', at + 1)) {
    const close = card.front.indexOf(']', at);
    if (close < 0) {
      break;
    }
    const before = card.front.slice(0, at);
    const after = card.front.slice(close + 1);
    const hint = card.front.slice(at + 1, close);
    const middle = card.back.slice(before.length, card.back.length - after.length);
    if (
      !card.back.startsWith(before) ||
      !card.back.endsWith(after) ||
      !/^\*\*[\s\S]+\*\*$/.test(middle)
    ) {
      continue;
    }
    const hidden = middle.slice(2, -2);
    const hintPart = hint === '...' ? '' : `::${hint}`;
    for (let n = 1; n <= 50; n++) {
      if (stableCardId(card.deck, card.front, `cloze:c${n}`) === card.id) {
        sources.push(`${before}{{c${n}::${hidden}${hintPart}}}${after}`);
      }
    }
    if (!hintPart) {
      sources.push(`${before}==${hidden}==${after}`);
    }
  }
  return sources;
}

export function markdownCandidates(card: CardContent): string[] {
  const { front, back } = card;
  const oneLine = !front.includes('\n') && !back.includes('\n');
  const candidates: string[] = [];
  if (card.kind === 'cloze') {
    candidates.push(...clozeSources(card), front);
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
