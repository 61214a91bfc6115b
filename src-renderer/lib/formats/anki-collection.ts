/**
 * Note types and decks out of an Anki collection, whichever schema it has: 11 keeps them as JSON
 * in the `col` row, 18 (anki21b) in `notetypes`/`fields`/`templates`/`decks` tables with
 * protobuf configs. The JSON is checked against the shape Anki writes, so a damaged column is
 * reported as such rather than as whatever JavaScript error it would cause.
 */
import { z } from 'zod';
import { DECK_SEPARATOR } from '../cards/card';
import { ParseError } from '../errors';
import { GUARD, type CollectionQueries } from './anki-query';
import { protoNumber, protoString, readProto, type ProtoValue } from './protobuf';

export interface AnkiModel {
  name: string;
  cloze: boolean;
  fields: string[];
  templates: Map<number, { qfmt: string; afmt: string }>;
}

const ord = z.number().int().nonnegative();

/** The parts of a schema-11 note type (`col.models`) the reader uses. */
const jsonModels = z.record(
  z.string(),
  z.object({
    name: z.string(),
    type: z.number().int().optional(),
    flds: z.array(z.object({ name: z.string(), ord })),
    tmpls: z.array(z.object({ ord, qfmt: z.string(), afmt: z.string() })),
  }),
);

/** `col.decks`: deck names by id. */
const jsonDecks = z.record(z.string(), z.object({ name: z.string() }));

function parseColumn<T>(text: string, schema: z.ZodType<T>, column: string, file: string): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ParseError(`${column} is not valid JSON`, { file });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    const why = issue ? `: ${issue.message.replace(/^Invalid input: /, '')}` : '';
    throw new ParseError(`${column} is not laid out as Anki writes it${where}${why}`, { file });
  }
  return parsed.data;
}

function hasTable(queries: CollectionQueries, name: string): boolean {
  const sql = `select name from sqlite_master where type = 'table' and name = '${name}' and ${GUARD}(name)`;
  return queries.rows(sql, 'schema entries').length > 0;
}

function protoConfig(value: unknown, what: string, file: string): Map<number, ProtoValue[]> {
  if (!(value instanceof Uint8Array)) {
    return new Map();
  }
  try {
    return readProto(value);
  } catch (error) {
    throw new ParseError(`${what}: damaged config (${(error as Error).message})`, { file });
  }
}

export function readModels(queries: CollectionQueries, file: string): Map<number, AnkiModel> {
  const models = new Map<number, AnkiModel>();
  if (hasTable(queries, 'notetypes')) {
    const types = queries.rows(
      `select id, name, config from notetypes where ${GUARD}(id)`,
      'note types',
    );
    for (const row of types) {
      const config = protoConfig(row['config'], `note type ${String(row['id'])}`, file);
      models.set(Number(row['id']), {
        name: String(row['name']),
        cloze: protoNumber(config, 1) === 1,
        fields: [],
        templates: new Map(),
      });
    }
    const fields = `select ntid, ord, name from fields where ${GUARD}(ntid) order by ntid, ord`;
    for (const row of queries.rows(fields, 'note type fields')) {
      models.get(Number(row['ntid']))?.fields.push(String(row['name']));
    }
    const templates = `select ntid, ord, config from templates where ${GUARD}(ntid)`;
    for (const row of queries.rows(templates, 'card templates')) {
      const config = protoConfig(row['config'], `card template ${String(row['ntid'])}`, file);
      models.get(Number(row['ntid']))?.templates.set(Number(row['ord']), {
        qfmt: protoString(config, 1),
        afmt: protoString(config, 2),
      });
    }
    return models;
  }
  const [col] = queries.rows(`select models from col where ${GUARD}(id)`, 'col rows');
  const parsed = parseColumn(String(col?.['models'] ?? '{}'), jsonModels, 'col.models', file);
  for (const [id, model] of Object.entries(parsed)) {
    models.set(Number(id), {
      name: model.name,
      cloze: model.type === 1,
      fields: [...model.flds].sort((a, b) => a.ord - b.ord).map((f) => f.name),
      templates: new Map(model.tmpls.map((t) => [t.ord, { qfmt: t.qfmt, afmt: t.afmt }])),
    });
  }
  return models;
}

export function readDecks(queries: CollectionQueries, file: string): Map<number, string> {
  const decks = new Map<number, string>();
  if (hasTable(queries, 'decks')) {
    for (const row of queries.rows(`select id, name from decks where ${GUARD}(id)`, 'decks')) {
      decks.set(Number(row['id']), String(row['name']).split('\u001f').join(DECK_SEPARATOR));
    }
    return decks;
  }
  const [col] = queries.rows(`select decks from col where ${GUARD}(id)`, 'col rows');
  const parsed = parseColumn(String(col?.['decks'] ?? '{}'), jsonDecks, 'col.decks', file);
  for (const [id, deck] of Object.entries(parsed)) {
    decks.set(Number(id), deck.name);
  }
  return decks;
}
