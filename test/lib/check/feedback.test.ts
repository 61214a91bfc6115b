import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../../src-renderer/lib/check/answer';
import { describeFindings, feedbackText } from '../../../src-renderer/lib/check/feedback';
import type { FindingKind } from '../../../src-renderer/lib/check/findings';
import data from '../../../src-renderer/lib/check/grammar/grammar-data.json';
import type { GrammarData } from '../../../src-renderer/lib/check/grammar/types';
import { LOCALES, translate, type MessageKey, type Params } from '../../../src-renderer/lib/i18n';

const t = (locale: (typeof LOCALES)[number]) => (key: MessageKey, params?: Params) =>
  translate(locale, key, params);

const KINDS: FindingKind[] = [
  'wrong-tool',
  'unknown-command',
  'wrong-command',
  'unknown-option',
  'ambiguous-option',
  'missing-value',
  'unexpected-value',
  'missing-argument',
  'missing-option',
  'extra-argument',
  'wrong-type',
  'wrong-choice',
  'invalid-value',
  'wrong-value',
  'wrong-placeholder',
  'adds-option',
  'adds-values',
  'abbreviated-command',
  'changes-target',
  'before-sub-command',
];

describe('feedback', () => {
  it('says every kind of finding in both languages, with its values filled in', () => {
    for (const locale of LOCALES) {
      for (const kind of KINDS) {
        const [text] = describeFindings(
          [{ kind, slot: 'SLOT', typed: 'TYPED', expected: 'EXPECTED', note: 'NOTE' }],
          t(locale),
        );
        expect(text).toMatch(/SLOT|TYPED|EXPECTED|NOTE/);
        expect(text).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('H: says that no answer was typed, in both languages', () => {
    const empty = checkAnswer('', 'swift list', data as GrammarData);
    expect(feedbackText(empty, t('en'))).toBe('No answer typed.');
    expect(feedbackText(empty, t('ja'))).toBe('答えが入力されていません。');
  });

  it('says a size type in both languages', () => {
    const finding = { kind: 'wrong-type', slot: 'size', typed: 'abc', note: 'size' } as const;
    expect(describeFindings([finding], t('en'))[0]).toMatch(/size.*abc/);
    expect(describeFindings([finding], t('ja'))[0]).toMatch(/サイズ/);
  });

  it('adds the did-you-mean, and puts problems before notes', () => {
    expect(
      describeFindings(
        [
          { kind: 'adds-option', slot: '--cascade' },
          { kind: 'unknown-command', slot: 'cinder', typed: 'exnted', suggestion: 'extend' },
        ],
        t('ja'),
      ),
    ).toEqual([
      'cinder にサブコマンド「exnted」はありません。 extend のことですか？',
      '--cascade も指定しています。',
    ]);
  });

  it('is empty only for a correct answer with nothing to add', () => {
    const grammar = data as GrammarData;
    const en = t('en');
    expect(feedbackText(checkAnswer('cinder list', 'cinder list', grammar), en)).toBe('');
    expect(feedbackText(checkAnswer('rmdir /a', 'rmdir /b', grammar), en)).toBe(
      'Missing: /b. Not in the expected answer: /a.',
    );
    expect(
      feedbackText(checkAnswer('cinder list', 'cinder list --all-tenants', grammar), en),
    ).not.toBe('');
  });

  it('says when it cannot tell, in en and ja', () => {
    const grammar = data as GrammarData;
    const result = checkAnswer('vgchange -a y', 'vgchange -ay', grammar);
    expect(feedbackText(result, t('en'))).toBe(
      'The options of vgchange are not known to the checker: compare with the answer yourself.',
    );
    expect(feedbackText(result, t('ja'))).toBe(
      'チェッカーは vgchange のオプションを知りません。正答とご自身で見比べてください。',
    );
  });

  it('calls a word written elsewhere moved, not both missing and unexpected', () => {
    const result = checkAnswer('scheduler nova', 'nova scheduler');
    expect(feedbackText(result, t('en'))).toBe('In another place: scheduler.');
  });
});
