import type { Locale } from '../../lib/i18n';

/** `42 %` / `42%` as the language writes a share; an em dash where there is none. */
export function percent(share: number | null, locale: Locale): string {
  return share === null
    ? '—'
    : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A YYYY-MM-DD or epoch-ms date as the language writes it. */
export function dateText(date: string | number, locale: Locale): string {
  const value = typeof date === 'number' ? new Date(date) : new Date(`${date}T12:00:00`);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(value);
}

export function dateTimeText(ms: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(ms),
  );
}
