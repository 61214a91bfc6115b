import type { CardRow } from '../../data/schema';
import { effectiveContent } from '../../lib/cards/override';
import { checkAnswer, type DiffToken, type Finding } from '../../lib/check/answer';
import type { GrammarData } from '../../lib/check/grammar/types';
import { verdictOf, type Verdict } from '../../lib/check/verdict';
import { codeSpan } from '../../lib/notes/markdown';
import { ringQuestion } from '../../lib/ring/cards';

export interface CheckResult {
  correct: boolean;
  /** Ring answers are numbers or ring commands: a wrong one is never "close". */
  verdict: Verdict;
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

export function promptOf(row: CardRow, seed: number): Prompt {
  // The learner studies, and is checked against, the card as edited.
  const card = effectiveContent(row);
  switch (card.kind) {
    case 'type-in':
      return {
        question: card.front,
        answer: codeSpan(card.back),
        check: (typed, grammar) => {
          // bench/check-ui.bench.ts reads this measure: the check's time in the renderer.
          const start = performance.now();
          const result = checkAnswer(typed, card.back, grammar);
          performance.measure('check-answer', { start, end: performance.now() });
          return { ...result, verdict: verdictOf(result, typed, card.back), expected: card.back };
        },
        usesGrammar: true,
      };
    case 'ring': {
      const ring = ringQuestion(card.front, seed);
      return {
        question: ring.prompt,
        answer: `${ring.expected}\n\n${card.back}`,
        check: (typed) => {
          const result = ring.check(typed);
          return { ...result, verdict: result.correct ? 'correct' : 'wrong' };
        },
      };
    }
    default:
      return { question: card.front, answer: card.back };
  }
}
