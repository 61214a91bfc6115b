import fc from 'fast-check';
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

describe('checkText properties', () => {
  const fullWidth = (text: string): string =>
    text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
  const answer = fc.stringMatching(
    /^[A-Za-z0-9ぁ-んァ-ン一-龠][A-Za-z0-9ぁ-んァ-ン一-龠 -]{0,30}$/,
  );

  it('accepts the expected answer in full width, another case and other spacing', () => {
    fc.assert(
      fc.property(answer, fc.boolean(), fc.boolean(), (expected, wide, upper) => {
        let typed = `  ${expected.replace(/ /g, '   ')} `;
        typed = upper ? typed.toUpperCase() : typed.toLowerCase();
        typed = wide ? fullWidth(typed) : typed;
        const result = checkText(typed, expected);
        expect(result.correct).toBe(true);
        expect(result.diff.every((t) => t.op === 'same')).toBe(true);
      }),
    );
  });

  it('rejects an answer with a word left out, and shows that word as missing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{2,8}$/), { minLength: 2, maxLength: 6 }),
        fc.nat(),
        (words, at) => {
          const i = at % words.length;
          const typed = words.filter((_, k) => k !== i).join(' ');
          fc.pre(typed.replace(/ /g, '') !== words.join(''));
          const result = checkText(typed, words.join(' '));
          expect(result.correct).toBe(false);
          expect(result.diff.filter((t) => t.op === 'missing').map((t) => t.text)).toEqual([
            words[i],
          ]);
        },
      ),
    );
  });
});
