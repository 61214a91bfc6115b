import type { CardRow } from '../../data/schema';
import { checkAnswer, type DiffToken } from '../../lib/check/answer';
import { codeSpan } from '../../lib/notes/markdown';
import { ringQuestion } from '../../lib/ring/cards';

export interface CheckResult {
  correct: boolean;
  expected: string;
  diff?: DiffToken[];
}

/** What the study screen shows for a card: plain cards reveal, type-in and ring cards check. */
export interface Prompt {
  question: string;
  answer: string;
  check?: (typed: string) => CheckResult;
}

export function promptOf(card: CardRow, seed: number): Prompt {
  switch (card.kind) {
    case 'type-in':
      return {
        question: card.front,
        answer: codeSpan(card.back),
        check: (typed) => ({ ...checkAnswer(typed, card.back), expected: card.back }),
      };
    case 'ring': {
      const ring = ringQuestion(card.front, seed);
      return {
        question: ring.prompt,
        answer: `${ring.expected}\n\n${card.back}`,
        check: (typed) => ring.check(typed),
      };
    }
    default:
      return { question: card.front, answer: card.back };
  }
}
