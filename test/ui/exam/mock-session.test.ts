import { describe, expect, it } from 'vitest';
import data from '../../../src-renderer/lib/check/grammar/grammar-data.json';
import type { GrammarData } from '../../../src-renderer/lib/check/grammar/types';
import type { MockQuestion } from '../../../src-renderer/lib/exam/mock-exam';
import { clockText, mockAction, type MockKey } from '../../../src-renderer/ui/exam/mock-keys';
import { MockSession } from '../../../src-renderer/ui/exam/mock-session.svelte';

const grammar = data as GrammarData;
const choice: MockQuestion = {
  cardId: 'c1',
  topic: 'OPCEL 252::イメージサービス (Glance)',
  format: 'choice',
  prompt: 'bare',
  expected: 'メタデータの包みが無いことを表すコンテナ形式',
  options: ['ami', 'メタデータの包みが無いことを表すコンテナ形式', 'ovf', 'docker'],
  correct: 1,
};
const typeIn: MockQuestion = {
  cardId: 'c2',
  topic: 'OPCEL 252::イメージサービス (Glance)',
  format: 'type-in',
  prompt: 'イメージを削除する',
  expected: 'glance image-delete <IMAGE_ID>',
};
const key = (k: string, more: Partial<MockKey> = {}): MockKey => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  inField: false,
  onButton: false,
  ...more,
});

describe('mock exam keys', () => {
  it('choose with 1–4 on four-option questions, type digits in the field, go on with Enter', () => {
    expect(mockAction(key('3'), 'choice')).toEqual({ kind: 'choose', index: 2 });
    expect(mockAction(key('5'), 'choice')).toBeNull();
    expect(mockAction(key('1'), 'type-in')).toBeNull();
    expect(mockAction(key('1', { inField: true }), 'choice')).toBeNull();
    expect(mockAction(key('Enter', { inField: true }), 'type-in')).toEqual({ kind: 'next' });
    expect(mockAction(key('Enter', { onButton: true }), 'choice')).toBeNull();
    expect(mockAction(key('2', { ctrlKey: true }), 'choice')).toBeNull();
  });

  it('show the time left as mm:ss, rounded up', () => {
    expect(clockText(3_600_000)).toBe('60:00');
    expect(clockText(59_001)).toBe('01:00');
    expect(clockText(0)).toBe('00:00');
  });
});

describe('mock session', () => {
  it('keeps answers unjudged until the end, then judges each', () => {
    const session = new MockSession([choice, typeIn, choice], 1000, 60_000);
    session.choose(1);
    session.next();
    expect(session.answers(grammar)).toEqual([]);
    session.typed = 'glance image-delete 8f3a';
    session.next();
    expect(session.index).toBe(2);
    session.next();
    expect(session.finished).toBe(true);
    expect(session.answers(grammar).map((a) => a.outcome)).toEqual([
      'correct',
      'correct',
      'unanswered',
    ]);
  });

  it('ends when the time is up, keeping the answer being given', () => {
    const session = new MockSession([choice, choice], 0, 60_000);
    session.tick(30_000);
    expect(session.timeLeftMs).toBe(30_000);
    session.choose(0);
    session.tick(60_000);
    expect(session).toMatchObject({ finished: true, timedOut: true, timeLeftMs: 0 });
    session.choose(1);
    session.next();
    expect(session.answers(grammar).map((a) => [a.outcome, a.response])).toEqual([
      ['wrong', 'ami'],
      ['unanswered', null],
    ]);
  });
});
