/**
 * Judging a mock exam once it is over, exactly as the study screen judges (checkAnswer for typed
 * answers, the ring card's own check for ring questions), and scoring it by topic.
 */
import { checkAnswer } from '../check/answer';
import type { GrammarData } from '../check/grammar/types';
import { verdictOf } from '../check/verdict';
import { ringQuestion } from '../ring/cards';
import type { MockQuestion, QuestionFormat } from './mock-exam';

export type Response = { chosen: number } | { typed: string };

/**
 * `cannot-tell`: the checker's own verdict (verdict.ts): say a command no grammar covers, typed
 * for the same program but in other words than the card's.
 */
export type Outcome = 'correct' | 'wrong' | 'cannot-tell' | 'unanswered';

export function judge(
  question: MockQuestion,
  response: Response | null,
  grammar: GrammarData | undefined,
): Outcome {
  if (response === null) {
    return 'unanswered';
  }
  if ('chosen' in response) {
    return response.chosen === question.correct ? 'correct' : 'wrong';
  }
  if (response.typed.trim() === '') {
    return 'unanswered';
  }
  if (question.ring) {
    const ring = ringQuestion(question.ring.template, question.ring.seed);
    return ring.check(response.typed).correct ? 'correct' : 'wrong';
  }
  const result = checkAnswer(response.typed, question.expected, grammar);
  const verdict = verdictOf(result, response.typed, question.expected);
  switch (verdict) {
    case 'correct':
    case 'cannot-tell':
      return verdict;
    case 'close':
    case 'wrong':
      return 'wrong';
  }
}

/** One answered question as the results keep it. */
export interface MockAnswer {
  cardId: string;
  topic: string;
  format: QuestionFormat;
  /** Markdown, as asked (ring cards: with the numbers drawn). */
  prompt: string;
  outcome: Outcome;
  /** The chosen option or the typed text; null when unanswered. */
  response: string | null;
  expected: string;
}

export function answerOf(
  question: MockQuestion,
  response: Response | null,
  grammar: GrammarData | undefined,
): MockAnswer {
  const text =
    response === null
      ? null
      : 'chosen' in response
        ? (question.options?.[response.chosen] ?? null)
        : response.typed;
  return {
    cardId: question.cardId,
    topic: question.topic,
    format: question.format,
    prompt: question.prompt,
    outcome: judge(question, response, grammar),
    response: text,
    expected: question.expected,
  };
}

export interface TopicScore {
  topic: string;
  questions: number;
  correct: number;
  cannotTell: number;
}

/** Per topic (in `topics` order, topics without questions left out) and in total. */
export function scoreByTopic(
  answers: readonly MockAnswer[],
  topics: readonly string[],
): { topics: TopicScore[]; total: TopicScore } {
  const order = [...topics, ...answers.map((a) => a.topic).filter((t) => !topics.includes(t))];
  const rows = new Map(
    order.map((topic) => [topic, { topic, questions: 0, correct: 0, cannotTell: 0 }]),
  );
  for (const answer of answers) {
    const row = rows.get(answer.topic);
    if (row) {
      row.questions++;
      row.correct += answer.outcome === 'correct' ? 1 : 0;
      row.cannotTell += answer.outcome === 'cannot-tell' ? 1 : 0;
    }
  }
  const list = [...rows.values()].filter((row) => row.questions > 0);
  const total = list.reduce(
    (sum, row) => ({
      topic: '',
      questions: sum.questions + row.questions,
      correct: sum.correct + row.correct,
      cannotTell: sum.cannotTell + row.cannotTell,
    }),
    { topic: '', questions: 0, correct: 0, cannotTell: 0 },
  );
  return { topics: list, total };
}

/** Share right of the questions that could be judged; null when none could. */
export function scoreShare(score: TopicScore): number | null {
  const judged = score.questions - score.cannotTell;
  return judged > 0 ? score.correct / judged : null;
}

export const isMiss = (answer: MockAnswer): boolean =>
  answer.outcome === 'wrong' || answer.outcome === 'unanswered';
