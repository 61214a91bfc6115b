import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../../src-renderer/lib/check/answer';

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

  it('shows everything missing for an empty answer', () => {
    expect(checkAnswer('', 'swift list')).toEqual({
      correct: false,
      diff: [
        { text: 'swift', op: 'missing' },
        { text: 'list', op: 'missing' },
      ],
    });
  });
});
