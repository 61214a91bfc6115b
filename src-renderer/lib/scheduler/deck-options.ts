/**
 * A deck's study options, as Anki's option presets hold them: daily limits, learning steps,
 * FSRS's desired retention and parameters, new-card order, sibling burying, leeches and the hour
 * the study day rolls over. Several decks share one preset; the schema is the one check every
 * writer (options page, migration, backup restore) goes through.
 */
import { z } from 'zod';
import { DEFAULT_ROLLOVER_HOUR } from './study-day';

/** A learning step as Anki writes it and ts-fsrs reads it: `1m`, `10m`, `1h`, `2d`. */
export type Step = `${number}${'m' | 'h' | 'd'}`;

export const NEW_CARD_ORDERS = ['notes', 'random'] as const;
export type NewCardOrder = (typeof NEW_CARD_ORDERS)[number];

export interface DeckOptions {
  newPerDay: number;
  reviewsPerDay: number;
  learningSteps: Step[];
  relearningSteps: Step[];
  desiredRetention: number;
  maximumIntervalDays: number;
  newCardOrder: NewCardOrder;
  burySiblings: boolean;
  /** Lapses after which a card is tagged `leech` and suspended. */
  leechThreshold: number;
  /** Local hour (0–23) at which one study day ends and the next begins. */
  rolloverHour: number;
  /** FSRS parameters from the optimizer; absent means ts-fsrs's defaults. */
  weights?: number[];
}

/** Anki's defaults (and ts-fsrs's, for the FSRS fields). */
export const DEFAULT_DECK_OPTIONS: DeckOptions = {
  newPerDay: 20,
  reviewsPerDay: 200,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  desiredRetention: 0.9,
  maximumIntervalDays: 36500,
  newCardOrder: 'notes',
  burySiblings: true,
  leechThreshold: 8,
  rolloverHour: DEFAULT_ROLLOVER_HOUR,
};

const STEP = /^(\d+(?:\.\d+)?)([mhd])$/;
/** Anki's limit on a learning step; longer waits belong to the review intervals. */
const MAX_STEP_MINUTES = 365 * 24 * 60;
const MINUTES_PER_UNIT = { m: 1, h: 60, d: 24 * 60 } as const;

export function stepMinutes(step: string): number | undefined {
  const match = STEP.exec(step);
  if (!match) {
    return undefined;
  }
  return Number(match[1]) * MINUTES_PER_UNIT[match[2] as keyof typeof MINUTES_PER_UNIT];
}

export function isStep(step: unknown): step is Step {
  const minutes = typeof step === 'string' ? stepMinutes(step) : undefined;
  return minutes !== undefined && minutes >= 1 && minutes <= MAX_STEP_MINUTES;
}

const stepSchema = z.custom<Step>(isStep, {
  message: 'a step is a number with m, h or d (1m to 365d), as in 1m 10m 1d',
});

const limit = z.number().int().min(0).max(100_000);

export const deckOptionsSchema = z.object({
  newPerDay: limit,
  reviewsPerDay: limit,
  learningSteps: z.array(stepSchema).max(20),
  relearningSteps: z.array(stepSchema).max(20),
  // ts-fsrs accepts (0, 1]; Anki's options page offers 0.70–0.99, below that FSRS is meaningless.
  desiredRetention: z.number().min(0.7).max(0.99),
  maximumIntervalDays: z.number().int().min(1).max(36500),
  newCardOrder: z.enum(NEW_CARD_ORDERS),
  burySiblings: z.boolean(),
  leechThreshold: z.number().int().min(1).max(100),
  rolloverHour: z.number().int().min(0).max(23),
  // FSRS-4.5 has 17 parameters, FSRS-5 19, FSRS-6 21: ts-fsrs migrates the shorter ones.
  weights: z
    .array(z.number().finite())
    .refine((w) => [17, 19, 21].includes(w.length), {
      message: 'FSRS parameters come in sets of 17, 19 or 21',
    })
    .optional(),
}) satisfies z.ZodType<DeckOptions>;

/** `1m 10m` as the options page shows steps, and back; an empty text is no steps. */
export function formatSteps(steps: readonly Step[]): string {
  return steps.join(' ');
}

export function splitSteps(text: string): string[] {
  return text.split(/[\s,]+/).filter((part) => part !== '');
}

/**
 * Anki's leech rule: a card becomes a leech on the lapse that reaches the threshold, and is
 * flagged again every half threshold after that if it keeps lapsing.
 */
export function isLeechLapse(lapsesBefore: number, lapsesAfter: number, threshold: number) {
  if (lapsesAfter <= lapsesBefore || lapsesAfter < threshold) {
    return false;
  }
  return (lapsesAfter - threshold) % Math.max(1, Math.ceil(threshold / 2)) === 0;
}
