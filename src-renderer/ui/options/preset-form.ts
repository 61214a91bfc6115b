/**
 * The options page's form: the text the learner types for each field, read back into deck
 * options through the one schema (lib/scheduler/deck-options.ts). A field that does not pass
 * names itself, so the page can say what it takes next to that field.
 */
import {
  deckOptionsSchema,
  formatSteps,
  splitSteps,
  type DeckOptions,
  type NewCardOrder,
} from '../../lib/scheduler/deck-options';
import type { MessageKey } from '../../lib/i18n';

export interface PresetForm {
  newPerDay: string;
  reviewsPerDay: string;
  learningSteps: string;
  relearningSteps: string;
  desiredRetention: string;
  maximumIntervalDays: string;
  newCardOrder: NewCardOrder;
  burySiblings: boolean;
  leechThreshold: string;
  rolloverHour: string;
}

export type FormField = keyof PresetForm;
/** The typed fields; the order select and the bury checkbox offer only valid values. */
export type TextField = Exclude<FormField, 'newCardOrder' | 'burySiblings'>;

/** What each typed field accepts, said where the field fails. */
export const FIELD_PROBLEMS: Record<TextField, MessageKey> = {
  newPerDay: 'options.invalid.limit',
  reviewsPerDay: 'options.invalid.limit',
  learningSteps: 'options.invalid.steps',
  relearningSteps: 'options.invalid.steps',
  desiredRetention: 'options.invalid.retention',
  maximumIntervalDays: 'options.invalid.interval',
  leechThreshold: 'options.invalid.leech',
  rolloverHour: 'options.invalid.hour',
};

export function formOf(options: DeckOptions): PresetForm {
  return {
    newPerDay: String(options.newPerDay),
    reviewsPerDay: String(options.reviewsPerDay),
    learningSteps: formatSteps(options.learningSteps),
    relearningSteps: formatSteps(options.relearningSteps),
    desiredRetention: String(options.desiredRetention),
    maximumIntervalDays: String(options.maximumIntervalDays),
    newCardOrder: options.newCardOrder,
    burySiblings: options.burySiblings,
    leechThreshold: String(options.leechThreshold),
    rolloverHour: String(options.rolloverHour),
  };
}

/** A number field's text; blank is not zero. */
function numberOf(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text.trim());
}

export type FormResult = { options: DeckOptions } | { invalid: FormField[] };

/** The form as deck options; `base` supplies what the form does not show (the FSRS weights). */
export function readForm(form: PresetForm, base: DeckOptions): FormResult {
  const candidate = {
    ...base,
    newPerDay: numberOf(form.newPerDay),
    reviewsPerDay: numberOf(form.reviewsPerDay),
    learningSteps: splitSteps(form.learningSteps),
    relearningSteps: splitSteps(form.relearningSteps),
    desiredRetention: numberOf(form.desiredRetention),
    maximumIntervalDays: numberOf(form.maximumIntervalDays),
    newCardOrder: form.newCardOrder,
    burySiblings: form.burySiblings,
    leechThreshold: numberOf(form.leechThreshold),
    rolloverHour: numberOf(form.rolloverHour),
  };
  const result = deckOptionsSchema.safeParse(candidate);
  if (result.success) {
    return { options: result.data };
  }
  const fields = Object.keys(form) as FormField[];
  const invalid = new Set(
    result.error.issues
      .map((issue) => issue.path[0])
      .filter((field): field is FormField => fields.includes(field as FormField)),
  );
  return { invalid: fields.filter((field) => invalid.has(field)) };
}
