/**
 * The .apkg container: a zip holding the collection (`collection.anki21b` zstd-compressed in
 * Anki 2.1.50+, else `collection.anki21` or `collection.anki2`), a `media` index (JSON, or a
 * zstd-compressed protobuf beside anki21b) and the media files named "0", "1", ...
 */
import { unzipSync } from 'fflate';
import { DomainError, ParseError } from '../errors';
import { protoNumber, protoString, readProto } from './protobuf';
import { UnpackBudget, unzstdBounded } from './unpack';

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
  const budget = new UnpackBudget(file);
  try {
    entries = unzipSync(bytes, {
      // fflate inflates each entry into a buffer of its declared size and never past it, so
      // claiming the declared sizes up front bounds the zip layer.
      filter: (entry) => {
        budget.take(`archive entry ${entry.name}`, entry.originalSize);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof DomainError) {
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
  const collection = modern ? unzstdBounded(stored, collectionName, budget) : stored;
  const index = entries['media'];
  const media = new Map<string, () => Uint8Array>();
  for (const [zipName, name] of index ? mediaIndex(index, modern, budget) : []) {
    const data = entries[zipName];
    if (data) {
      media.set(name, () => (modern ? unzstdBounded(data, `media file ${name}`, budget) : data));
    }
  }
  return { collection, collectionName, media };
}

/** Pairs of (name inside the zip, real file name). */
function mediaIndex(
  index: Uint8Array,
  modern: boolean,
  budget: UnpackBudget,
): Array<[string, string]> {
  const { file } = budget;
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
    const entries = readProto(unzstdBounded(index, 'media index', budget)).get(1) ?? [];
    return entries.flatMap((entry, i): Array<[string, string]> => {
      if (!(entry instanceof Uint8Array)) {
        return [];
      }
      const fields = readProto(entry);
      const legacy = fields.has(255) ? protoNumber(fields, 255) : i;
      return [[String(legacy), protoString(fields, 1)]];
    });
  } catch (error) {
    if (error instanceof DomainError) {
      throw error;
    }
    throw new ParseError(`media index: ${(error as Error).message}`, { file });
  }
}
