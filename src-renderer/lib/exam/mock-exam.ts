/**
 * A mock exam: questions drawn by topic weights (mock-draw.ts), each a type-in question for a
 * command card (judged exactly as the study screen judges it) or a four-option question for the
 * others (distractors.ts). Ring cards draw their numbers once, from a seed kept with the
 * question, and are typed in like in the study screen. Judging and scoring: mock-judge.ts.
 */
import type { CardKind } from '../cards/card';
import { ValidationError } from '../errors';
import { ringQuestion } from '../ring/cards';
import { Random } from '../ring/random';
import { chooseOptions, distractorCandidates, keyed, OPTION_COUNT, pickSome } from './distractors';
import { questionQuotas } from './mock-draw';

export const DEFAULT_QUESTIONS = 40;
export const DEFAULT_MINUTES = 60;
export const MAX_QUESTIONS = 500;
export const MAX_MINUTES = 600;

export interface MockCard {
  id: string;
  topic: string;
  kind: CardKind;
  front: string;
  back: string;
}

export interface MockSettings {
  questions: number;
  minutes: number;
  /** Relative weight of each topic; a topic left out weighs nothing. */
  weights: Record<string, number>;
}

export type QuestionFormat = 'choice' | 'type-in';

export interface MockQuestion {
  cardId: string;
  topic: string;
  format: QuestionFormat;
  /** Markdown. */
  prompt: string;
  /** The right answer, Markdown for choices and as typed for type-in. */
  expected: string;
  /** Four-option questions: the options in the order shown, and the right one's index. */
  options?: string[];
  correct?: number;
  /** Ring cards: the numbers drawn, so the same question is judged. */
  ring?: { template: string; seed: number };
}

export function checkMockSettings(settings: MockSettings): MockSettings {
  const whole = (n: number, max: number) => Number.isInteger(n) && n >= 1 && n <= max;
  if (!whole(settings.questions, MAX_QUESTIONS)) {
    throw new ValidationError(
      `the number of questions must be a whole number from 1 to ${MAX_QUESTIONS}`,
    );
  }
  if (!whole(settings.minutes, MAX_MINUTES)) {
    throw new ValidationError(
      `the time must be a whole number of minutes from 1 to ${MAX_MINUTES}`,
    );
  }
  const weights = Object.values(settings.weights);
  if (weights.some((w) => !Number.isFinite(w) || w < 0) || !weights.some((w) => w > 0)) {
    throw new ValidationError('topic weights must be numbers of 0 or more, at least one above 0');
  }
  return settings;
}

/** Default weights: each topic's number of cards. */
export function defaultWeights(cards: readonly MockCard[]): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const card of cards) {
    weights[card.topic] = (weights[card.topic] ?? 0) + 1;
  }
  return weights;
}

type Maker = (rng: Random) => MockQuestion | null;

/** Per topic, one question maker per card that can give a question. */
function makersByTopic(cards: readonly MockCard[]): Map<string, Maker[]> {
  const byTopic = new Map<string, MockCard[]>();
  for (const card of cards) {
    byTopic.set(card.topic, [...(byTopic.get(card.topic) ?? []), card]);
  }
  const result = new Map<string, Maker[]>();
  for (const [topic, topicCards] of byTopic) {
    // Typed answers (terms, commands) stand among the options too: without them a topic of
    // long descriptions would set a short right answer apart from three paragraphs.
    const withKeys = topicCards.filter((c) => c.kind !== 'ring').map(keyed);
    const makers: Maker[] = [];
    for (const card of topicCards) {
      if (card.kind === 'ring') {
        makers.push((rng) => ringMock(card, rng.next()));
      } else if (card.kind === 'type-in') {
        if (card.back.trim()) {
          makers.push(() => typeInMock(card));
        }
      } else {
        const own = keyed(card);
        if (own.backKey && distractorCandidates(own, withKeys).length >= OPTION_COUNT - 1) {
          makers.push((rng) => choiceMock(card, chooseOptions(own, withKeys, rng)));
        }
      }
    }
    result.set(topic, makers);
  }
  return result;
}

function typeInMock(card: MockCard): MockQuestion {
  return {
    cardId: card.id,
    topic: card.topic,
    format: 'type-in',
    prompt: card.front,
    expected: card.back,
  };
}

function choiceMock(card: MockCard, choice: ReturnType<typeof chooseOptions>): MockQuestion | null {
  if (!choice) {
    return null;
  }
  return {
    cardId: card.id,
    topic: card.topic,
    format: 'choice',
    prompt: card.front,
    expected: card.back,
    options: choice.options,
    correct: choice.correct,
  };
}

function ringMock(card: MockCard, seed: number): MockQuestion | null {
  try {
    const ring = ringQuestion(card.front, seed);
    return {
      cardId: card.id,
      topic: card.topic,
      format: 'type-in',
      prompt: ring.prompt,
      expected: ring.expected,
      ring: { template: card.front, seed },
    };
  } catch {
    // A template this version does not know gives no question; the study screen says why.
    return null;
  }
}

/** Up to `settings.questions` questions in random order, each topic's share by its weight. */
export function drawMockExam(
  cards: readonly MockCard[],
  settings: MockSettings,
  rng: Random,
): MockQuestion[] {
  const makers = makersByTopic(cards);
  const quotas = questionQuotas(
    [...makers].map(([topic, list]) => ({
      topic,
      weight: settings.weights[topic] ?? 0,
      available: list.length,
    })),
    settings.questions,
  );
  const questions: MockQuestion[] = [];
  for (const [topic, list] of makers) {
    const quota = quotas.get(topic) ?? 0;
    for (const make of pickSome(list, quota, rng)) {
      const question = make(rng);
      if (question) {
        questions.push(question);
      }
    }
  }
  return pickSome(questions, questions.length, rng);
}

/** A fresh seed for a draw (the UI's; tests pass their own Random). */
export const newDrawRandom = (): Random => new Random();
