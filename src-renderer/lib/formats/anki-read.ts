/**
 * Anki packages in: every card of every note becomes one of our cards. Which field is the
 * question and which the answer is read from the card's template, so Basic, reversed, optional
 * reversed, type-in and cloze note types (and most custom ones) come out right.
 */
import type { Database, SqlJsStatic } from 'sql.js';
import { deckAncestors } from '../cards/card';
import { stableCardId } from '../cards/id';
import { DomainError, ParseError } from '../errors';
import { readDecks, readModels, rows } from './anki-collection';
import { cardContent, ownCardId, type CardJoinRow } from './anki-note';
import { openApkg } from './anki-package';
import { logsFromAnki, scheduleFromAnki, type AnkiRevlogRow } from './anki-schedule';
import { loadSql } from './sql';
import {
  assertImportSize,
  type FormatWarning,
  type FormatWarningCode,
  type ImportedCard,
  type ImportResult,
} from './types';

export interface ApkgReadOptions {
  /** Keep Anki's due dates and review history; by default every card arrives as new. */
  keepScheduling?: boolean;
  sql?: SqlJsStatic;
}

export async function readApkg(
  bytes: Uint8Array,
  file: string,
  options: ApkgReadOptions = {},
): Promise<ImportResult> {
  assertImportSize(bytes.byteLength, file);
  const contents = openApkg(bytes, file);
  const SQL = options.sql ?? (await loadSql());
  let db: Database | undefined;
  try {
    db = withoutUnicase(SQL, new SQL.Database(contents.collection));
    return readCollection(db, file, contents.media, options.keepScheduling ?? false);
  } catch (error) {
    if (error instanceof DomainError) {
      throw error;
    }
    throw new ParseError(`${contents.collectionName}: ${(error as Error).message}`, { file });
  } finally {
    db?.close();
  }
}

/**
 * Anki's newer tables are declared `collate unicase`, a collation only Anki registers; SQLite
 * cannot scan a WITHOUT ROWID table whose key uses an unknown collation. Reading needs no
 * case-insensitive ordering, so the declarations are dropped from this private copy.
 */
function withoutUnicase(SQL: SqlJsStatic, db: Database): Database {
  if (rows(db, "select 1 from sqlite_master where sql like '%collate unicase%'").length === 0) {
    return db;
  }
  db.run('pragma writable_schema = on');
  db.run(
    "update sqlite_master set sql = replace(sql, 'collate unicase', '') where sql like '%collate unicase%'",
  );
  db.run('pragma writable_schema = off');
  const copy = new SQL.Database(db.export());
  db.close();
  return copy;
}

function readCollection(
  db: Database,
  file: string,
  packaged: Map<string, () => Uint8Array>,
  keepScheduling: boolean,
): ImportResult {
  const models = readModels(db);
  const decks = readDecks(db);
  const crt = Number(rows(db, 'select crt from col')[0]?.['crt'] ?? 0);
  const history = keepScheduling ? revlogByCard(db) : new Map<number, AnkiRevlogRow[]>();
  const warnings: FormatWarning[] = [];
  const cards: ImportedCard[] = [];
  const media = new Map<string, Uint8Array>();
  const joined = rows(
    db,
    `select c.id, c.did, c.ord, c.type, c.queue, c.due, c.ivl, c.factor, c.reps, c.lapses,
            c.left, c.odue, c.odid, c.data, n.id as nid, n.guid, n.mid, n.tags, n.flds
     from cards c join notes n on n.id = c.nid order by c.nid, c.ord`,
  ) as unknown as CardJoinRow[];
  for (const row of joined) {
    const warn = (code: FormatWarningCode, message: string, skipped = false) =>
      warnings.push({
        file,
        code,
        message: `note ${row.nid}: ${message}`,
        ...(skipped ? { skipped: true as const } : {}),
      });
    const model = models.get(row.mid);
    const content = model ? cardContent(model, row) : undefined;
    if (!content) {
      warn(
        'apkg-unknown-template',
        'its note type or card template is missing; card skipped',
        true,
      );
      continue;
    }
    if (!content.front.trim()) {
      warn('apkg-empty-front', 'empty question; card skipped', true);
      continue;
    }
    for (const name of content.media) {
      const load = packaged.get(name);
      if (load) {
        media.set(name, media.get(name) ?? load());
      } else {
        warn('apkg-missing-media', `media file ${name} is not in the package`);
      }
    }
    const logs = keepScheduling ? logsFromAnki(history.get(row.id) ?? []) : [];
    const schedule = keepScheduling
      ? scheduleFromAnki(row, crt, logs.at(-1)?.reviewedAt)
      : undefined;
    const deck = decks.get(row.odid || row.did) ?? decks.get(row.did) ?? 'Default';
    cards.push({
      // Anyone else's notes get an id from the GUID.
      id:
        (model && ownCardId(model, row, deck, content.front)) ??
        stableCardId('anki', '', `${row.guid}/${row.ord}`),
      deck,
      front: content.front,
      back: content.back,
      kind: content.kind,
      tags: String(row.tags ?? '')
        .split(/\s+/)
        .filter(Boolean),
      ...(schedule ? { schedule } : {}),
      ...(logs.length > 0 ? { logs } : {}),
      ...(content.media.length > 0 ? { media: content.media } : {}),
    });
  }
  return { deckName: mainDeck(cards), cards, media, warnings };
}

function revlogByCard(db: Database): Map<number, AnkiRevlogRow[]> {
  const byCard = new Map<number, AnkiRevlogRow[]>();
  const sql = 'select id, cid, ease, ivl, lastIvl, factor, time, type from revlog order by id';
  for (const row of rows(db, sql)) {
    const cid = Number(row['cid']);
    const list = byCard.get(cid) ?? [];
    list.push(row as unknown as AnkiRevlogRow);
    byCard.set(cid, list);
  }
  return byCard;
}

/** The top-level deck most cards are in names the import. */
function mainDeck(cards: readonly ImportedCard[]): string {
  const counts = new Map<string, number>();
  for (const card of cards) {
    const root = deckAncestors(card.deck)[0] ?? card.deck;
    counts.set(root, (counts.get(root) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'Anki';
}
