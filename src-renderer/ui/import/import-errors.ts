/**
 * Import failures in the user's language: a cancel says nothing changed, a typed error is
 * what messageOf says of it, and anything else says the import failed with nothing changed.
 */
import { ImportCancelledError } from '../../data/import';
import { DomainError } from '../../lib/errors';
import { translate, type Locale } from '../../lib/i18n';
import { messageOf } from '../../lib/i18n/error-messages';

export function importErrorText(locale: Locale, error: unknown): string {
  if (error instanceof ImportCancelledError) {
    return translate(locale, 'import.error.cancelled');
  }
  if (error instanceof DomainError) {
    return messageOf(error, locale);
  }
  return translate(locale, 'import.error.other', { reason: messageOf(error, locale) });
}
