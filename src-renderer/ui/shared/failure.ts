/**
 * What the error banner shows for a failure: the sentence messageOf gives the error, inside the
 * sentence of the action that failed when the screen names one, and a detail line for errors
 * lib did not throw.
 */
import type { Locale, MessageKey } from '../../lib/i18n';
import { translate } from '../../lib/i18n';
import { errorDetail, messageOf } from '../../lib/i18n/error-messages';

/** Sentences with a `{reason}`: what the user was doing when it failed. */
export type FailureContext = Extract<MessageKey, 'study.gradeFailed' | 'backup.autoFailed'>;

export interface Failure {
  error: unknown;
  context?: FailureContext;
}

export interface FailureText {
  text: string;
  detail?: string;
}

export function failureText({ error, context }: Failure, locale: Locale): FailureText {
  const reason = messageOf(error, locale);
  const text = context ? translate(locale, context, { reason }) : reason;
  const detail = errorDetail(error);
  return detail ? { text, detail } : { text };
}
