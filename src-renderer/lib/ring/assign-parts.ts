/** swift's `assign_parts` (partition → replicas to place), insertion-ordered, allocation-free. */
export class AssignParts {
  /** The partitions in the order they were first added; `size` of them are set. */
  private readonly parts: Int32Array;
  private size = 0;
  /** count[part]: how many replicas of `part` to place; they are reps[part * width + i]. */
  readonly count: Uint8Array;
  readonly reps: Uint16Array;

  constructor(
    partCount: number,
    readonly width: number,
  ) {
    this.parts = new Int32Array(partCount);
    this.count = new Uint8Array(partCount);
    this.reps = new Uint16Array(partCount * width);
  }

  add(part: number, replica: number): void {
    const n = this.count[part] as number;
    if (n === 0) {
      this.parts[this.size++] = part;
    }
    this.reps[part * this.width + n] = replica;
    this.count[part] = n + 1;
  }

  /** add(part, replica) for every part in [from, to): a new replica row. */
  addRange(from: number, to: number, replica: number): void {
    const { parts, count, reps, width } = this;
    let size = this.size;
    for (let part = from; part < to; part++) {
      const n = count[part] as number;
      if (n === 0) {
        parts[size++] = part;
      }
      reps[part * width + n] = replica;
      count[part] = n + 1;
    }
    this.size = size;
  }

  isEmpty(): boolean {
    return this.size === 0;
  }

  order(): Int32Array {
    return this.parts.slice(0, this.size);
  }
}
