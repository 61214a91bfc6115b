/**
 * Every row of a backup checked before a restore replaces anything: a backup whose tables and
 * counts were right but whose card rows were hollow restored, and then the study screen waited
 * for ever. Rows are checked with the schemas the deck file import uses, a chunk at a time so the
 * page stays responsive, and each schedule must belong to a card and each card have a schedule.
 */
import { z } from 'zod';
import { cardSchema, logSchema, scheduleSchema } from '../lib/formats/deck-json';
import {
  FLAGS,
  ROW_QUEUES,
  type CardRow,
  type DeckRow,
  type LogRow,
  type MetaRow,
  type RingRow,
  type ScheduleRow,
} from './schema';

const finite = z.number().finite();
const name = z.string().min(1);

const ROW_SCHEMAS = {
  decks: z.object({
    name,
    ord: finite,
    description: z.string().optional(),
    newPerDay: z.number().int().nonnegative(),
    reviewsPerDay: z.number().int().nonnegative(),
    createdAt: finite,
  }) satisfies z.ZodType<DeckRow>,
  cards: cardSchema.omit({ schedule: true, logs: true }).extend({
    position: finite,
    createdAt: finite,
    updatedAt: finite,
    retiredAt: finite.optional(),
    override: z
      .object({ front: z.string(), back: z.string(), tags: z.array(z.string()) })
      .partial()
      .optional(),
  }) satisfies z.ZodType<CardRow>,
  schedules: scheduleSchema.extend({
    cardId: name,
    deck: name,
    queue: z.enum(ROW_QUEUES),
    buriedUntil: finite.optional(),
    flag: z.literal(FLAGS).optional(),
  }) satisfies z.ZodType<ScheduleRow>,
  logs: logSchema.extend({
    id: z.number().int().positive(),
    cardId: name,
    deck: name,
  }) satisfies z.ZodType<LogRow>,
  rings: z.object({
    name,
    state: z.object({ builder: z.string().nullable(), ring: z.string().nullable() }).partial(),
    history: z.array(z.string()),
    updatedAt: finite,
  }) satisfies z.ZodType<RingRow>,
  meta: z.object({ key: name, value: z.unknown() }) satisfies z.ZodType<MetaRow>,
};

/** Rows checked between two yields to the page. */
const CHUNK = 2000;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function issueText(error: z.ZodError): string {
  const [issue] = error.issues;
  return issue ? `${issue.path.join('.') || 'row'}: ${issue.message}` : error.message;
}

/** The first row that is not what the app writes, in the file's terms; undefined if none. */
export async function backupRowProblem(
  tables: ReadonlyArray<{ tableName: string; rows: unknown[] }>,
): Promise<string | undefined> {
  const rowsOf = (table: string) => tables.find((t) => t.tableName === table)?.rows ?? [];
  for (const [table, schema] of Object.entries(ROW_SCHEMAS)) {
    const rows = rowsOf(table);
    for (let start = 0; start < rows.length; start += CHUNK) {
      for (let i = start; i < Math.min(rows.length, start + CHUNK); i++) {
        const checked = (schema as z.ZodType).safeParse(rows[i]);
        if (!checked.success) {
          return `table ${table}, row ${i + 1}: ${issueText(checked.error)}`;
        }
      }
      await yieldToPage();
    }
  }
  const cardIds = new Set((rowsOf('cards') as CardRow[]).map((card) => card.id));
  const scheduled = new Set<string>();
  for (const [i, schedule] of (rowsOf('schedules') as ScheduleRow[]).entries()) {
    if (!cardIds.has(schedule.cardId)) {
      return `table schedules, row ${i + 1}: no card "${schedule.cardId}" in the backup`;
    }
    scheduled.add(schedule.cardId);
  }
  for (const [i, card] of (rowsOf('cards') as CardRow[]).entries()) {
    if (!scheduled.has(card.id)) {
      return `table cards, row ${i + 1}: card "${card.id}" has no schedule`;
    }
  }
  return undefined;
}
