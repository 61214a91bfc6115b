import { z } from 'zod';
import { CARD_KINDS, FLAGS, type CardContent } from '../cards/card';
import { ParseError, UnsupportedVersionError, ValidationError } from '../errors';
import { CARD_STATES, RATINGS, type ReviewLogEntry, type ScheduleState } from '../scheduler/types';
import { migrateDeckJson } from './deck-json-migrate';
import { assertImportSize, type DeckData, type ImportResult } from './types';

/**
 * The app's own deck file. `version` grows when the shape changes; readers migrate older
 * versions and refuse newer ones with a message that says so.
 */
export const DECK_FORMAT = 'recall-deck';
export const DECK_FORMAT_VERSION = 1;

/** Shared with the backup restore, which checks every row with the schemas import uses. */
export const scheduleSchema = z.object({
  state: z.enum(CARD_STATES),
  due: z.number().finite(),
  stability: z.number().finite().nonnegative(),
  difficulty: z.number().finite().nonnegative(),
  scheduledDays: z.number().finite().nonnegative(),
  learningSteps: z.number().int().nonnegative(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  lastReview: z.number().finite().optional(),
}) satisfies z.ZodType<ScheduleState>;

export const logSchema = z.object({
  rating: z.union(RATINGS.map((r) => z.literal(r))),
  reviewedAt: z.number().finite(),
  elapsedMs: z.number().finite().nonnegative(),
  stateBefore: z.enum(CARD_STATES),
  stateAfter: z.enum(CARD_STATES),
  dueAfter: z.number().finite(),
  stability: z.number().finite().nonnegative(),
  difficulty: z.number().finite().nonnegative(),
  scheduledDays: z.number().finite().nonnegative(),
}) satisfies z.ZodType<Omit<ReviewLogEntry, 'cardId'>>;

export const cardSchema = z.object({
  id: z.string().min(1),
  deck: z.string().min(1),
  front: z.string(),
  back: z.string(),
  kind: z.enum(CARD_KINDS),
  tags: z.array(z.string()),
  source: z.object({ file: z.string(), line: z.number().int().positive() }).optional(),
  note: z.string().min(1).max(1000).optional(),
  schedule: scheduleSchema.optional(),
  logs: z.array(logSchema).optional(),
  marks: z
    .object({
      suspended: z.literal(true).optional(),
      flag: z.literal(FLAGS).optional(),
    })
    .optional(),
});

export const deckFileSchema = z.object({
  format: z.literal(DECK_FORMAT),
  version: z.literal(DECK_FORMAT_VERSION),
  name: z.string().min(1),
  description: z.string().optional(),
  cards: z.array(cardSchema),
});

export type DeckFile = z.infer<typeof deckFileSchema>;
export type DeckFileCard = z.infer<typeof cardSchema>;

export function cardContentOf(card: DeckFileCard): CardContent {
  const { schedule: _schedule, logs: _logs, marks: _marks, ...content } = card;
  return content;
}

export function parseDeckJson(text: string, file: string): DeckFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ParseError(`not valid JSON (${(error as Error).message})`, { file });
  }
  const header = z.object({ format: z.string(), version: z.number() }).safeParse(raw);
  if (!header.success || header.data.format !== DECK_FORMAT) {
    throw new ParseError(`not a ${DECK_FORMAT} deck file`, { file });
  }
  if (header.data.version > DECK_FORMAT_VERSION) {
    throw new UnsupportedVersionError(
      `deck format version ${header.data.version} is newer than this app understands (${DECK_FORMAT_VERSION}); update the app`,
      { file },
    );
  }
  if (!Number.isInteger(header.data.version) || header.data.version < 0) {
    throw new ParseError(`deck format version ${header.data.version} is not a version`, { file });
  }
  const current = migrateDeckJson(raw, header.data.version, DECK_FORMAT_VERSION, file);
  const parsed = deckFileSchema.safeParse(current);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue ? issue.path.join('.') : '';
    const cardIndex = issue?.path[0] === 'cards' ? Number(issue.path[1]) + 1 : undefined;
    throw new ValidationError(`${path}: ${issue?.message ?? 'invalid'}`, {
      file,
      ...(cardIndex === undefined ? {} : { line: cardIndex }),
    });
  }
  return parsed.data;
}

export function serializeDeckJson(deck: DeckFile): string {
  return JSON.stringify(deck, null, 2) + '\n';
}

export function readDeckJson(bytes: Uint8Array, file: string): ImportResult {
  assertImportSize(bytes.byteLength, file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ParseError('not UTF-8 text', { file });
  }
  const deck = parseDeckJson(text, file);
  return { deckName: deck.name, cards: deck.cards, warnings: [] };
}

export function writeDeckJson(data: DeckData): string {
  return serializeDeckJson({
    format: DECK_FORMAT,
    version: DECK_FORMAT_VERSION,
    name: data.deckName,
    cards: data.cards.map(({ media: _media, ...card }) => card),
  });
}
