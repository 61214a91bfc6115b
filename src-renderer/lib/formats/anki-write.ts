/**
 * Anki packages out: a schema-11 `collection.anki2` (what Anki itself writes for "support older
 * Anki versions"). Which cards make which notes, and their HTML fields, is anki-notes-out.ts;
 * the first card's id is its note's GUID, so a later import of the same package, in Anki or
 * here, matches the cards again instead of duplicating them.
 */
import { zipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import { stripHtml, type HtmlSanitizer } from './anki-html';
import { ankiNotes, type AnkiExportCounts } from './anki-notes-out';
import {
  ANKI_SCHEMA_11,
  DEFAULT_CONF,
  DEFAULT_DCONF,
  MODELS,
  deckJson,
  modelJson,
} from './anki-schema';
import { logsToAnki, marksToAnki, scheduleToAnki } from './anki-schedule';
import { loadSql } from './sql';
import type { DeckData } from './types';

const DAY_S = 86_400;

export interface ApkgWriteOptions {
  /** Makes the rendered Markdown safe, as the app does before showing it (DOMPurify). */
  sanitizeHtml: HtmlSanitizer;
  sql?: SqlJsStatic;
  /** Fixed in tests so the output is reproducible. */
  now?: number;
}

export interface WrittenApkg {
  bytes: Uint8Array;
  counts: AnkiExportCounts;
}

async function sha1Prefix(text: string): Promise<number> {
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text));
  return new DataView(digest).getUint32(0);
}

export async function writeApkg(data: DeckData, options: ApkgWriteOptions): Promise<WrittenApkg> {
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
      'insert into cards values (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertLog = db.prepare('insert into revlog values (?, ?, -1, ?, ?, ?, ?, ?, ?)');
    const logIds = new Set<number>();
    const { notes, counts } = ankiNotes(data.cards, options.sanitizeHtml);
    // Digests run in parallel: one await per note would serialise 50,000 of them.
    const checksums = await Promise.all(
      notes.map((note) => sha1Prefix(stripHtml(note.fields[0] ?? ''))),
    );
    db.run('begin');
    let position = 0;
    for (const [i, note] of notes.entries()) {
      const noteId = now + i;
      const tagText = note.tags.length > 0 ? ` ${note.tags.join(' ')} ` : '';
      insertNote.run([
        noteId,
        note.guid,
        note.model.id,
        nowS,
        tagText,
        note.fields.join('\u001f'),
        stripHtml(note.fields[0] ?? ''),
        checksums[i] ?? 0,
        '',
      ]);
      for (const [ord, card] of note.cards.entries()) {
        position++;
        // Card ids are creation times in ms like note ids; one range apart from the notes'.
        const cardId = now + data.cards.length + position;
        const row = marksToAnki(scheduleToAnki(card.schedule, position, crt), card.marks);
        insertCard.run([
          cardId,
          noteId,
          deckIds.get(card.deck) ?? 1,
          ord,
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
          row.flags,
          row.data,
        ]);
        for (const log of logsToAnki(card.logs ?? [])) {
          // The log id is its time in ms and the primary key: two grades in one ms move apart.
          let logId = log.id;
          while (logIds.has(logId)) {
            logId++;
          }
          logIds.add(logId);
          insertLog.run([
            logId,
            cardId,
            log.ease,
            log.ivl,
            log.lastIvl,
            log.factor,
            log.time,
            log.type,
          ]);
        }
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
    return { bytes: zipSync(files), counts };
  } finally {
    db.close();
  }
}
