/**
 * A fast, synchronous, dependency-free 64-bit string hash (two FNV-1a style lanes) for ids and
 * change detection. Not cryptographic.
 */
export function hash64(text: string): string {
  return new Hash64().text(text).digest();
}

/**
 * hash64 fed piece by piece: hashing `a`, then `b` gives hash64(a + b) without building the
 * string, and a copy of a state hashes many texts that share a prefix (a deck's card ids).
 */
export class Hash64 {
  a = 0x811c9dc5;
  b = 0x01000193 ^ 0x5bd1e995;

  /** Feeds one UTF-16 code unit. */
  unit(code: number): void {
    this.a = Math.imul(this.a ^ code, 0x01000193);
    const b = Math.imul(this.b ^ code, 0x5bd1e995);
    this.b = b ^ (b >>> 15);
  }

  text(text: string): this {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995);
      b ^= b >>> 15;
    }
    this.a = a;
    this.b = b;
    return this;
  }

  /** Feeds `units[0..length)`: text already in a buffer, without making it a string. */
  units(units: Uint16Array, length: number): this {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < length; i++) {
      const code = units[i] ?? 0;
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995);
      b ^= b >>> 15;
    }
    this.a = a;
    this.b = b;
    return this;
  }

  copy(): Hash64 {
    const copy = new Hash64();
    copy.a = this.a;
    copy.b = this.b;
    return copy;
  }

  /** 16 lowercase hex digits. */
  digest(): string {
    return this.digestAfter('');
  }

  /**
   * `lead` (one character or none) and the digest as one string, made at once: ids are made by
   * the hundred thousand, and each piece or concatenation would be garbage.
   */
  digestAfter(lead: string): string {
    const units = lead ? withLead : digits;
    const offset = lead ? 1 : 0;
    withLead[0] = lead.charCodeAt(0);
    for (let i = 0; i < 8; i++) {
      units[offset + i] = hex(this.a >>> (28 - 4 * i));
      units[offset + 8 + i] = hex(this.b >>> (28 - 4 * i));
    }
    return String.fromCharCode.apply(null, units);
  }
}

const digits: number[] = new Array<number>(16).fill(0);
const withLead: number[] = new Array<number>(17).fill(0);

/** The character code of the low four bits' hex digit. */
function hex(bits: number): number {
  const nibble = bits & 15;
  return nibble < 10 ? 48 + nibble : 87 + nibble;
}
