/**
 * Bytes to text for the text formats. Spreadsheets in Japan save CSV as Shift_JIS (CP932) with
 * no marker, and Excel's "Unicode text" is UTF-16LE with a BOM, so the encoding is detected:
 * a BOM wins, then strict UTF-8, then strict Shift_JIS.
 */
import { ParseError } from '../errors';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'shift_jis';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
}

function strict(encoding: TextEncodingName, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strict('utf-8', bytes.subarray(3));
    if (text !== undefined) {
      return { text, encoding: 'utf-8', bom: true };
    }
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = strict('utf-16le', bytes.subarray(2));
    if (text !== undefined) {
      return { text, encoding: 'utf-16le', bom: true };
    }
  } else {
    for (const encoding of ['utf-8', 'shift_jis'] as const) {
      const text = strict(encoding, bytes);
      if (text !== undefined && !text.includes('\u0000')) {
        return { text, encoding, bom: false };
      }
    }
  }
  throw new ParseError('not a text file in UTF-8, UTF-16 or Shift_JIS', { file });
}
