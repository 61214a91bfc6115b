/**
 * Anki packages out: a schema-11 `collection.anki2` (what Anki itself writes for "support older
 * Anki versions"), one note per card with the card id as its GUID, so a later import of the
 * same package, in Anki or here, matches the cards again instead of duplicating them.
 */
import { zipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import { stripHtml, textToHtml } from './anki-html';
import {
  ANKI_SCHEMA_11,
  DEFAULT_CONF,
  DEFAULT_DCONF,
  MODELS,
  deckJson,
  modelJson,
  type ModelSpec,
} from './anki-schema';
import { logsToAnki, scheduleToAnki } from './anki-schedule';
import { ankiClozeText, clozeSources } from './cloze';
import { loadSql } from './sql';
import type { DeckData, ImportedCard } from './types';

const DAY_S = 86_400;

export interface ApkgWriteOptions {
  sql?: SqlJsStatic;
  /** Fixed in tests so the output is reproducible. */
  now?: number;
}

/** The note type and its two fields; a cloze card Anki could not re-render goes as Basic. */
function noteOf(card: ImportedCard): { model: ModelSpec; fields: [string, string] } {
  if (card.kind === 'cloze') {
    const [source] = clozeSources(card.front, card.back);
    return source
      ? { model: MODELS.cloze, fields: [ankiClozeText(source), ''] }
      : { model: MODELS.basic, fields: [card.front, card.back] };
  }
  return { model: MODELS[card.kind], fields: [card.front, card.back] };
}

async function sha1Prefix(text: string): Promise<number> {
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text));
  return new DataView(digest).getUint32(0);
}

export async function writeApkg(
  data: DeckData,
  options: ApkgWriteOptions = {},
): Promise<Uint8Array> {
  const SQL = options.sql ?? (await loadSql());
  const now = options.now ?? Date.now();
  const nowS = Math.floor(now / 1000);
  // Review due dates are day numbers from `crt`: start it on a day boundary before all of them.
  const earliest = data.cards.reduce((min, card) => Math.min(min, card.schedule?.due ?? min), now);
  const crt = Math.floor(earliest / 1000 / DAY_S) * DAY_S - DAY_S;
  const db = new SQL.Database();
  try {
    db.run(ANKI_SCHEMA_11);
    const deckIds = new Map<string, number>();
    for (const card of data.cards) {
      if (!deckIds.has(card.deck)) {
        deckIds.set(card.deck, now + deckIds.size + 1);
      }
    }
    const decks: Record<string, unknown> = { 1: deckJson(1, 'Default', nowS) };
    for (const [name, id] of deckIds) {
      decks[id] = deckJson(id, name, nowS);
    }
    const firstDeck = deckIds.values().next().value ?? 1;
    const models: Record<string, unknown> = {};
    for (const spec of Object.values(MODELS)) {
      models[spec.id] = modelJson(spec, firstDeck, nowS);
    }
    const tags = Object.fromEntries(data.cards.flatMap((c) => c.tags).map((t) => [t, 0]));
    db.run('insert into col values (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
      crt,
      now,
      now,
      JSON.stringify({ ...DEFAULT_CONF, curDeck: firstDeck, activeDecks: [firstDeck] }),
      JSON.stringify(models),
      JSON.stringify(decks),
      JSON.stringify(DEFAULT_DCONF),
      JSON.stringify(tags),
    ]);
    const insertNote = db.prepare('insert into notes values (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)');
    const insertCard = db.prepare(
      'insert into cards values (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)',
    );
    const insertLog = db.prepare('insert into revlog values (?, ?, -1, ?, ?, ?, ?, ?, ?)');
    const logIds = new Set<number>();
    // Digests run in parallel: one await per note would serialise 50,000 of them.
    const notes = await Promise.all(
      data.cards.map(async (card) => {
        const note = noteOf(card);
        const fields = note.fields.map(textToHtml);
        const sortField = stripHtml(fields[0] ?? '');
        return { card, model: note.model, fields, sortField, csum: await sha1Prefix(sortField) };
      }),
    );
    db.run('begin');
    for (const [i, { card, model, fields, sortField, csum }] of notes.entries()) {
      const id = now + i;
      const tagText = card.tags.length > 0 ? ` ${card.tags.join(' ')} ` : '';
      insertNote.run([
        id,
        card.id,
        model.id,
        nowS,
        tagText,
        fields.join('\u001f'),
        sortField,
        csum,
        '',
      ]);
      const row = scheduleToAnki(card.schedule, i + 1, crt);
      insertCard.run([
        id,
        id,
        deckIds.get(card.deck) ?? 1,
        0,
        nowS,
        row.type,
        row.queue,
        row.due,
        row.ivl,
        row.factor,
        row.reps,
        row.lapses,
        row.left,
        row.odue,
        row.odid,
        row.data,
      ]);
      for (const log of logsToAnki(card.logs ?? [])) {
        // The log id is its time in ms and the primary key: two grades in one ms move apart.
        let logId = log.id;
        while (logIds.has(logId)) {
          logId++;
        }
        logIds.add(logId);
        insertLog.run([logId, id, log.ease, log.ivl, log.lastIvl, log.factor, log.time, log.type]);
      }
    }
    db.run('commit');
    insertNote.free();
    insertCard.free();
    insertLog.free();
    const files: Record<string, Uint8Array> = { 'collection.anki2': db.export() };
    const index: Record<string, string> = {};
    [...(data.media ?? new Map<string, Uint8Array>())].forEach(([name, bytes], i) => {
      index[String(i)] = name;
      files[String(i)] = bytes;
    });
    files['media'] = new TextEncoder().encode(JSON.stringify(index));
    return zipSync(files);
  } finally {
    db.close();
  }
}
