import type { CardRow } from '../../data/schema';
import { checkAnswer, type DiffToken, type Finding } from '../../lib/check/answer';
import type { GrammarData } from '../../lib/check/grammar/types';
import { codeSpan } from '../../lib/notes/markdown';
import { ringQuestion } from '../../lib/ring/cards';

export interface CheckResult {
  correct: boolean;
  expected: string;
  diff?: DiffToken[];
  /** Why, from the tool's grammar. */
  findings?: Finding[];
}

/** What the study screen shows for a card: plain cards reveal, type-in and ring cards check. */
export interface Prompt {
  question: string;
  answer: string;
  check?: (typed: string, grammar?: GrammarData) => CheckResult;
  /** The check reads commands with the tools' grammars: load them when the card shows. */
  usesGrammar?: boolean;
}

export function promptOf(card: CardRow, seed: number): Prompt {
  switch (card.kind) {
    case 'type-in':
      return {
        question: card.front,
        answer: codeSpan(card.back),
        check: (typed, grammar) => ({
          ...checkAnswer(typed, card.back, grammar),
          expected: card.back,
        }),
        usesGrammar: true,
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
