import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src-renderer/lib/errors';
import { decodeNoteBytes, generateFromNotes } from '../../../src-renderer/lib/notes/generate';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeNoteBytes', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    expect(decodeNoteBytes(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8('# 見出し')), 'a.md')).toBe(
      '# 見出し',
    );
  });

  it('refuses Shift_JIS bytes, naming the file, line and byte', () => {
    // 「見出し」 in Shift_JIS on the second line.
    const bytes = Uint8Array.of(...utf8('# ok\n'), 0x8c, 0xa9, 0x8f, 0x6f, 0x82, 0xb5);
    const error = (() => {
      try {
        decodeNoteBytes(bytes, 'notes.md');
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).describe()).toBe(
      'notes.md:2: not UTF-8 text (invalid byte 0x8c at offset 5); save the notes as UTF-8',
    );
  });

  it('tells UTF-16 text from a binary file', () => {
    const bytes = Uint8Array.of(0xff, 0xfe, ...[...'# x'].flatMap((ch) => [ch.charCodeAt(0), 0]));
    expect(() => decodeNoteBytes(bytes, 'u16.md')).toThrow('UTF-16 text; save the notes as UTF-8');
  });

  it('refuses binary files', () => {
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
    expect(() => decodeNoteBytes(png, 'image.md')).toThrow(/binary file/);
  });
});

describe('generateFromNotes on unusual input', () => {
  it('throws ParseError for text with NUL characters', () => {
    expect(() => generateFromNotes([{ path: 'x.md', text: 'a\0b' }])).toThrow(ParseError);
  });

  it('warns about an empty or blank file', () => {
    const { cards, warnings } = generateFromNotes([{ path: 'e.md', text: ' \n\n' }]);
    expect(cards).toEqual([]);
    expect(warnings).toEqual([
      { file: 'e.md', line: 1, code: 'empty-file', message: 'The file is empty: no cards.' },
    ]);
  });

  it('keeps the first of two cards with the same question and warns about the second', () => {
    const { cards, warnings } = generateFromNotes([{ path: 'd.md', text: 'q::a\n\nq::b' }]);
    expect(cards.map((c) => c.back)).toEqual(['a']);
    expect(warnings).toEqual([expect.objectContaining({ line: 3, code: 'duplicate-question' })]);
  });
});
