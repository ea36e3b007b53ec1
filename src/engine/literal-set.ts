// The literal ids found on one line: the automaton's collect() adds to it for every line a scan stops on, so
// it is a stamp per id (cleared by moving the stamp, not by touching the ids) and the ids in the order found.
// A Set<number> did the same at three times the cost of the byte loop it sits in. The ids' array is never
// shortened (setting an array's length is a call into V8's runtime, on every line): `size` says how many count.
export class LiteralSet {
  /** the ids in the order they were added: the first `size` entries */
  private readonly list: number[] = [];
  /** how many ids there are */
  size = 0;
  private readonly seen: Int32Array;
  private stamp = 1;

  /** `size`: one more than the largest id that will be added */
  constructor(size: number) {
    this.seen = new Int32Array(size);
  }

  /** The ids, in the order they were added (a copy). */
  get ids(): number[] {
    return this.list.slice(0, this.size);
  }

  /** The i-th id added (i < size). */
  at(i: number): number {
    return this.list[i]!;
  }

  has(id: number): boolean {
    return this.seen[id] === this.stamp;
  }

  add(id: number): void {
    if (this.seen[id] === this.stamp) return;
    this.seen[id] = this.stamp;
    this.list[this.size++] = id;
  }

  clear(): void {
    this.size = 0;
    if (++this.stamp === 0x7fffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
  }

  /** Keeps the ids below `limit`. */
  keepBelow(limit: number): void {
    const ids = this.list;
    let kept = 0;
    for (let i = 0; i < this.size; i++) {
      const id = ids[i]!;
      if (id < limit) ids[kept++] = id;
      else this.seen[id] = 0; // (never a stamp)
    }
    this.size = kept;
  }
}
