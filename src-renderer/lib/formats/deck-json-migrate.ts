/**
 * Older deck files are brought up to the current version one step at a time: `steps[n]` turns
 * a version-n object into a version-(n+1) object, validating what it reads, so a new version
 * only ever adds one step.
 */
import { z } from 'zod';
import { stableCardId } from '../cards/id';
import { ValidationError } from '../errors';

type Step = (raw: unknown, file: string) => Record<string, unknown>;

/**
 * Version 0 is the pre-release shape: `question`/`answer`, tags as one space-separated string,
 * an optional `deck` per card, no kinds, no ids and no scheduling.
 */
const v0Schema = z.object({
  format: z.string(),
  version: z.literal(0),
  name: z.string().min(1),
  cards: z.array(
    z.object({
      question: z.string(),
      answer: z.string(),
      deck: z.string().min(1).optional(),
      tags: z.string().optional(),
    }),
  ),
});

const steps: Record<number, Step> = {
  0: (raw, file) => {
    const parsed = v0Schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const cardIndex = issue?.path[0] === 'cards' ? Number(issue.path[1]) + 1 : undefined;
      throw new ValidationError(`version 0 ${issue?.path.join('.')}: ${issue?.message}`, {
        file,
        ...(cardIndex === undefined ? {} : { line: cardIndex }),
      });
    }
    const { name, cards, format } = parsed.data;
    return {
      format,
      version: 1,
      name,
      cards: cards.map((card) => {
        const deck = card.deck ?? name;
        return {
          id: stableCardId(deck, card.question),
          deck,
          front: card.question,
          back: card.answer,
          kind: 'basic',
          tags: (card.tags ?? '').split(/\s+/).filter(Boolean),
        };
      }),
    };
  },
};

export function migrateDeckJson(raw: unknown, from: number, to: number, file: string): unknown {
  let current = raw;
  for (let version = from; version < to; version++) {
    const step = steps[version];
    if (!step) {
      throw new ValidationError(`deck format version ${version} is not supported`, { file });
    }
    current = step(current, file);
  }
  return current;
}
