import { describe, expect, it } from 'vitest';
import { withoutSiblings } from '../../../src-renderer/lib/scheduler/siblings';
import type { QueuedCard } from '../../../src-renderer/lib/scheduler/study-queue';
import type { ScheduleState } from '../../../src-renderer/lib/scheduler/types';

const schedule: ScheduleState = {
  state: 'new',
  due: 0,
  stability: 0,
  difficulty: 0,
  scheduledDays: 0,
  learningSteps: 0,
  reps: 0,
  lapses: 0,
};
const queued = (...ids: string[]): QueuedCard[] => ids.map((cardId) => ({ cardId, schedule }));
const ids = (cards: QueuedCard[]) => cards.map((c) => c.cardId);

/** Cards named `note.n`: the part before the dot is the note; `solo` cards have none. */
const noteOf = (id: string) => (id.startsWith('solo') ? undefined : id.split('.')[0]);

describe('withoutSiblings', () => {
  it('keeps one card per note: reviews before new cards, each in order', () => {
    const kept = withoutSiblings(
      {
        learning: [],
        review: queued('b.2', 'c.1'),
        fresh: queued('a.1', 'a.2', 'b.1', 'solo1', 'solo2'),
      },
      noteOf,
      [],
    );
    expect(ids(kept.review)).toEqual(['b.2', 'c.1']);
    expect(ids(kept.fresh)).toEqual(['a.1', 'solo1', 'solo2']);
  });

  it('keeps every learning card and leaves out their notes’ other cards', () => {
    const kept = withoutSiblings(
      { learning: queued('a.1', 'a.2'), review: queued('a.3'), fresh: queued('a.4', 'b.1') },
      noteOf,
      [],
    );
    expect(ids(kept.learning)).toEqual(['a.1', 'a.2']);
    expect(ids(kept.review)).toEqual([]);
    expect(ids(kept.fresh)).toEqual(['b.1']);
  });

  it('leaves out cards whose note was studied today, but not the studied card itself', () => {
    const kept = withoutSiblings(
      { learning: [], review: queued('a.1'), fresh: queued('a.2', 'b.1') },
      noteOf,
      ['a.1', 'b.9'],
    );
    expect(ids(kept.review)).toEqual(['a.1']);
    expect(ids(kept.fresh)).toEqual([]);
  });
});
