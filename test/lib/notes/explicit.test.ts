import { describe, expect, it } from 'vitest';
import { generate } from './helpers';

describe('explicit cards (Obsidian Spaced Repetition syntax)', () => {
  it('reads Q::A one way and Q:::A both ways', () => {
    const { pairs, warnings } = generate(
      'Glance の既定ポートは?::9292\nCinder:::ブロックストレージ',
    );
    expect(pairs).toEqual([
      ['basic', 'Glance の既定ポートは?', '9292'],
      ['basic', 'Cinder', 'ブロックストレージ'],
      ['basic', 'ブロックストレージ', 'Cinder'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('ignores :: inside code spans and cloze braces', () => {
    const { pairs } = generate('Use `a::b` here::answer');
    expect(pairs).toEqual([['basic', 'Use `a::b` here', 'answer']]);
  });

  it('reads a multi-line card split by a ? line, the answer running on through a list', () => {
    const text =
      'Swift のリングは\n3 種類ある。その名前は?\n?\n- account.ring.gz\n- container.ring.gz\n- object.ring.gz\n\nnext::card';
    const { cards } = generate(text);
    expect(cards[0]).toMatchObject({
      kind: 'basic',
      front: 'Swift のリングは\n3 種類ある。その名前は?',
      back: '- account.ring.gz\n- container.ring.gz\n- object.ring.gz',
      source: { file: 'notes.md', line: 1 },
    });
    expect(cards[1]).toMatchObject({ front: 'next', source: { line: 8 } });
  });

  it('reads ?? as a multi-line card both ways', () => {
    const { pairs } = generate('line one\nline two\n??\nanswer');
    expect(pairs).toEqual([
      ['basic', 'line one\nline two', 'answer'],
      ['basic', 'answer', 'line one\nline two'],
    ]);
  });

  it('makes one cloze card per ==highlight==, showing [...] in front and bold on the back', () => {
    const { pairs } = generate('Glance の既定ポートは ==9292== で、registry は ==9191== 。');
    expect(pairs).toEqual([
      [
        'cloze',
        'Glance の既定ポートは [...] で、registry は 9191 。',
        'Glance の既定ポートは **9292** で、registry は 9191 。',
      ],
      [
        'cloze',
        'Glance の既定ポートは 9292 で、registry は [...] 。',
        'Glance の既定ポートは 9292 で、registry は **9191** 。',
      ],
    ]);
  });

  it('hides {{cN::…}} spans of the same number together and shows hints', () => {
    const { pairs } = generate(
      '{{c1::swift-ring-builder}} の {{c2::rebalance::サブコマンド}} と {{c1::create}}',
    );
    expect(pairs).toEqual([
      ['cloze', '[...] の rebalance と [...]', '**swift-ring-builder** の rebalance と **create**'],
      [
        'cloze',
        'swift-ring-builder の [サブコマンド] と create',
        'swift-ring-builder の **rebalance** と create',
      ],
    ]);
  });

  it('reads clozes and Q::A in bullets too', () => {
    const { pairs } = generate('- Cinder は ==ブロック== ストレージ\n- port?::9292');
    expect(pairs).toEqual([
      ['cloze', 'Cinder は [...] ストレージ', 'Cinder は **ブロック** ストレージ'],
      ['basic', 'port?', '9292'],
    ]);
  });

  it('keeps `a == b` comparisons that are not highlights as text', () => {
    const { cards, warnings } = generate('レプリカ数 >= デバイス数');
    expect(cards).toEqual([]);
    expect(warnings.map((w) => w.code)).toContain('prose-without-card');
  });
});
