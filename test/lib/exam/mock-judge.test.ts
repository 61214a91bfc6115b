import { describe, expect, it } from 'vitest';
import data from '../../../src-renderer/lib/check/grammar/grammar-data.json';
import type { GrammarData } from '../../../src-renderer/lib/check/grammar/types';
import type { MockQuestion } from '../../../src-renderer/lib/exam/mock-exam';
import {
  answerOf,
  judge,
  scoreByTopic,
  scoreShare,
} from '../../../src-renderer/lib/exam/mock-judge';

const grammar = data as GrammarData;

describe('judging and scoring', () => {
  const typeIn = (expected: string): MockQuestion => ({
    cardId: 'c',
    topic: 'OPCEL 252::イメージサービス (Glance)',
    format: 'type-in',
    prompt: 'p',
    expected,
  });

  it('judges type-in answers with the study screen’s checker, and says when it cannot tell', () => {
    const q = typeIn('glance image-delete <IMAGE_ID>');
    expect(judge(q, { typed: 'glance image-delete 8f3a' }, grammar)).toBe('correct');
    expect(judge(q, { typed: 'glance image-delete --all' }, grammar)).toBe('wrong');
    expect(judge(q, { typed: 'nova delete 8f3a' }, grammar)).toBe('wrong');
    // Without the grammar the words differ, and whether the tool reads it the same is unknown.
    expect(judge(q, { typed: 'glance image-delete --all' }, undefined)).toBe('cannot-tell');
    expect(judge(q, { typed: 'nova delete 8f3a' }, undefined)).toBe('wrong');
    expect(judge(q, { typed: '  ' }, grammar)).toBe('unanswered');
    expect(judge(q, null, grammar)).toBe('unanswered');
    expect(judge(typeIn('bare'), { typed: ' bare ' }, grammar)).toBe('correct');
    expect(judge(typeIn('bare'), { typed: 'ovf' }, grammar)).toBe('wrong');
    // No grammar covers vgchange, even with the data loaded: `-a y` is `-ay` (vgchange --help).
    expect(judge(typeIn('vgchange -ay'), { typed: 'vgchange -a y' }, grammar)).toBe('cannot-tell');
  });

  it('scores by topic, leaving what could not be judged out of the share', () => {
    const choice: MockQuestion = {
      ...typeIn('x'),
      format: 'choice',
      options: ['a', 'b', 'c', 'd'],
      correct: 2,
      topic: 'B',
    };
    const answers = [
      answerOf(choice, { chosen: 2 }, grammar),
      answerOf(choice, { chosen: 0 }, grammar),
      answerOf(
        { ...typeIn('glance image-delete <IMAGE_ID>'), topic: 'A' },
        { typed: 'glance image-delete --all' },
        undefined,
      ),
      answerOf({ ...typeIn('bare'), topic: 'A' }, { typed: 'bare' }, grammar),
      answerOf({ ...typeIn('bare'), topic: 'A' }, null, grammar),
    ];
    expect(answers[1]).toMatchObject({ outcome: 'wrong', response: 'a', expected: 'x' });
    const score = scoreByTopic(answers, ['A', 'B', 'C']);
    expect(score.topics).toEqual([
      { topic: 'A', questions: 3, correct: 1, cannotTell: 1 },
      { topic: 'B', questions: 2, correct: 1, cannotTell: 0 },
    ]);
    expect(score.total).toMatchObject({ questions: 5, correct: 2, cannotTell: 1 });
    expect(scoreShare(score.topics[0]!)).toBe(0.5);
    expect(scoreShare({ topic: 'x', questions: 1, correct: 0, cannotTell: 1 })).toBeNull();
  });
});
