/**
 * One card per id in what a reader returns. The collection keeps one row per id, so a file that
 * names an id twice used to be summarised as two cards added while one arrived; the later ones
 * are left out here and counted as skipped, whatever the format.
 */
import type { FormatWarning, ImportResult } from './types';

export function withoutDuplicateIds(result: ImportResult, file: string): ImportResult {
  const first = new Map<string, number>();
  const warnings: FormatWarning[] = [];
  const cards = result.cards.filter((card, i) => {
    const earlier = first.get(card.id);
    if (earlier === undefined) {
      first.set(card.id, i);
      return true;
    }
    warnings.push({
      file,
      line: i + 1,
      code: 'duplicate-card',
      message: `card ${i + 1} has the id of card ${earlier + 1} (${card.id}); skipped`,
      skipped: true,
    });
    return false;
  });
  return warnings.length === 0
    ? result
    : { ...result, cards, warnings: [...result.warnings, ...warnings] };
}
