/**
 * Cards the user asked for explicitly, in the Obsidian Spaced Repetition plugin's syntax:
 * `Q::A`, `Q:::A` (both ways), multi-line cards split by a `?` (or `??`) line, and clozes written
 * `==hidden==` or `{{c1::hidden}}`.
 */
import type { CardDraft } from './sink';

export interface InlineCard {
  question: string;
  answer: string;
  bothWays: boolean;
}

/** `Q::A` or `Q:::A` on one line; `::` inside code spans or `{{c1::…}}` does not count. */
export function inlineCard(line: string): InlineCard | undefined {
  if (!line.includes('::')) {
    return undefined;
  }
  let inCode = false;
  let braces = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '`') {
      inCode = !inCode;
    } else if (!inCode && line.startsWith('{{', i)) {
      braces++;
      i++;
    } else if (!inCode && braces > 0 && line.startsWith('}}', i)) {
      braces--;
      i++;
    } else if (!inCode && braces === 0 && line.startsWith('::', i)) {
      const bothWays = line.startsWith(':::', i);
      const question = line.slice(0, i).trim();
      const answer = line.slice(i + (bothWays ? 3 : 2)).trim();
      return question && answer ? { question, answer, bothWays } : undefined;
    }
  }
  return undefined;
}

export function inlineCardDrafts(card: InlineCard, line: number): CardDraft[] {
  const forward: CardDraft = { kind: 'basic', front: card.question, back: card.answer, line };
  if (!card.bothWays) {
    return [forward];
  }
  return [
    forward,
    { kind: 'basic', front: card.answer, back: card.question, line, variant: 'reverse' },
  ];
}

/** The line index of a multi-line card's separator, and whether it asks both ways (`??`). */
export function multiLineSeparator(
  lines: string[],
): { index: number; bothWays: boolean } | undefined {
  const index = lines.findIndex((line) => line.trim() === '?' || line.trim() === '??');
  if (index < 0) {
    return undefined;
  }
  return { index, bothWays: lines[index]?.trim() === '??' };
}

const CLOZE_SOURCE = /==([^=\s](?:[^=]*[^=\s])?)==|\{\{c(\d+)::(.+?)(?:::(.*?))?\}\}/.source;
const CLOZE = new RegExp(CLOZE_SOURCE);

export function hasCloze(text: string): boolean {
  return (text.includes('==') || text.includes('{{')) && CLOZE.test(text);
}

interface ClozePart {
  start: number;
  end: number;
  group: string;
  hidden: string;
  hint: string;
}

/**
 * One card per cloze group: `==…==` spans are groups of their own (the plugin's rule), numbered
 * `{{cN::…}}` spans with the same N are hidden together (Anki's rule).
 */
export function clozeDrafts(text: string, line: number): CardDraft[] {
  const parts: ClozePart[] = [];
  let highlight = 0;
  for (const match of text.matchAll(new RegExp(CLOZE_SOURCE, 'g'))) {
    const isHighlight = match[1] !== undefined;
    parts.push({
      start: match.index,
      end: match.index + match[0].length,
      group: isHighlight ? `h${++highlight}` : `c${match[2]}`,
      hidden: (isHighlight ? match[1] : match[3]) ?? '',
      hint: match[4] ?? '',
    });
  }
  const groups = [...new Set(parts.map((part) => part.group))];
  return groups.map((group) => ({
    kind: 'cloze',
    front: render(text, parts, (part) =>
      part.group === group ? `[${part.hint || '...'}]` : part.hidden,
    ),
    back: render(text, parts, (part) =>
      part.group === group ? `**${part.hidden}**` : part.hidden,
    ),
    line,
    variant: `cloze:${group}`,
  }));
}

function render(text: string, parts: ClozePart[], show: (part: ClozePart) => string): string {
  let out = '';
  let at = 0;
  for (const part of parts) {
    out += text.slice(at, part.start) + show(part);
    at = part.end;
  }
  return out + text.slice(at);
}
