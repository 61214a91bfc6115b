import { describe, expect, it } from 'vitest';
import { Scheduler } from '../../../src-renderer/lib/scheduler/fsrs-adapter';
import { StudyQueue, type QueuedCard } from '../../../src-renderer/lib/scheduler/study-queue';
import { summariseDecks, remainingToday } from '../../../src-renderer/lib/scheduler/deck-counts';
import type { ScheduleState } from '../../../src-renderer/lib/scheduler/types';

const scheduler = new Scheduler({ fuzz: false });
const now = new Date(2026, 10, 25, 10, 0).getTime();
const dayEnd = new Date(2026, 10, 26, 4, 0).getTime();

const fresh = (id: string, position: number): QueuedCard => ({
  cardId: id,
  schedule: scheduler.newSchedule(position),
});
const review = (id: string, due: number): QueuedCard => ({
  cardId: id,
  schedule: {
    ...scheduler.newSchedule(0),
    state: 'review',
    due,
    stability: 5,
    difficulty: 5,
    scheduledDays: 3,
    lastReview: due - 3 * 86_400_000,
  },
});
const learning = (id: string, due: number): QueuedCard => ({
  cardId: id,
  schedule: { ...scheduler.newSchedule(0), state: 'learning', due },
});

function drain(queue: StudyQueue, at: number): string[] {
  const shown: string[] = [];
  for (let card = queue.peek(at); card; card = queue.peek(at)) {
    shown.push(card.cardId);
    const done: ScheduleState = { ...card.schedule, state: 'review', due: dayEnd + 86_400_000 };
    queue.answered(card.cardId, done, dayEnd);
  }
  return shown;
}

describe('StudyQueue', () => {
  it('shows due learning cards first, then spreads new cards among reviews', () => {
    const queue = new StudyQueue({
      learning: [learning('l1', now - 1000)],
      review: ['r1', 'r2', 'r3', 'r4'].map((id, i) => review(id, now - 10_000 + i)),
      fresh: [fresh('n1', 1), fresh('n2', 2)],
    });
    const order = drain(queue, now);
    expect(order[0]).toBe('l1');
    expect(order).toHaveLength(7);
    const newPositions = ['n1', 'n2'].map((id) => order.indexOf(id));
    // Not both at the end, not both at the start: spread.
    expect(newPositions[0]).toBeLessThan(5);
    expect(newPositions[1]).toBeGreaterThan(newPositions[0]! + 1);
  });

  it('brings a card graded Again back in the same session', () => {
    const queue = new StudyQueue({ learning: [], review: [review('r1', now - 1)], fresh: [] });
    const card = queue.peek(now)!;
    const again = scheduler.grade(card.schedule, 1, new Date(now)).schedule;
    queue.answered('r1', again, dayEnd);
    expect(queue.counts()).toEqual({ new: 0, learn: 1, review: 0 });
    // Due in 10 minutes: inside the 20-minute learn-ahead window, so it is shown now.
    expect(queue.peek(now)?.cardId).toBe('r1');
    expect(queue.nextLearningDue()).toBe(again.due);
  });

  it('waits for a learning card due beyond the learn-ahead window', () => {
    const queue = new StudyQueue({
      learning: [learning('l1', now + 3_600_000)],
      review: [],
      fresh: [],
    });
    expect(queue.peek(now)).toBeNull();
    expect(queue.peek(now + 3_600_000)?.cardId).toBe('l1');
  });

  it('drops a learning card that is next due after the study day', () => {
    const queue = new StudyQueue({ learning: [], review: [], fresh: [fresh('n1', 1)] });
    queue.answered(
      'n1',
      { ...scheduler.newSchedule(1), state: 'learning', due: dayEnd + 1 },
      dayEnd,
    );
    expect(queue.counts()).toEqual({ new: 0, learn: 0, review: 0 });
  });
});

describe('daily limits', () => {
  const own = (n: number, r: number, introduced = 0, reviewed = 0) => ({
    new: n,
    learn: 0,
    review: r,
    introducedToday: introduced,
    reviewedToday: reviewed,
  });

  it('caps a deck (with its sub-decks) by its own limits less what was done today', () => {
    const summaries = summariseDecks([
      { name: 'OPCEL 252', ord: 1, newPerDay: 20, reviewsPerDay: 200, own: own(0, 0) },
      {
        name: 'OPCEL 252::Cinder',
        ord: 3,
        newPerDay: 20,
        reviewsPerDay: 200,
        own: own(15, 150, 3, 10),
      },
      { name: 'OPCEL 252::Swift', ord: 2, newPerDay: 5, reviewsPerDay: 200, own: own(15, 100) },
    ]);
    // Parents first, then sub-decks in the order the notes introduced them, not by name.
    expect(summaries.map((s) => s.name)).toEqual([
      'OPCEL 252',
      'OPCEL 252::Swift',
      'OPCEL 252::Cinder',
    ]);
    const byName = new Map(summaries.map((s) => [s.name, s]));
    expect(byName.get('OPCEL 252')?.due).toEqual({ new: 17, learn: 0, review: 190 });
    expect(byName.get('OPCEL 252::Cinder')?.due).toEqual({ new: 15, learn: 0, review: 150 });
    expect(byName.get('OPCEL 252::Swift')?.due).toEqual({ new: 5, learn: 0, review: 100 });
    expect(byName.get('OPCEL 252::Swift')?.depth).toBe(1);
  });

  it('never goes below zero', () => {
    expect(
      remainingToday(
        { newPerDay: 20, reviewsPerDay: 200 },
        { introducedToday: 25, reviewedToday: 0 },
      ),
    ).toEqual({
      new: 0,
      review: 200,
    });
  });
});
