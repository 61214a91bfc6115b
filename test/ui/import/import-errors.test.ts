import { describe, expect, test } from 'vitest';
import { ImportCancelledError } from '../../../src-renderer/data/import';
import { InputTooLargeError } from '../../../src-renderer/lib/errors';
import { readDeckJson } from '../../../src-renderer/lib/formats/deck-json';
import {
  translate,
  type Locale,
  type MessageKey,
  type Params,
} from '../../../src-renderer/lib/i18n';
import { importErrorText, warningText } from '../../../src-renderer/ui/import/import-errors';

const t = (locale: Locale) => (key: MessageKey, params?: Params) => translate(locale, key, params);
const thrown = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
};

describe('import errors in the UI language', () => {
  const newer = thrown(() =>
    readDeckJson(
      new TextEncoder().encode('{"format":"recall-deck","version":3,"name":"x","cards":[]}'),
      'new.json',
    ),
  );
  const invalid = thrown(() =>
    readDeckJson(
      new TextEncoder().encode('{"format":"recall-deck","version":1,"name":"x","cards":[{}]}'),
      'bad.json',
    ),
  );

  test.each([
    ['en', newer, 'new.json: made by a newer version of the app; update the app to open it'],
    [
      'ja',
      newer,
      'new.json: 新しいバージョンのアプリで作られたファイルです。アプリを更新してください',
    ],
    ['en', invalid, /^bad\.json:1: invalid content \(cards\.0\.id: /],
    ['ja', invalid, /^bad\.json:1: 内容が正しくありません \(cards\.0\.id: /],
    [
      'en',
      new InputTooLargeError('file is 200 MB; the limit is 150 MB', { file: 'big.csv' }),
      'big.csv: the file is too large (file is 200 MB; the limit is 150 MB)',
    ],
    ['ja', new ImportCancelledError('x'), 'インポートを取り消しました。何も変更されていません。'],
    ['en', new TypeError('boom'), 'The import failed and nothing was changed: boom'],
  ] as const)('%s: %s', (locale, error, expected) => {
    expect(importErrorText(t(locale), error)).toMatch(expected);
  });

  test('known warnings are translated, the generator’s are kept as written', () => {
    expect(
      warningText(t('ja'), {
        file: 'a.csv',
        line: 4,
        code: 'csv-duplicate',
        message: 'same card as row 2; row skipped',
      }),
    ).toBe('4 行目: 前の行と同じカードのためスキップしました。');
    expect(
      warningText(t('en'), {
        file: 'n.md',
        line: 9,
        code: 'prose-without-card',
        message: 'No card from this text',
      }),
    ).toBe('n.md:9: No card from this text');
  });
});
