/**
 * Duplicate handling, decided before anything is written: which incoming cards are added,
 * which replace an existing card with the same id, which are left out, and which cards that
 * came from the same notes are gone from them (retired, their history kept).
 */
import { sameCardContent, type CardContent } from '../cards/card';
import { stableCardId } from '../cards/id';
import type { ImportedCard } from './types';

export const DUPLICATE_POLICIES = ['update', 'skip', 'keep-both'] as const;
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

export type ImportCounts = {
  added: number;
  /** Existing cards whose content or schedule the import changes. */
  updated: number;
  skipped: number;
  errors: number;
  /** Existing cards the file has again as they are. */
  unchanged: number;
  retired: number;
};

export interface ImportPlan {
  add: ImportedCard[];
  /** Written over the existing card: changed ones, and unchanged ones whose source line moved. */
  update: ImportedCard[];
  skip: ImportedCard[];
  /** Ids of existing cards to take out of study. */
  retire: string[];
  counts: ImportCounts;
}

/**
 * @param existing the collection's current version of every incoming id it already has
 * @param retireCandidates ids of cards that came from the same notes files before; those the
 *   file no longer has are retired (Markdown re-imports)
 */
export function planImport(
  existing: ReadonlyMap<string, CardContent>,
  incoming: readonly ImportedCard[],
  policy: DuplicatePolicy,
  errors = 0,
  retireCandidates: readonly string[] = [],
): ImportPlan {
  const add: ImportedCard[] = [];
  const update: ImportedCard[] = [];
  const skip: ImportedCard[] = [];
  const taken = new Set(existing.keys());
  let updated = 0;
  for (const card of incoming) {
    const current = existing.get(card.id);
    if (!current) {
      add.push(card);
      taken.add(card.id);
    } else if (policy === 'update') {
      const same = sameCardContent(current, card) && !card.schedule && !card.logs?.length;
      if (!same) {
        updated++;
      }
      if (!same || JSON.stringify(current.source) !== JSON.stringify(card.source)) {
        update.push(card);
      }
    } else if (policy === 'skip') {
      skip.push(card);
    } else {
      add.push({ ...card, id: freshId(card, taken) });
    }
  }
  const incomingIds = new Set(incoming.map((card) => card.id));
  const retire = retireCandidates.filter((id) => !incomingIds.has(id));
  const unchanged = policy === 'update' ? incoming.length - add.length - updated : 0;
  return {
    add,
    update,
    skip,
    retire,
    counts: {
      added: add.length,
      updated,
      skipped: skip.length,
      errors,
      unchanged,
      retired: retire.length,
    },
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
export function describeCounts(counts: ImportCounts): string {
  const extra = [
    counts.unchanged ? `${counts.unchanged} unchanged` : '',
    counts.retired ? `${counts.retired} retired` : '',
  ].filter(Boolean);
  return (
    `${counts.added} added, ${counts.updated} updated, ${counts.skipped} skipped, ${counts.errors} errors` +
    extra.map((part) => ` · ${part}`).join('')
  );
}
