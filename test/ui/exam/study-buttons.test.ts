import { describe, expect, it } from 'vitest';
import { upsertCards } from '../../../src-renderer/data/cards';
import { setDeckExam } from '../../../src-renderer/data/exam';
import { fixedClock } from '../../../src-renderer/lib/clock';
import { isoDate } from '../../../src-renderer/lib/exam/settings';
import { StudySession } from '../../../src-renderer/ui/study/study-session.svelte';
import { UndoHistory } from '../../../src-renderer/ui/shared/undo-history';
import type { UndoableAction } from '../../../src-renderer/data/undo';
import { card, testDb } from '../../data/helpers';

const TOP = 'OPCEL 252';
const DECK = 'OPCEL 252::イメージサービス (Glance)';
const DAY = 86_400_000;
const MORNING = new Date(2026, 10, 25, 10, 0);

/** A Glance card in review, due this morning, last seen four days ago. */
async function reviewSession(exam: { examSchedule: boolean } | null) {
  const db = testDb();
  const glance = card(DECK, 'Glance', 'the OpenStack image service');
  await upsertCards(db, [glance], 1);
  await db.schedules.update(glance.id, {
    state: 'review',
    queue: 'review',
    due: MORNING.getTime() - 3_600_000,
    stability: 4,
    difficulty: 5,
    scheduledDays: 4,
    reps: 3,
    lastReview: MORNING.getTime() - 4 * DAY,
  });
  if (exam) {
    const date = isoDate(new Date(MORNING.getTime() + 20 * DAY));
    await setDeckExam(db, TOP, { date, targetRetention: 0.97, ...exam });
  }
  const session = new StudySession(
    db,
    fixedClock(MORNING),
    DECK,
    new UndoHistory<UndoableAction>(),
  );
  await session.start();
  session.reveal();
  return { db, session, id: glance.id };
}

describe('the study buttons under an exam schedule', () => {
  it('show the earlier interval the exam schedule gives, and the grade writes it', async () => {
    const normal = (await reviewSession(null)).session.previews!;
    const off = (await reviewSession({ examSchedule: false })).session.previews!;
    const { db, session, id } = await reviewSession({ examSchedule: true });
    const exam = session.previews!;
    expect(off[3].interval).toBe(normal[3].interval);
    const days = (p: typeof exam) => Math.round((p[3].schedule.due - MORNING.getTime()) / DAY);
    expect(days(exam)).toBeLessThan(days(normal));
    expect(exam[3].interval).toBe(`${days(exam)}d`);
    await session.grade(3);
    expect((await db.schedules.get(id))?.due).toBe(exam[3].schedule.due);
  });
});
