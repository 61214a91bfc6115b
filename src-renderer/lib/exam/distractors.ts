/**
 * Four-option questions: the card's answer and three answers of other cards of the same topic.
 * Two options never read the same once Markdown, case, width and whitespace are set aside, and
 * an answer of a card that asks the same question is never offered as wrong (it is right too).
 * Of the candidates, those closest in length to the right answer are preferred, so a term is
 * not set among three paragraphs. A card whose topic cannot give three such answers gets no
 * four-option question (mock-exam.ts leaves it out).
 */
import { inlineInfo } from '../notes/markdown';
import type { Random } from '../ring/random';

export const OPTION_COUNT = 4;
/** Distractors are drawn from this many candidates closest in length to the answer. */
const NEAREST_CANDIDATES = 8;

function plainLine(line: string): string {
  try {
    return inlineInfo(line).plain;
  } catch {
    // Beyond the inline parser's limits the raw text still compares as text.
    return line;
  }
}

/** What two options must not share: their text without Markdown, case, width or spacing. */
export function optionKey(markdown: string): string {
  return markdown
    .split('\n')
    .map(plainLine)
    .join(' ')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export interface OptionSource {
  id: string;
  front: string;
  back: string;
}

/** A card with its option keys worked out once per exam, not once per question. */
export interface KeyedOption extends OptionSource {
  frontKey: string;
  backKey: string;
}

export const keyed = (card: OptionSource): KeyedOption => ({
  ...card,
  frontKey: optionKey(card.front),
  backKey: optionKey(card.back),
});

export interface ChoiceOptions {
  /** Markdown, in the order shown. */
  options: string[];
  correct: number;
}

/** Answers of other cards of the topic that may stand as wrong options for `card`. */
export function distractorCandidates(
  card: KeyedOption,
  topicCards: readonly KeyedOption[],
): KeyedOption[] {
  const seen = new Set([card.backKey, card.frontKey]);
  const candidates: KeyedOption[] = [];
  for (const other of topicCards) {
    if (other.id === card.id || other.frontKey === card.frontKey || seen.has(other.backKey)) {
      continue;
    }
    if (other.backKey) {
      seen.add(other.backKey);
      candidates.push(other);
    }
  }
  return candidates;
}

/** The card's four options in random order, or null when its topic lacks three distractors. */
export function chooseOptions(
  card: KeyedOption,
  topicCards: readonly KeyedOption[],
  rng: Random,
): ChoiceOptions | null {
  const candidates = distractorCandidates(card, topicCards);
  if (candidates.length < OPTION_COUNT - 1) {
    return null;
  }
  const length = Math.max(1, card.backKey.length);
  const distance = (c: KeyedOption) => Math.abs(Math.log(Math.max(1, c.backKey.length) / length));
  const nearest = candidates
    .map((c) => ({ text: c.back, distance: distance(c) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, NEAREST_CANDIDATES)
    .map((c) => c.text);
  const picked = pickSome(nearest, OPTION_COUNT - 1, rng);
  const options = pickSome([card.back, ...picked], OPTION_COUNT, rng);
  return { options, correct: options.indexOf(card.back) };
}

/** `count` items of `items` in random order (a partial Fisher–Yates shuffle). */
export function pickSome<T>(items: readonly T[], count: number, rng: Random): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0) {
    const index = rng.randint(0, pool.length - 1);
    picked.push(pool[index] as T);
    pool[index] = pool[pool.length - 1] as T;
    pool.pop();
  }
  return picked;
}
