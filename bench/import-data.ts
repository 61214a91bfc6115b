/**
 * The 50,000-card collection the import benches read: the shipped OPCEL 252 deck repeated with
 * numbered questions; two in three are studied, with review logs, because that is what makes a
 * real collection's revlog table large.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stableCardId } from '../src-renderer/lib/cards/id';
import type { ImportedCard } from '../src-renderer/lib/formats/types';
import { generateFromNotes } from '../src-renderer/lib/notes/generate';

const DAY = 86_400_000;

export function benchCards(count: number): ImportedCard[] {
  const deckDir = join(import.meta.dirname, '../decks/opcel-252');
  const notes = readdirSync(deckDir)
    .filter((name) => name.endsWith('.md') && !/^readme\./i.test(name))
    .map((name) => ({ path: name, text: readFileSync(join(deckDir, name), 'utf8') }));
  const base = generateFromNotes(notes).cards;
  return Array.from({ length: count }, (_, i) => {
    const card = base[i % base.length] ?? base[0]!;
    const front = `${card.front} (#${i})`;
    const studied = i % 3 !== 0;
    const reviewedAt = Date.UTC(2026, 9, 1) + i * 1000;
    return {
      ...card,
      id: stableCardId(card.deck, front),
      front,
      ...(studied
        ? {
            schedule: {
              state: 'review',
              due: reviewedAt + 10 * DAY,
              stability: 10,
              difficulty: 5,
              scheduledDays: 10,
              learningSteps: 0,
              reps: 2,
              lapses: 0,
              lastReview: reviewedAt,
            },
            logs: [
              {
                rating: 3,
                reviewedAt: reviewedAt - DAY,
                elapsedMs: 5000,
                stateBefore: 'new',
                stateAfter: 'review',
                dueAfter: reviewedAt,
                stability: 1,
                difficulty: 5,
                scheduledDays: 1,
              },
              {
                rating: 3,
                reviewedAt,
                elapsedMs: 4000,
                stateBefore: 'review',
                stateAfter: 'review',
                dueAfter: reviewedAt + 10 * DAY,
                stability: 10,
                difficulty: 5,
                scheduledDays: 10,
              },
            ],
          }
        : {}),
    };
  });
}
