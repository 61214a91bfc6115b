/**
 * Option presets, as Anki shares them between decks: reading a deck's options, and creating,
 * cloning, renaming, deleting and saving presets. Every write is checked with the options schema
 * and done in one transaction, so a deck never points at a preset that is not there.
 */
import { liveQuery } from 'dexie';
import { z } from 'zod';
import { ValidationError } from '../lib/errors';
import {
  DEFAULT_DECK_OPTIONS,
  deckOptionsSchema,
  type DeckOptions,
} from '../lib/scheduler/deck-options';
import type { RecallDb } from './db';
import { DEFAULT_PRESET_ID, type DeckRow, type LegacyDeckRow, type PresetRow } from './schema';

/** The default preset's stored name: empty, so each language shows its own word for it. */
const DEFAULT_PRESET_NAME = '';
const MAX_NAME = 100;

export const presetRowSchema = deckOptionsSchema.extend({
  id: z.string().min(1),
  name: z.string().max(MAX_NAME),
}) satisfies z.ZodType<PresetRow>;

export function defaultPreset(): PresetRow {
  return { ...DEFAULT_DECK_OPTIONS, id: DEFAULT_PRESET_ID, name: DEFAULT_PRESET_NAME };
}

function newPresetId(): string {
  return `preset-${crypto.randomUUID()}`;
}

export function presetIdOf(deck: Pick<DeckRow, 'presetId'>): string {
  return deck.presetId ?? DEFAULT_PRESET_ID;
}

/**
 * Version 1 decks carried their own daily limits. Decks with the defaults share the default
 * preset; each other deck gets a preset of its own with its limits, named after the deck.
 */
export function presetsFromLegacyDecks(legacy: LegacyDeckRow[]): {
  presets: PresetRow[];
  decks: DeckRow[];
} {
  const presets = [defaultPreset()];
  const decks = legacy.map(({ newPerDay, reviewsPerDay, ...deck }) => {
    const { presetId: _presetId, ...row } = deck;
    if (
      newPerDay === DEFAULT_DECK_OPTIONS.newPerDay &&
      reviewsPerDay === DEFAULT_DECK_OPTIONS.reviewsPerDay
    ) {
      return row;
    }
    const id = newPresetId();
    const name = deck.name.split('::').at(-1)?.trim() || deck.name;
    presets.push({ ...DEFAULT_DECK_OPTIONS, id, name, newPerDay, reviewsPerDay });
    return { ...row, presetId: id };
  });
  return { presets, decks };
}

function checked(preset: PresetRow): PresetRow {
  const result = presetRowSchema.safeParse(preset);
  if (!result.success) {
    const [issue] = result.error.issues;
    throw new ValidationError(`preset ${preset.id}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return result.data;
}

async function presetOrDefault(db: RecallDb, id: string): Promise<PresetRow> {
  return (await db.presets.get(id)) ?? (await db.presets.get(DEFAULT_PRESET_ID)) ?? defaultPreset();
}

/** The options a deck studies with (the default preset's if its own has gone). */
export async function deckOptions(db: RecallDb, deckName: string): Promise<PresetRow> {
  return db.transaction('r', db.decks, db.presets, async () => {
    const deck = await db.decks.get(deckName);
    return presetOrDefault(db, deck ? presetIdOf(deck) : DEFAULT_PRESET_ID);
  });
}

/** Every deck's options, by deck name, for counting and studying many decks at once. */
export async function optionsByDeck(db: RecallDb): Promise<Map<string, PresetRow>> {
  const [decks, presets] = await Promise.all([db.decks.toArray(), db.presets.toArray()]);
  const byId = new Map(presets.map((preset) => [preset.id, preset]));
  const fallback = byId.get(DEFAULT_PRESET_ID) ?? defaultPreset();
  return new Map(decks.map((deck) => [deck.name, byId.get(presetIdOf(deck)) ?? fallback]));
}

export interface PresetChoice {
  preset: PresetRow;
  /** How many decks use it, as Anki's preset menu says. */
  decks: number;
}

export interface DeckOptionsView {
  deck: DeckRow;
  presetId: string;
  presets: PresetChoice[];
}

/** What the options page shows for `deckName`; null when there is no such deck. */
export function liveDeckOptions(db: RecallDb, deckName: string) {
  return liveQuery(async (): Promise<DeckOptionsView | null> =>
    db.transaction('r', db.decks, db.presets, async () => {
      const [deck, decks, presets] = await Promise.all([
        db.decks.get(deckName),
        db.decks.toArray(),
        db.presets.toArray(),
      ]);
      if (!deck) {
        return null;
      }
      const all = presets.some((p) => p.id === DEFAULT_PRESET_ID)
        ? presets
        : [defaultPreset(), ...presets];
      return {
        deck,
        presetId: all.some((p) => p.id === presetIdOf(deck)) ? presetIdOf(deck) : DEFAULT_PRESET_ID,
        presets: all
          .map((preset) => ({
            preset,
            decks: decks.filter((d) => presetIdOf(d) === preset.id).length,
          }))
          .sort(
            (a, b) =>
              Number(b.preset.id === DEFAULT_PRESET_ID) -
                Number(a.preset.id === DEFAULT_PRESET_ID) ||
              a.preset.name.localeCompare(b.preset.name),
          ),
      };
    }),
  );
}

function validName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > MAX_NAME) {
    throw new ValidationError(`a preset name has 1 to ${MAX_NAME} characters`);
  }
  return trimmed;
}

async function existingDeck(db: RecallDb, deckName: string): Promise<DeckRow> {
  const deck = await db.decks.get(deckName);
  if (!deck) {
    throw new ValidationError(`no deck named ${deckName}`);
  }
  return deck;
}

/** A new preset with `options` (a clone's, or the defaults), given to `deckName` at once. */
export async function createPreset(
  db: RecallDb,
  deckName: string,
  name: string,
  options: DeckOptions = DEFAULT_DECK_OPTIONS,
): Promise<PresetRow> {
  const preset = checked({ ...options, id: newPresetId(), name: validName(name) });
  await db.transaction('rw', db.decks, db.presets, async () => {
    await existingDeck(db, deckName);
    await db.presets.add(preset);
    await db.decks.update(deckName, { presetId: preset.id });
  });
  return preset;
}

export async function renamePreset(db: RecallDb, id: string, name: string): Promise<void> {
  const trimmed = validName(name);
  await db.transaction('rw', db.presets, async () => {
    const preset = await db.presets.get(id);
    if (!preset) {
      throw new ValidationError(`no preset ${id}`);
    }
    await db.presets.put({ ...preset, name: trimmed });
  });
}

/** Deletes a preset; the decks that used it go back to the default, which cannot be deleted. */
export async function deletePreset(db: RecallDb, id: string): Promise<void> {
  if (id === DEFAULT_PRESET_ID) {
    throw new ValidationError('the default preset cannot be deleted');
  }
  await db.transaction('rw', db.decks, db.presets, async () => {
    await db.decks
      .where('name')
      .anyOf(await usersOf(db, id))
      .modify((deck) => {
        delete deck.presetId;
      });
    await db.presets.delete(id);
  });
}

async function usersOf(db: RecallDb, id: string): Promise<string[]> {
  return (await db.decks.toArray()).filter((d) => presetIdOf(d) === id).map((d) => d.name);
}

/**
 * The options page's Save: the preset's fields as edited, and the deck set to use it. A preset
 * the optimizer gave weights keeps them unless `options` says otherwise.
 */
export async function saveDeckOptions(
  db: RecallDb,
  deckName: string,
  presetId: string,
  options: DeckOptions,
): Promise<void> {
  await db.transaction('rw', db.decks, db.presets, async () => {
    await existingDeck(db, deckName);
    const current =
      (await db.presets.get(presetId)) ??
      (presetId === DEFAULT_PRESET_ID ? defaultPreset() : undefined);
    if (!current) {
      throw new ValidationError(`no preset ${presetId}`);
    }
    await db.presets.put(checked({ ...current, ...options, id: presetId, name: current.name }));
    if (presetId === DEFAULT_PRESET_ID) {
      await db.decks
        .where('name')
        .equals(deckName)
        .modify((deck) => {
          delete deck.presetId;
        });
    } else {
      await db.decks.update(deckName, { presetId });
    }
  });
}

/** Sets the FSRS parameters of a preset (the optimizer's result); undefined goes back to defaults. */
export async function setPresetWeights(
  db: RecallDb,
  presetId: string,
  weights: number[] | undefined,
): Promise<void> {
  await db.transaction('rw', db.presets, async () => {
    const current =
      (await db.presets.get(presetId)) ??
      (presetId === DEFAULT_PRESET_ID ? defaultPreset() : undefined);
    if (!current) {
      throw new ValidationError(`no preset ${presetId}`);
    }
    const { weights: _old, ...rest } = current;
    await db.presets.put(checked(weights === undefined ? rest : { ...rest, weights }));
  });
}
