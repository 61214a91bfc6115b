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

  copy(): Hash64 {
    const copy = new Hash64();
    copy.a = this.a;
    copy.b = this.b;
    return copy;
  }

  digest(): string {
    return (
      (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0')
    );
  }
}
