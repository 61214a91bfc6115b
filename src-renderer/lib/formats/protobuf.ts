/**
 * Just enough protobuf to read the few messages of Anki's newer packages (note type kind,
 * template formats, the media list): varints and length-delimited fields; other wire types are
 * skipped. Throws RangeError on truncated input; callers turn that into a ParseError.
 */
export type ProtoValue = number | Uint8Array;

export function readProto(bytes: Uint8Array): Map<number, ProtoValue[]> {
  const fields = new Map<number, ProtoValue[]>();
  let pos = 0;
  const varint = (): number => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      if (pos >= bytes.length || shift > 63) {
        throw new RangeError('truncated protobuf varint');
      }
      const byte = bytes[pos++] ?? 0;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) {
        return value;
      }
    }
  };
  while (pos < bytes.length) {
    const tag = varint();
    const field = Math.floor(tag / 8);
    const wire = tag % 8;
    let value: ProtoValue;
    if (wire === 0) {
      value = varint();
    } else if (wire === 2) {
      const length = varint();
      if (pos + length > bytes.length) {
        throw new RangeError('truncated protobuf field');
      }
      value = bytes.subarray(pos, pos + length);
      pos += length;
    } else if (wire === 1 || wire === 5) {
      pos += wire === 1 ? 8 : 4;
      continue;
    } else {
      throw new RangeError(`unsupported protobuf wire type ${wire}`);
    }
    fields.set(field, [...(fields.get(field) ?? []), value]);
  }
  return fields;
}

const utf8 = new TextDecoder();

export function protoString(fields: Map<number, ProtoValue[]>, field: number): string {
  const value = fields.get(field)?.[0];
  return value instanceof Uint8Array ? utf8.decode(value) : '';
}

export function protoNumber(fields: Map<number, ProtoValue[]>, field: number): number {
  const value = fields.get(field)?.[0];
  return typeof value === 'number' ? value : 0;
}
