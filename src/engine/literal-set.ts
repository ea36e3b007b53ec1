// The literal ids found on one line: the automaton's collect() adds to it for every line a scan stops on, so
// it is a stamp per id (cleared by moving the stamp, not by touching the ids) and the ids in the order found.
// A Set<number> did the same at three times the cost of the byte loop it sits in.
export class LiteralSet {
  /** the ids, in the order they were added */
  readonly ids: number[] = [];
  private readonly seen: Int32Array;
  private stamp = 1;

  /** `size`: one more than the largest id that will be added */
  constructor(size: number) {
    this.seen = new Int32Array(size);
  }

  get size(): number {
    return this.ids.length;
  }

  has(id: number): boolean {
    return this.seen[id] === this.stamp;
  }

  add(id: number): void {
    if (this.seen[id] === this.stamp) return;
    this.seen[id] = this.stamp;
    this.ids.push(id);
  }

  clear(): void {
    this.ids.length = 0;
    if (++this.stamp === 0x7fffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
  }

  /** Keeps the ids below `limit`. */
  keepBelow(limit: number): void {
    const ids = this.ids;
    let kept = 0;
    for (const id of ids) {
      if (id < limit) ids[kept++] = id;
      else this.seen[id] = 0; // (never a stamp)
    }
    ids.length = kept;
  }
}
