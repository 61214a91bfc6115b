/**
 * Ways to write one card in the notes syntax the generator reads, most specific first. Each is
 * only a candidate: markdown.ts keeps the first one the generator turns back into the card.
 */
import type { CardContent } from '../cards/card';
import { stableCardId } from '../cards/id';
import { codeSpan } from '../notes/markdown';
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

const MAPPING =
  /^\*\*([^*\n]+):\*\* (`+) ?([^\n]*?) ?\2(?:\n\n([^\n]+))?\n\n\*\*([^*\n]+):\*\* \?$/;

/** A command-mapping card (`**glance:** \`…\`` → openstack) back to its table row, both ways round. */
function tableNotations(card: CardContent): string[] {
  const match = MAPPING.exec(card.front);
  if (!match || card.back.includes('\n')) {
    return [];
  }
  const [, fromLabel = '', , command = '', note = '', toLabel = ''] = match;
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const table = (labels: string[], commands: string[]) =>
    [
      `| ${labels.map(cell).join(' | ')} | |`,
      '| --- | --- | --- |',
      `| ${commands.map((c) => codeSpan(c)).join(' | ')} | ${cell(note)} |`,
    ].join('\n');
  return [
    table([fromLabel, toLabel], [command, card.back]),
    table([toLabel, fromLabel], [card.back, command]),
  ];
}

/** `**parent** — text`: an item under a parent bullet, as the generator shows its context. */
function nestedNotations(card: CardContent): string[] {
  const match = /^\*\*((?:\\.|[^*\n\\])+)\*\* — ([^\n]+)$/.exec(card.front);
  if (!match || card.back.includes('\n')) {
    return [];
  }
  const [, context = '', text = ''] = match;
  return [`- ${context}\n    - ${text}: ${card.back}`, `- ${context}\n    - ${card.back}: ${text}`];
}

export function markdownCandidates(card: CardContent): string[] {
  const { front, back } = card;
  const oneLine = !front.includes('\n') && !back.includes('\n');
  const candidates: string[] = [];
  if (card.kind === 'cloze') {
    candidates.push(...clozeNotations(card), front);
  }
  candidates.push(...tableNotations(card), ...nestedNotations(card));
  // Notations that make a pair first: a pair's second card has no notation of its own.
  if (oneLine) {
    candidates.push(
      `${front}: ${back}`,
      `${front}:::${back}`,
      `${back}: ${front}`,
      `${back}:::${front}`,
    );
  }
  candidates.push(`${front}\n??\n${back}`, `${back}\n??\n${front}`);
  if (card.kind === 'type-in' && oneLine) {
    candidates.push('```\n# ' + front + '\n' + back + '\n```');
  }
  if (oneLine) {
    candidates.push(`${front}::${back}`);
  }
  candidates.push(`${front}\n?\n${back}`);
  return candidates;
}
