/**
 * Import failures in the user's language: the error's class picks the sentence, its file and
 * line say where; the detail stays as the reader wrote it (file format terms, in English).
 */
import { ImportCancelledError } from '../../data/import';
import {
  DomainError,
  InputTooLargeError,
  ParseError,
  UnsupportedVersionError,
  ValidationError,
} from '../../lib/errors';
import type { FormatWarning } from '../../lib/formats/types';
import type { MessageKey, Translate } from '../../lib/i18n';

export function importErrorText(t: Translate, error: unknown): string {
  if (error instanceof ImportCancelledError) {
    return t('import.error.cancelled');
  }
  if (!(error instanceof DomainError)) {
    return t('import.error.other', {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  const { file = '', line } = error.location;
  const where = line === undefined ? file : `${file}:${line}`;
  const params = { where, detail: error.message };
  if (error instanceof UnsupportedVersionError) {
    return t('import.error.version', params);
  }
  if (error instanceof InputTooLargeError) {
    return t('import.error.tooLarge', params);
  }
  if (error instanceof ValidationError) {
    return t('import.error.invalid', params);
  }
  if (error instanceof ParseError) {
    return t('import.error.parse', params);
  }
  return t('import.error.other', { detail: error.describe() });
}

const WARNING_KEYS: Record<string, MessageKey> = {
  'csv-empty-front': 'import.warning.csv-empty-front',
  'csv-duplicate': 'import.warning.csv-duplicate',
  'apkg-missing-media': 'import.warning.apkg-missing-media',
  'media-not-kept': 'import.warning.media-not-kept',
  'apkg-bad-schedule': 'import.warning.apkg-bad-schedule',
  'apkg-bad-revlog': 'import.warning.apkg-bad-revlog',
  'apkg-duplicate-card': 'import.warning.apkg-duplicate-card',
  'duplicate-card': 'import.warning.duplicate-card',
};

/** Known warnings in the user's language; the notes generator's own ones as it wrote them. */
export function warningText(t: Translate, warning: FormatWarning): string {
  const key = WARNING_KEYS[warning.code];
  if (key) {
    return t(key, { line: warning.line ?? '', detail: warning.message });
  }
  const where = [warning.file, warning.line].filter((part) => part !== undefined).join(':');
  return `${where}: ${warning.message}`;
}
