/**
 * Errors and warnings in the user's language, in one place: the error's code picks the
 * sentence, its file and line say where, and lib's English message fills in the detail. An error
 * lib did not throw gets one plain sentence; its own message is only a detail, never its stack.
 */
import { DomainError, type ErrorCode } from '../errors';
import type { FormatWarning, FormatWarningCode } from '../formats/types';
import { translate, type Locale, type MessageKey } from './index';

/** A `Record` over every code: a new code without a message does not compile. */
export const ERROR_MESSAGES: Record<ErrorCode, MessageKey> = {
  failed: 'error.code.failed',
  parse: 'error.code.parse',
  invalid: 'error.code.invalid',
  version: 'error.code.version',
  'too-large': 'error.code.too-large',
  cancelled: 'error.code.cancelled',
  'not-found': 'error.code.not-found',
  'ring-builder': 'error.code.ring-builder',
  'unknown-ring-template': 'error.code.unknown-ring-template',
  internal: 'error.code.internal',
};

export const WARNING_MESSAGES: Record<FormatWarningCode, MessageKey> = {
  'csv-empty-front': 'import.warning.csv-empty-front',
  'csv-duplicate': 'import.warning.csv-duplicate',
  'apkg-unknown-template': 'warning.apkg-unknown-template',
  'apkg-empty-front': 'warning.apkg-empty-front',
  'apkg-missing-media': 'import.warning.apkg-missing-media',
  'media-not-kept': 'import.warning.media-not-kept',
  'apkg-bad-schedule': 'import.warning.apkg-bad-schedule',
  'apkg-bad-revlog': 'import.warning.apkg-bad-revlog',
  'apkg-duplicate-card': 'import.warning.apkg-duplicate-card',
  'duplicate-card': 'import.warning.duplicate-card',
  'empty-file': 'warning.empty-file',
  'no-cards': 'warning.no-cards',
  'prose-without-card': 'warning.prose-without-card',
  'command-without-description': 'warning.command-without-description',
  'unknown-subcommand': 'warning.unknown-subcommand',
  'table-row-without-card': 'warning.table-row-without-card',
  'code-without-card': 'warning.code-without-card',
  'duplicate-question': 'warning.duplicate-question',
  'empty-side': 'warning.empty-side',
};

const prefix = (where: string): string => (where ? `${where}: ` : '');

/** What a failure means, for the banner or a screen's own error line. */
export function messageOf(error: unknown, locale: Locale): string {
  if (!(error instanceof DomainError)) {
    return translate(locale, 'error.unknown');
  }
  return translate(locale, ERROR_MESSAGES[error.code], {
    where: prefix(error.where()),
    detail: error.message,
  });
}

const MAX_DETAIL = 300;

/**
 * What an error lib did not throw said about itself, for a "Details" line: its first line (a
 * stack never), cut short. DomainErrors say everything in messageOf already.
 */
export function errorDetail(error: unknown): string | undefined {
  if (error instanceof DomainError) {
    return undefined;
  }
  const text = error instanceof Error ? error.message : String(error);
  const first = text.split('\n')[0]?.trim() ?? '';
  if (!first) {
    return undefined;
  }
  return first.length > MAX_DETAIL ? `${first.slice(0, MAX_DETAIL)}…` : first;
}

export function warningMessage(warning: FormatWarning, locale: Locale): string {
  const where = [warning.file, warning.line].filter((part) => part !== undefined).join(':');
  return translate(locale, WARNING_MESSAGES[warning.code], {
    where: prefix(where),
    line: warning.line ?? '',
    detail: warning.message,
  });
}
