/**
 * The .apkg container: a zip holding the collection (`collection.anki21b` zstd-compressed in
 * Anki 2.1.50+, else `collection.anki21` or `collection.anki2`), a `media` index (JSON, or a
 * zstd-compressed protobuf beside anki21b) and the media files named "0", "1", ...
 */
import { unzipSync } from 'fflate';
import { decompress } from 'fzstd';
import { ParseError } from '../errors';
import { protoNumber, protoString, readProto } from './protobuf';
import { MAX_IMPORT_BYTES } from './types';

export interface ApkgContents {
  collection: Uint8Array;
  /** Which collection file was read: its schema differs (11 with JSON columns, 18 with tables). */
  collectionName: string;
  /** Media by their real file name, lazily: only files a card uses are decompressed. */
  media: Map<string, () => Uint8Array>;
}

const COLLECTIONS = ['collection.anki21b', 'collection.anki21', 'collection.anki2'];

export function openApkg(bytes: Uint8Array, file: string): ApkgContents {
  let entries: Record<string, Uint8Array>;
  let total = 0;
  try {
    entries = unzipSync(bytes, {
      filter: (entry) => {
        total += entry.originalSize;
        // A zip bomb announces its size; refuse before inflating it.
        if (entry.originalSize > MAX_IMPORT_BYTES * 4 || total > MAX_IMPORT_BYTES * 8) {
          throw new ParseError(`archive entry ${entry.name} is too large`, { file });
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ParseError) {
      throw error;
    }
    throw new ParseError(`not a readable .apkg (zip) archive: ${(error as Error).message}`, {
      file,
    });
  }
  const collectionName = COLLECTIONS.find((name) => entries[name]);
  const stored = collectionName ? entries[collectionName] : undefined;
  if (!collectionName || !stored) {
    throw new ParseError('no Anki collection in the package', { file });
  }
  const modern = collectionName.endsWith('b');
  const collection = modern ? unzstd(stored, collectionName, file) : stored;
  const index = entries['media'];
  const media = new Map<string, () => Uint8Array>();
  for (const [zipName, name] of index ? mediaIndex(index, modern, file) : []) {
    const data = entries[zipName];
    if (data) {
      media.set(name, () => (modern ? unzstd(data, name, file) : data));
    }
  }
  return { collection, collectionName, media };
}

function unzstd(data: Uint8Array, name: string, file: string): Uint8Array {
  try {
    return decompress(data);
  } catch (error) {
    throw new ParseError(`${name}: bad zstd data (${(error as Error).message})`, { file });
  }
}

/** Pairs of (name inside the zip, real file name). */
function mediaIndex(index: Uint8Array, modern: boolean, file: string): Array<[string, string]> {
  if (!modern) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder().decode(index));
    } catch {
      throw new ParseError('media index is not valid JSON', { file });
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new ParseError('media index is not a JSON object', { file });
    }
    return Object.entries(parsed).filter(
      (pair): pair is [string, string] => typeof pair[1] === 'string',
    );
  }
  try {
    const entries = readProto(unzstd(index, 'media', file)).get(1) ?? [];
    return entries.flatMap((entry, i): Array<[string, string]> => {
      if (!(entry instanceof Uint8Array)) {
        return [];
      }
      const fields = readProto(entry);
      const legacy = fields.has(255) ? protoNumber(fields, 255) : i;
      return [[String(legacy), protoString(fields, 1)]];
    });
  } catch (error) {
    if (error instanceof ParseError) {
      throw error;
    }
    throw new ParseError(`media index: ${(error as Error).message}`, { file });
  }
}
