import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../../src-renderer/lib/check/answer';
import data from '../../../src-renderer/lib/check/grammar/grammar-data.json';
import type { GrammarData } from '../../../src-renderer/lib/check/grammar/types';

const grammar = data as GrammarData;

describe('checkAnswer', () => {
  it('compares commands as commands', () => {
    expect(checkAnswer('swift  list   photos', 'swift list <container>').correct).toBe(true);
    expect(checkAnswer('$ cinder list', 'cinder list').correct).toBe(true);
    expect(checkAnswer('glance-cache-pruner', 'glance-cache-pruner').correct).toBe(true);
  });

  it('compares other answers as text', () => {
    expect(checkAnswer('ｗｉｎｄｏｗｓのcloud-init', 'Windowsのcloud-init').correct).toBe(true);
    expect(checkAnswer('パーティション', 'レプリカ').correct).toBe(false);
  });

  it('says no answer was typed, and shows everything missing, for an empty answer', () => {
    expect(checkAnswer('', 'swift list')).toEqual({
      correct: false,
      diff: [
        { text: 'swift', op: 'missing' },
        { text: 'list', op: 'missing' },
      ],
      findings: [{ kind: 'no-answer' }],
    });
  });

  it('says no answer was typed for blanks, for a command and for a text answer', () => {
    expect(checkAnswer('   ', 'swift list', grammar).findings).toEqual([{ kind: 'no-answer' }]);
    expect(checkAnswer('', 'オブジェクトストレージ').findings).toEqual([{ kind: 'no-answer' }]);
    expect(checkAnswer('', 'オブジェクトストレージ').correct).toBe(false);
  });
});
