import { describe, expect, it } from 'vitest';
import { upsertCards } from '../../../src-renderer/data/cards';
import { createPreset } from '../../../src-renderer/data/presets';
import type { UndoableAction } from '../../../src-renderer/data/undo';
import { fixedClock } from '../../../src-renderer/lib/clock';
import { DEFAULT_DECK_OPTIONS } from '../../../src-renderer/lib/scheduler/deck-options';
import { UndoHistory } from '../../../src-renderer/ui/shared/undo-history';
import { StudySession } from '../../../src-renderer/ui/study/study-session.svelte';
import { card, testDb } from '../../data/helpers';

const TOP = 'OPCEL 252';
const GLANCE = 'OPCEL 252::Glance';
const MORNING = new Date('2026-11-25T10:00:00+09:00');

async function session(deck: string, db = testDb()) {
  const history = new UndoHistory<UndoableAction>();
  const study = new StudySession(db, fixedClock(MORNING), deck, history);
  await study.start();
  return { study, history };
}

describe('StudySession with deck presets', () => {
  it("shows each card's intervals from its own deck's preset, limits from the studied deck", async () => {
    const db = testDb();
    await upsertCards(db, [card(GLANCE, 'Glance', 'the OpenStack image service')], 1);
    await createPreset(db, GLANCE, 'Cram', {
      ...DEFAULT_DECK_OPTIONS,
      learningSteps: ['5m', '2h'],
    });
    await createPreset(db, TOP, 'Top', { ...DEFAULT_DECK_OPTIONS, newPerDay: 0 });

    const top = (await session(TOP, db)).study;
    expect(top.phase).toBe('done');

    const { study } = await session(GLANCE, db);
    study.reveal();
    expect(study.previews?.[1].interval).toBe('5m');
    expect(study.previews?.[3].interval).toBe('2h');
  });

  it('a lapse that makes a leech takes the card out of the session; undo brings it back', async () => {
    const db = testDb();
    const only = card(GLANCE, 'qcow2', 'QEMU copy-on-write image format');
    await upsertCards(db, [only], 1);
    await createPreset(db, GLANCE, 'Strict', { ...DEFAULT_DECK_OPTIONS, leechThreshold: 1 });
    await db.schedules.update(only.id, {
      state: 'review',
      queue: 'review',
      due: MORNING.getTime() - 1,
      stability: 4,
      difficulty: 5,
      scheduledDays: 4,
      reps: 3,
      lastReview: MORNING.getTime() - 4 * 86_400_000,
    });
    const { study } = await session(GLANCE, db);
    expect(study.counts).toEqual({ new: 0, learn: 0, review: 1 });
    study.reveal();
    await study.grade(1);
    expect(study.phase).toBe('done');
    expect(study.counts).toEqual({ new: 0, learn: 0, review: 0 });
    expect((await db.cards.get(only.id))?.tags).toEqual(['leech']);
    expect((await db.schedules.get(only.id))?.queue).toBe('suspended');

    expect(await study.undo()).toBe(true);
    expect(study.card?.id).toBe(only.id);
    expect((await db.cards.get(only.id))?.tags).toEqual([]);
  });
});
