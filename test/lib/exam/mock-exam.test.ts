import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDeckFolder } from '../../../src-main/decks';
import { cardsOfShippedDecks } from '../../../src-renderer/data/shipped-decks';
import data from '../../../src-renderer/lib/check/grammar/grammar-data.json';
import type { GrammarData } from '../../../src-renderer/lib/check/grammar/types';
import { chooseOptions, keyed, optionKey } from '../../../src-renderer/lib/exam/distractors';
import { questionQuotas } from '../../../src-renderer/lib/exam/mock-draw';
import {
  defaultWeights,
  drawMockExam,
  type MockCard,
  type MockQuestion,
} from '../../../src-renderer/lib/exam/mock-exam';
import { judge } from '../../../src-renderer/lib/exam/mock-judge';
import { topicOf } from '../../../src-renderer/lib/exam/topics';
import { ringQuestion } from '../../../src-renderer/lib/ring/cards';
import { Random } from '../../../src-renderer/lib/ring/random';

const grammar = data as GrammarData;
let deck: MockCard[];

beforeAll(async () => {
  const files = await readDeckFolder(join(import.meta.dirname, '../../../decks'));
  deck = cardsOfShippedDecks(files).cards.map((c) => ({
    ...c,
    topic: topicOf(c.deck, 'OPCEL 252'),
  }));
});

const count = (questions: MockQuestion[], pick: (q: MockQuestion) => string) => {
  const counts: Record<string, number> = {};
  for (const q of questions) {
    counts[pick(q)] = (counts[pick(q)] ?? 0) + 1;
  }
  return counts;
};

describe('question quotas by topic weight', () => {
  it('follow the weights, add up to the total and give what a small topic cannot take to the others', () => {
    const q = questionQuotas(
      [
        { topic: 'a', weight: 105, available: 105 },
        { topic: 'b', weight: 138, available: 138 },
        { topic: 'c', weight: 101, available: 101 },
        { topic: 'd', weight: 168, available: 168 },
        { topic: 'ring', weight: 6, available: 6 },
      ],
      40,
    );
    expect([...q.values()].reduce((a, b) => a + b, 0)).toBe(40);
    expect(Object.fromEntries(q)).toEqual({ a: 8, b: 11, c: 8, d: 13, ring: 0 });
    const capped = questionQuotas(
      [
        { topic: 'a', weight: 9, available: 2 },
        { topic: 'b', weight: 1, available: 50 },
        { topic: 'none', weight: 0, available: 50 },
      ],
      10,
    );
    expect(Object.fromEntries(capped)).toEqual({ a: 2, b: 8, none: 0 });
    expect(questionQuotas([{ topic: 'a', weight: 1, available: 3 }], 10).get('a')).toBe(3);
  });
});

describe('drawing a mock exam', () => {
  it('draws 40 questions of the OPCEL deck in proportion to the topics’ card counts', () => {
    const weights = defaultWeights(deck);
    const questions = drawMockExam(deck, { questions: 40, minutes: 60, weights }, new Random(7));
    expect(questions).toHaveLength(40);
    expect(new Set(questions.map((q) => q.cardId)).size).toBe(40);
    const byTopic = count(questions, (q) => q.topic);
    const total = deck.length;
    for (const [topic, n] of Object.entries(weights)) {
      expect(Math.abs((byTopic[topic] ?? 0) - (40 * n) / total)).toBeLessThan(1);
    }
    const byKind = new Map(deck.map((c) => [c.id, c.kind]));
    for (const q of questions) {
      const kind = byKind.get(q.cardId);
      expect(q.format).toBe(kind === 'basic' ? 'choice' : 'type-in');
    }
  });

  it('follows edited weights: a topic weighted 0 gets no question', () => {
    const topics = Object.keys(defaultWeights(deck));
    const weights = Object.fromEntries(topics.map((t, i) => [t, i === 0 ? 3 : i === 1 ? 1 : 0]));
    const questions = drawMockExam(deck, { questions: 20, minutes: 10, weights }, new Random(1));
    expect(count(questions, (q) => q.topic)).toEqual({ [topics[0]!]: 15, [topics[1]!]: 5 });
  });

  it('asks ring cards with numbers drawn once, judged against the same ring', () => {
    const ringTopic = deck.find((c) => c.kind === 'ring')!.topic;
    const questions = drawMockExam(
      deck,
      { questions: 6, minutes: 10, weights: { [ringTopic]: 1 } },
      new Random(3),
    );
    expect(questions).toHaveLength(6);
    for (const q of questions) {
      const ring = ringQuestion(q.ring!.template, q.ring!.seed);
      expect(q.prompt).toBe(ring.prompt);
      expect(judge(q, { typed: ring.expected }, grammar)).toBe('correct');
    }
  });
});

describe('four options', () => {
  const card = (id: string, front: string, back: string) => keyed({ id, front, back });

  it('never offers two options that read the same, nor the answer of a card asking the same', () => {
    const target = card('t', 'What serves the Glance API?', '`glance-api`');
    const topic = [
      target,
      card('same-front', 'What serves the  Glance API?', 'the API server'),
      card('dup1', 'q1', '**glance-api**'),
      card('dup2', 'q2', 'glance-registry'),
      card('dup3', 'q3', 'Glance-Registry '),
      card('ok1', 'q4', 'glance-scrubber'),
    ];
    expect(chooseOptions(target, topic, new Random(1))).toBeNull();
    const enough = [...topic, card('ok2', 'q5', 'glance-cache-prefetcher')];
    for (let seed = 0; seed < 30; seed++) {
      const choice = chooseOptions(target, enough, new Random(seed))!;
      expect(choice.options).toHaveLength(4);
      expect(new Set(choice.options.map(optionKey)).size).toBe(4);
      expect(choice.options[choice.correct]).toBe('`glance-api`');
      expect(choice.options).not.toContain('the API server');
    }
  });

  it('gives every four-option question of the OPCEL deck four distinct options, one of them right', () => {
    const weights = defaultWeights(deck);
    const questions = drawMockExam(deck, { questions: 500, minutes: 60, weights }, new Random(11));
    const choices = questions.filter((q) => q.format === 'choice');
    expect(choices.length).toBeGreaterThan(200);
    const backOf = new Map(deck.map((c) => [c.id, c]));
    const keys = deck.map(keyed);
    for (const q of choices) {
      const optionKeys = q.options!.map(optionKey);
      expect(new Set(optionKeys).size).toBe(4);
      expect(q.options![q.correct!]).toBe(backOf.get(q.cardId)!.back);
      const promptKey = optionKey(q.prompt);
      for (const other of keys.filter((c) => c.id !== q.cardId && c.frontKey === promptKey)) {
        expect(optionKeys).not.toContain(other.backKey);
      }
      // Distractors come from the same topic.
      const topicBacks = new Set(deck.filter((c) => c.topic === q.topic).map((c) => c.back));
      expect(q.options!.every((o) => topicBacks.has(o))).toBe(true);
    }
  });
});
