import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { applyImport, existingCards } from '../../src-renderer/data/import';
import { createPreset } from '../../src-renderer/data/presets';
import { reviewLogOfPreset } from '../../src-renderer/data/review-log';
import { DEFAULT_PRESET_ID } from '../../src-renderer/data/schema';
import { readApkg } from '../../src-renderer/lib/formats/anki-read';
import { planImport } from '../../src-renderer/lib/formats/plan';
import { cardHistories } from '../../src-renderer/lib/scheduler/optimize-input';
import { testDb } from './helpers';

const NOW = Date.UTC(2026, 10, 25, 12);

async function importAnkiFixture(db: ReturnType<typeof testDb>) {
  const bytes = new Uint8Array(readFileSync('test/fixtures/anki21b.apkg'));
  const { cards } = await readApkg(bytes, 'anki21b.apkg', { keepScheduling: true });
  const existing = await existingCards(
    db,
    cards.map((c) => c.id),
  );
  await applyImport(db, planImport(existing, cards, 'update'), NOW);
  return cards;
}

describe('reviewLogOfPreset', () => {
  test('an imported Anki review history is part of the log the optimizer reads', async () => {
    const db = testDb();
    const cards = await importAnkiFixture(db);
    const log = await reviewLogOfPreset(db, DEFAULT_PRESET_ID);
    // the fixture's revlog: four grades and a manual reschedule, which is no grade
    expect(log).toHaveLength(4);
    const reviewed = cards.find((c) => c.logs?.length === 3);
    const histories = cardHistories(log.filter((entry) => entry.cardId === reviewed?.id));
    // learning step, 10 minutes later, then 8 days later (Anki's revlog days 280, 280, 288)
    expect(histories).toEqual([
      [
        { rating: 3, deltaDays: 0 },
        { rating: 3, deltaDays: 0 },
        { rating: 3, deltaDays: 8 },
      ],
    ]);
  });

  test('takes only the decks that use the preset', async () => {
    const db = testDb();
    const cards = await importAnkiFixture(db);
    const own = cards.find((c) => c.logs?.length === 3);
    if (!own) {
      throw new Error('the fixture has a card with three grades');
    }
    const preset = await createPreset(db, own.deck, 'Own');
    const inPreset = await reviewLogOfPreset(db, preset.id);
    const inDefault = await reviewLogOfPreset(db, DEFAULT_PRESET_ID);
    const ownDeck = cards.filter((c) => c.deck === own.deck && c.logs?.length).map((c) => c.id);
    expect(new Set(inPreset.map((entry) => entry.cardId))).toEqual(new Set(ownDeck));
    expect(inDefault.some((entry) => ownDeck.includes(entry.cardId))).toBe(false);
    expect(inPreset.length + inDefault.length).toBe(4);
  });
});
