/**
 * Note types and decks out of an Anki collection, whichever schema it has: 11 keeps them as JSON
 * in the `col` row, 18 (anki21b) in `notetypes`/`fields`/`templates`/`decks` tables with
 * protobuf configs.
 */
import type { Database, SqlValue } from 'sql.js';
import { DECK_SEPARATOR } from '../cards/card';
import { protoNumber, protoString, readProto } from './protobuf';

export interface AnkiModel {
  name: string;
  cloze: boolean;
  fields: string[];
  templates: Map<number, { qfmt: string; afmt: string }>;
}

/** All rows at once: `exec` reads them in one pass, far faster than per-row `getAsObject`. */
export function rows(db: Database, sql: string): Array<Record<string, SqlValue>> {
  const [result] = db.exec(sql);
  if (!result) {
    return [];
  }
  const { columns, values } = result;
  return values.map((row) => {
    const record: Record<string, SqlValue> = {};
    columns.forEach((column, i) => {
      record[column] = row[i] ?? null;
    });
    return record;
  });
}

function hasTable(db: Database, name: string): boolean {
  return (
    rows(db, `select name from sqlite_master where type = 'table' and name = '${name}'`).length > 0
  );
}

export function readModels(db: Database): Map<number, AnkiModel> {
  const models = new Map<number, AnkiModel>();
  if (hasTable(db, 'notetypes')) {
    for (const row of rows(db, 'select id, name, config from notetypes')) {
      const config = row['config'] instanceof Uint8Array ? readProto(row['config']) : new Map();
      models.set(Number(row['id']), {
        name: String(row['name']),
        cloze: protoNumber(config, 1) === 1,
        fields: [],
        templates: new Map(),
      });
    }
    for (const row of rows(db, 'select ntid, ord, name from fields order by ntid, ord')) {
      models.get(Number(row['ntid']))?.fields.push(String(row['name']));
    }
    for (const row of rows(db, 'select ntid, ord, config from templates')) {
      const config = row['config'] instanceof Uint8Array ? readProto(row['config']) : new Map();
      models.get(Number(row['ntid']))?.templates.set(Number(row['ord']), {
        qfmt: protoString(config, 1),
        afmt: protoString(config, 2),
      });
    }
    return models;
  }
  const [col] = rows(db, 'select models from col');
  const parsed = JSON.parse(String(col?.['models'] ?? '{}')) as Record<string, JsonModel>;
  for (const [id, model] of Object.entries(parsed)) {
    models.set(Number(id), {
      name: String(model.name ?? ''),
      cloze: model.type === 1,
      fields: [...(model.flds ?? [])].sort((a, b) => a.ord - b.ord).map((f) => String(f.name)),
      templates: new Map(
        (model.tmpls ?? []).map((t) => [t.ord, { qfmt: String(t.qfmt), afmt: String(t.afmt) }]),
      ),
    });
  }
  return models;
}

interface JsonModel {
  name?: string;
  type?: number;
  flds?: Array<{ name: string; ord: number }>;
  tmpls?: Array<{ ord: number; qfmt: string; afmt: string }>;
}

export function readDecks(db: Database): Map<number, string> {
  const decks = new Map<number, string>();
  if (hasTable(db, 'decks')) {
    for (const row of rows(db, 'select id, name from decks')) {
      decks.set(Number(row['id']), String(row['name']).split('\u001f').join(DECK_SEPARATOR));
    }
    return decks;
  }
  const [col] = rows(db, 'select decks from col');
  const parsed = JSON.parse(String(col?.['decks'] ?? '{}')) as Record<string, { name?: string }>;
  for (const [id, deck] of Object.entries(parsed)) {
    decks.set(Number(id), String(deck.name ?? 'Default'));
  }
  return decks;
}
