import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../../src-renderer/lib/check/answer';
import data from '../../../src-renderer/lib/check/grammar/grammar-data.json';
import type { GrammarData } from '../../../src-renderer/lib/check/grammar/types';
import { isNearMiss, verdictOf } from '../../../src-renderer/lib/check/verdict';

const grammar = data as unknown as GrammarData;
const verdict = (typed: string, expected: string) =>
  verdictOf(checkAnswer(typed, expected, grammar), typed, expected);

describe('verdictOf', () => {
  it('is correct for a correct answer', () => {
    expect(
      verdict(
        'openstack container delete -r c1',
        'openstack container delete --recursive <container>',
      ),
    ).toBe('correct');
  });

  it('is close for a misspelt sub-command the grammar recognises', () => {
    expect(verdict('cinder dleete --cascade vol1', 'cinder delete --cascade <volume>')).toBe(
      'close',
    );
  });

  it('is wrong for a value of the wrong type: not a spelling slip', () => {
    expect(verdict('cinder extend 20 vol1', 'cinder extend <volume> <新しいサイズ>')).toBe('wrong');
  });

  it('is wrong for another tool altogether', () => {
    expect(verdict('nova list', 'glance image-list')).toBe('wrong');
  });

  it.each([
    ['vgchange -a y', 'vgchange -ay'],
    ['vgchange --activate y', 'vgchange -ay'],
    ['disk-image-create vm ubuntu', 'disk-image-create ubuntu vm'],
  ])('cannot tell %s from %s without the tool’s grammar, near miss or not', (typed, expected) => {
    expect(verdict(typed, expected)).toBe('cannot-tell');
  });

  it.each([
    ['one letter left out', 'Logical Volme Manager', 'Logical Volume Manager'],
    ['two letters swapped', 'qcow2 ofrmat', 'qcow2 format'],
    ['one kana wrong', 'イメージの容量を変換', 'イメージの容量を変更'],
  ])('is close for %s in a text answer', (_, typed, expected) => {
    expect(verdict(typed, expected)).toBe('close');
  });

  it.each([
    ['nothing in common', 'Nova', 'Glance'],
    ['another word of the same length', 'bare', 'qcow'],
    ['one character for another', 'a', 'b'],
    ['an empty answer', '', 'Glance'],
    ['half the words', 'Logical', 'Logical Volume Manager'],
  ])('is wrong for %s', (_, typed, expected) => {
    expect(verdict(typed, expected)).toBe('wrong');
  });
});

describe('isNearMiss', () => {
  it('allows one edit in five characters', () => {
    expect(isNearMiss('swift-ring-buidler', 'swift-ring-builder')).toBe(true);
    expect(isNearMiss('swift-rang-buidlr', 'swift-ring-builder')).toBe(true);
    expect(isNearMiss('swoft-rang-bxidlr', 'swift-ring-builder')).toBe(false);
  });

  it('ignores case, width and spacing', () => {
    expect(isNearMiss('ＧＬＡＮＣ', 'glance')).toBe(true);
  });
});
