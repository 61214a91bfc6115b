/**
 * Bytes to note text. Callers (the CLI, the import screen) read files; this refuses what is not
 * UTF-8 text with a message that says where, so nothing is imported as mojibake.
 */
import { ParseError } from '../errors';

export function decodeNoteBytes(bytes: Uint8Array, file: string): string {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) {
    throw new ParseError('UTF-16 text; save the notes as UTF-8', { file });
  }
  // Line numbers mean nothing in a binary file: the message names the file only.
  if (bytes.includes(0)) {
    throw new ParseError('binary file (it contains NUL bytes), not Markdown notes', { file });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new ParseError(
      `not UTF-8 text (invalid byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} at offset ${offset}); save the notes as UTF-8`,
      { file, line: lineAt(bytes, offset) },
    );
  }
}

/** Refuses text that came from a binary file decoded leniently (NUL characters). */
export function assertText(text: string, file: string): void {
  if (text.includes('\0')) {
    throw new ParseError('binary file (it contains NUL bytes), not Markdown notes', { file });
  }
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
    }
  }
  return line;
}

/** Offset of the first byte that does not continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead < 0xe0
          ? 2
          : lead >= 0xe0 && lead < 0xf0
            ? 3
            : lead >= 0xf0 && lead < 0xf5
              ? 4
              : 0;
    if (length === 0 || i + length > bytes.length) {
      return i;
    }
    for (let k = 1; k < length; k++) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) {
        return i;
      }
    }
    i += length;
  }
  return i;
}
