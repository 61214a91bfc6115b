import { deckLabel } from '../../lib/cards/deck-name';
import type { Locale, Translate } from '../../lib/i18n';
import { difficultyFraction, type BrowseRow } from '../../lib/search/row';
import type { SortColumn } from '../../lib/search/sort';

/** A cell's text and, where the cell shortens it, the whole of it for a tooltip. */
export interface Cell {
  text: string;
  title?: string;
}

/** Markdown read as one line: bold and code marks off, line breaks as spaces. */
export function oneLine(markdown: string): string {
  return markdown
    .replace(/\*\*|`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One formatter per language: making one per cell is most of a scroll frame's work. */
const DATES = new Map<Locale, Intl.DateTimeFormat>();

function dateOf(epochMs: number, locale: Locale): string {
  let format = DATES.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' });
    DATES.set(locale, format);
  }
  return format.format(epochMs);
}

/** As Anki's browser: a new card shows its place in the new queue; a suspended or buried card its due day in parentheses. */
function dueText(row: BrowseRow, locale: Locale, t: Translate): Cell {
  if (row.state === 'new') {
    const text = t('browse.due.new', { position: row.position });
    return row.queue === 'new' ? { text } : { text: `(${text})`, title: queueTitle(row, t) };
  }
  const date = dateOf(row.due, locale);
  return row.queue === 'suspended' || row.queue === 'buried'
    ? { text: `(${date})`, title: queueTitle(row, t) }
    : { text: date };
}

function queueTitle(row: BrowseRow, t: Translate): string | undefined {
  return row.queue === 'suspended'
    ? t('browse.due.suspended')
    : row.queue === 'buried'
      ? t('browse.due.buried')
      : undefined;
}

export function cellOf(row: BrowseRow, column: SortColumn, locale: Locale, t: Translate): Cell {
  switch (column) {
    case 'question':
      return { text: oneLine(row.question), title: row.question };
    case 'answer':
      return { text: oneLine(row.answer), title: row.answer };
    case 'deck':
      return { text: deckLabel(row.deck).name, title: row.deck };
    case 'due':
      return dueText(row, locale, t);
    case 'interval':
      return {
        text: row.state === 'review' ? t('browse.interval.days', { days: row.interval }) : '',
      };
    case 'difficulty':
      return {
        text: row.state === 'new' ? '' : `${Math.round(difficultyFraction(row.difficulty) * 100)}%`,
      };
    case 'reviews':
      return { text: String(row.reps) };
    case 'lapses':
      return { text: String(row.lapses) };
    case 'created':
      return { text: dateOf(row.createdAt, locale) };
    case 'modified':
      return { text: dateOf(row.updatedAt, locale) };
  }
}
