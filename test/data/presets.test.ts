import { describe, expect, it } from 'vitest';
import {
  createPreset,
  deckOptions,
  deletePreset,
  renamePreset,
  saveDeckOptions,
  setPresetWeights,
} from '../../src-renderer/data/presets';
import { DEFAULT_PRESET_ID } from '../../src-renderer/data/schema';
import { ValidationError } from '../../src-renderer/lib/errors';
import { DEFAULT_DECK_OPTIONS } from '../../src-renderer/lib/scheduler/deck-options';
import { upsertCards } from '../../src-renderer/data/cards';
import { appDbNamed, cards, releasedV1Db, testDb } from './helpers';

const TOP = 'OPCEL 252';
const GLANCE = 'OPCEL 252::イメージサービス (Glance)';
const CINDER = 'OPCEL 252::Cinder';

/** A database as version 1 of the app left it: the daily limits on each deck row. */
async function versionOneDb(name: string) {
  const old = releasedV1Db(name);
  await old.table('decks').bulkAdd([
    { name: TOP, ord: 1, newPerDay: 20, reviewsPerDay: 200, createdAt: 1 },
    { name: GLANCE, ord: 2, newPerDay: 35, reviewsPerDay: 150, createdAt: 1 },
    { name: CINDER, ord: 3, newPerDay: 20, reviewsPerDay: 200, createdAt: 1 },
  ]);
  old.close();
}

describe('version 5: presets', () => {
  it('moves version 1 daily limits into presets: defaults shared, others their own', async () => {
    const name = `presets-upgrade-${Date.now()}`;
    await versionOneDb(name);
    const db = appDbNamed(name);
    const decks = await db.decks.toArray();
    for (const deck of decks) {
      expect(deck).not.toHaveProperty('newPerDay');
      expect(deck).not.toHaveProperty('reviewsPerDay');
    }
    const presets = await db.presets.toArray();
    expect(presets).toHaveLength(2);
    expect(await deckOptions(db, TOP)).toMatchObject({ id: DEFAULT_PRESET_ID, newPerDay: 20 });
    expect(await deckOptions(db, CINDER)).toMatchObject({ id: DEFAULT_PRESET_ID });
    const glance = await deckOptions(db, GLANCE);
    expect(glance).toMatchObject({
      ...DEFAULT_DECK_OPTIONS,
      name: 'イメージサービス (Glance)',
      newPerDay: 35,
      reviewsPerDay: 150,
    });
    expect(glance.id).not.toBe(DEFAULT_PRESET_ID);
    db.close();
  });

  it('a new database starts with the default preset', async () => {
    const db = testDb();
    await upsertCards(db, cards(CINDER, 2), 1);
    expect(await db.presets.toArray()).toEqual([
      { ...DEFAULT_DECK_OPTIONS, id: DEFAULT_PRESET_ID, name: '' },
    ]);
    expect(await deckOptions(db, CINDER)).toMatchObject({ id: DEFAULT_PRESET_ID });
  });
});

describe('preset writes', () => {
  async function twoDecks() {
    const db = testDb();
    await upsertCards(db, [...cards(CINDER, 2), ...cards(GLANCE, 2)], 1);
    return db;
  }

  it('creates, clones and shares a preset; Save changes every deck that uses it', async () => {
    const db = await twoDecks();
    const steps = await createPreset(db, CINDER, 'Long steps', {
      ...DEFAULT_DECK_OPTIONS,
      learningSteps: ['5m', '1h'],
    });
    await saveDeckOptions(db, GLANCE, steps.id, { ...steps, newPerDay: 5 });
    expect(await deckOptions(db, CINDER)).toMatchObject({
      learningSteps: ['5m', '1h'],
      newPerDay: 5,
    });
    expect(await deckOptions(db, GLANCE)).toMatchObject({ id: steps.id });
    expect(await deckOptions(db, TOP)).toMatchObject({ id: DEFAULT_PRESET_ID });

    const clone = await createPreset(db, GLANCE, 'Long steps copy', await deckOptions(db, CINDER));
    expect(clone.id).not.toBe(steps.id);
    expect(await deckOptions(db, GLANCE)).toMatchObject({ id: clone.id, newPerDay: 5 });
  });

  it('refuses options that fail the schema, writing nothing', async () => {
    const db = await twoDecks();
    const bad = [
      { learningSteps: ['10'] },
      { learningSteps: ['0m'] },
      { desiredRetention: 1.2 },
      { newPerDay: -1 },
      { newPerDay: 1.5 },
      { rolloverHour: 24 },
      { leechThreshold: 0 },
      { newCardOrder: 'due' },
      { weights: [1, 2, 3] },
    ];
    for (const change of bad) {
      const options = { ...DEFAULT_DECK_OPTIONS, ...change } as typeof DEFAULT_DECK_OPTIONS;
      await expect(saveDeckOptions(db, CINDER, DEFAULT_PRESET_ID, options)).rejects.toThrow(
        ValidationError,
      );
    }
    expect(await db.presets.toArray()).toEqual([
      { ...DEFAULT_DECK_OPTIONS, id: DEFAULT_PRESET_ID, name: '' },
    ]);
  });

  it('renames; deleting a preset puts its decks back on the default, which stays', async () => {
    const db = await twoDecks();
    const own = await createPreset(db, CINDER, 'Cinder');
    await renamePreset(db, own.id, '  Block storage  ');
    expect((await db.presets.get(own.id))?.name).toBe('Block storage');
    await expect(renamePreset(db, own.id, '   ')).rejects.toThrow(ValidationError);
    await deletePreset(db, own.id);
    expect(await db.presets.get(own.id)).toBeUndefined();
    expect((await db.decks.get(CINDER))?.presetId).toBeUndefined();
    await expect(deletePreset(db, DEFAULT_PRESET_ID)).rejects.toThrow(ValidationError);
  });

  it('keeps the optimizer weights through a Save that does not name them', async () => {
    const db = await twoDecks();
    const weights = Array.from({ length: 21 }, (_, i) => 0.1 + i / 10);
    await setPresetWeights(db, DEFAULT_PRESET_ID, weights);
    const { weights: _w, ...options } = await deckOptions(db, CINDER);
    await saveDeckOptions(db, CINDER, DEFAULT_PRESET_ID, { ...options, newPerDay: 7 });
    expect(await deckOptions(db, CINDER)).toMatchObject({ newPerDay: 7, weights });
  });
});
