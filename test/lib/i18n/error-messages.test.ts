import { describe, expect, expectTypeOf, test } from 'vitest';
import {
  DomainError,
  ERROR_CODES,
  InputTooLargeError,
  InternalError,
  ParseError,
  type ErrorCode,
} from '../../../src-renderer/lib/errors';
import { readDeckJson } from '../../../src-renderer/lib/formats/deck-json';
import {
  FORMAT_WARNING_CODES,
  type FormatWarningCode,
} from '../../../src-renderer/lib/formats/types';
import { LOCALES, translate } from '../../../src-renderer/lib/i18n';
import {
  ERROR_MESSAGES,
  WARNING_MESSAGES,
  errorDetail,
  messageOf,
  warningMessage,
} from '../../../src-renderer/lib/i18n/error-messages';
import { NOTE_WARNING_CODES } from '../../../src-renderer/lib/notes/sink';
import { ringQuestion } from '../../../src-renderer/lib/ring/cards';
import { fflateGunzip, fflateGzip } from '../../../src-renderer/lib/ring/portable-gzip';
import { runRingBuilder } from '../../../src-renderer/lib/ring/run';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const WARNING_CODES = [...FORMAT_WARNING_CODES, ...NOTE_WARNING_CODES];

describe('every error and warning code has a message in every language', () => {
  test('the maps cover exactly the codes (a Record over the union: a new code must compile in)', () => {
    expectTypeOf(ERROR_MESSAGES).toEqualTypeOf<
      Record<ErrorCode, (typeof ERROR_MESSAGES)[ErrorCode]>
    >();
    expectTypeOf<keyof typeof WARNING_MESSAGES>().toEqualTypeOf<FormatWarningCode>();
    expect(Object.keys(ERROR_MESSAGES).sort()).toEqual([...ERROR_CODES].sort());
    expect(Object.keys(WARNING_MESSAGES).sort()).toEqual([...WARNING_CODES].sort());
  });

  test.each(ERROR_CODES.flatMap((code) => LOCALES.map((locale) => [code, locale] as const)))(
    'error %s in %s',
    (code, locale) => {
      const text = translate(locale, ERROR_MESSAGES[code], { where: 'a.md:3: ', detail: 'x' });
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/\{\w+\}/);
      if (locale === 'ja') {
        expect(text).toMatch(JAPANESE);
      }
    },
  );

  test.each(WARNING_CODES.flatMap((code) => LOCALES.map((locale) => [code, locale] as const)))(
    'warning %s in %s',
    (code, locale) => {
      const text = warningMessage({ file: 'a.md', line: 3, code, message: 'x' }, locale);
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text).not.toBe(
        warningMessage(
          { file: 'a.md', line: 3, code, message: 'x' },
          locale === 'en' ? 'ja' : 'en',
        ),
      );
      if (locale === 'ja') {
        expect(text).toMatch(JAPANESE);
      }
    },
  );
});

describe('messageOf', () => {
  test('a reader’s error: the code’s sentence, where, and the reader’s detail', () => {
    let thrown: unknown;
    try {
      readDeckJson(
        new TextEncoder().encode('{"format":"recall-deck","version":1,"name":"x","cards":[{}]}'),
        'bad.json',
      );
    } catch (error) {
      thrown = error;
    }
    expect(messageOf(thrown, 'en')).toMatch(/^bad\.json:1: invalid content \(cards\.0\.id: /);
    expect(messageOf(thrown, 'ja')).toMatch(
      /^bad\.json:1: 内容が正しくありません \(cards\.0\.id: /,
    );
    expect(errorDetail(thrown)).toBeUndefined();
  });

  test('an error about no file has no dangling colon', () => {
    expect(messageOf(new ParseError('truncated'), 'en')).toBe(
      'the file could not be read (truncated)',
    );
    expect(messageOf(new InputTooLargeError('200 MB', { file: 'big.csv' }), 'ja')).toBe(
      'big.csv: ファイルが大きすぎます (200 MB)',
    );
  });

  test('an error lib did not throw is one plain sentence; its message is a detail without the stack', () => {
    const leak = new TypeError('(model.tmpls ?? []).map is not a function');
    expect(messageOf(leak, 'en')).toBe('An unexpected error stopped it.');
    expect(messageOf(leak, 'ja')).toBe('予期しないエラーで中断しました。');
    expect(errorDetail(leak)).toBe('(model.tmpls ?? []).map is not a function');
    const withStack = new Error('first line\n    at Object.<anonymous> (/app/x.js:1:1)');
    expect(errorDetail(withStack)).toBe('first line');
    expect(errorDetail('x'.repeat(1000))?.length).toBe(301);
    expect(messageOf('a string', 'en')).toBe('An unexpected error stopped it.');
  });

  test('lib’s former plain throws are typed: an unknown ring template and an internal error', () => {
    let thrown: unknown;
    try {
      ringQuestion('ring-no-such-template', 1);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).code).toBe('unknown-ring-template');
    expect(messageOf(thrown, 'en')).toBe(
      'This ring card asks for a calculation this version of the app does not have (Unknown ring card template: ring-no-such-template).',
    );
    expect(messageOf(new InternalError('unknown ts-fsrs state 9'), 'en')).toBe(
      'The app hit a bug of its own (unknown ts-fsrs state 9). Please report it.',
    );
  });

  test('write_builder without its ring says what swift says (checked with swift-ring-builder)', () => {
    const result = runRingBuilder(['swift-ring-builder', 'object.builder', 'write_builder'], {
      readBuilder: () => null,
      writeBuilder: () => {},
      readRing: () => null,
      writeRing: () => {},
      now: () => 0,
      gzip: fflateGzip,
      gunzip: fflateGunzip,
    });
    expect(result.stderr.trim().split('\n').at(-1)).toBe(
      "FileNotFoundError: [Errno 2] No such file or directory: 'object.ring.gz'",
    );
  });
});
