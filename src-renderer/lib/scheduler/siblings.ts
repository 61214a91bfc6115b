import type { QueueSource, QueuedCard } from './study-queue';

/**
 * Anki's "bury siblings" for one day's queue: a note shows one of its cards a day. Learning cards
 * always stay (they are mid-step); a review or new card is left out when a sibling is learning,
 * was studied today, or is already in the queue before it (reviews come before new cards, each in
 * their order). `noteOf` is undefined for a card that is a note of its own.
 */
export function withoutSiblings(
  source: QueueSource,
  noteOf: (cardId: string) => string | undefined,
  studiedToday: Iterable<string>,
): QueueSource {
  const takenBy = new Map<string, string>();
  const take = (cardId: string) => {
    const note = noteOf(cardId);
    if (note !== undefined && !takenBy.has(note)) {
      takenBy.set(note, cardId);
    }
  };
  for (const cardId of studiedToday) {
    take(cardId);
  }
  for (const card of source.learning) {
    take(card.cardId);
  }
  const keep = (list: QueuedCard[]) =>
    list.filter(({ cardId }) => {
      const note = noteOf(cardId);
      if (note === undefined) {
        return true;
      }
      const holder = takenBy.get(note);
      if (holder !== undefined && holder !== cardId) {
        return false;
      }
      takenBy.set(note, cardId);
      return true;
    });
  const review = keep(source.review);
  const fresh = keep(source.fresh);
  return { learning: source.learning, review, fresh };
}
