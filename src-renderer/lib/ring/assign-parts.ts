/** swift's `assign_parts` (partition → replicas to place), insertion-ordered, allocation-free. */
export class AssignParts {
  private readonly parts: number[] = [];
  private readonly count: Uint8Array;
  private readonly reps: Uint16Array;

  constructor(
    partCount: number,
    private readonly width: number,
  ) {
    this.count = new Uint8Array(partCount);
    this.reps = new Uint16Array(partCount * width);
  }

  add(part: number, replica: number): void {
    const n = this.count[part] as number;
    if (n === 0) {
      this.parts.push(part);
    }
    this.reps[part * this.width + n] = replica;
    this.count[part] = n + 1;
  }

  isEmpty(): boolean {
    return this.parts.length === 0;
  }

  order(): Int32Array {
    return Int32Array.from(this.parts);
  }

  /** How many replicas of `part` to place (read them with replicaAt: no view per partition). */
  countOf(part: number): number {
    return this.count[part] as number;
  }

  replicaAt(part: number, index: number): number {
    return this.reps[part * this.width + index] as number;
  }
}
