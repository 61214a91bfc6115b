/**
 * Duplicate handling, decided before anything is written: which incoming cards are added,
 * which replace an existing card with the same id, which are left out.
 */
import { stableCardId } from '../cards/id';
import type { ImportedCard } from './types';

export const DUPLICATE_POLICIES = ['update', 'skip', 'keep-both'] as const;
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

export interface ImportPlan {
  add: ImportedCard[];
  update: ImportedCard[];
  skip: ImportedCard[];
  counts: { added: number; updated: number; skipped: number; errors: number };
}

export function planImport(
  existingIds: ReadonlySet<string>,
  incoming: readonly ImportedCard[],
  policy: DuplicatePolicy,
  errors = 0,
): ImportPlan {
  const add: ImportedCard[] = [];
  const update: ImportedCard[] = [];
  const skip: ImportedCard[] = [];
  const taken = new Set(existingIds);
  for (const card of incoming) {
    if (!existingIds.has(card.id)) {
      add.push(card);
      taken.add(card.id);
    } else if (policy === 'update') {
      update.push(card);
    } else if (policy === 'skip') {
      skip.push(card);
    } else {
      add.push({ ...card, id: freshId(card, taken) });
    }
  }
  return {
    add,
    update,
    skip,
    counts: { added: add.length, updated: update.length, skipped: skip.length, errors },
  };
}

/** Derived, not random: the same import planned twice gives the same copies. */
function freshId(card: ImportedCard, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const id = stableCardId(card.deck, card.front, `copy-${n}`);
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

/** The English summary the CLI prints; the app formats the same counts through its catalog. */
export function describeCounts(counts: ImportPlan['counts']): string {
  return `${counts.added} added, ${counts.updated} updated, ${counts.skipped} skipped, ${counts.errors} errors`;
}
