import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src-renderer/lib/check/text';

describe('checkText', () => {
  it.each([
    ['full-width letters', 'ＧＬＡＮＣＥキャッシュの管理', 'glanceキャッシュの管理'],
    ['case and spacing', 'logical  volume manager', 'Logical Volume Manager'],
    ['a final full stop', 'イメージの容量を変更。', 'イメージの容量を変更'],
    ['spaces between Japanese words', 'イメージ の 容量 を 変更', 'イメージの容量を変更'],
    ['half-width katakana', 'ｲﾒｰｼﾞ', 'イメージ'],
  ])('accepts %s', (_, typed, expected) => {
    const result = checkText(typed, expected);
    expect(result.correct).toBe(true);
    expect(result.diff.every((t) => t.op === 'same')).toBe(true);
  });

  it('shows a missing Japanese word as one token', () => {
    expect(checkText('glanceキャッシュ管理', 'glanceキャッシュの管理')).toEqual({
      correct: false,
      diff: [
        { text: 'glance', op: 'same' },
        { text: 'キャッシュ', op: 'same' },
        { text: 'の', op: 'missing' },
        { text: '管理', op: 'same' },
      ],
    });
  });

  it('shows wrong English words', () => {
    expect(checkText('Logical Disk Manager', 'Logical Volume Manager').diff).toEqual([
      { text: 'Logical', op: 'same' },
      { text: 'Volume', op: 'missing' },
      { text: 'Disk', op: 'extra' },
      { text: 'Manager', op: 'same' },
    ]);
  });
});
