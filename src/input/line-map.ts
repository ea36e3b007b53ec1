// How the lines a paste stage hands on map back to the lines it was given. A stage that joins pasted lines
// (wrapped-lines.ts) or splits one into several (input/json-escaped.ts) records each such group; every other
// line maps one to one, so only the groups are stored (none for a paste that needed no change).

export class LineMap {
  /** per group: its first output line (1-based), its output and input line counts, its first input line */
  private readonly outStart: number[] = [];
  private readonly outCount: number[] = [];
  private readonly inCount: number[] = [];
  private readonly inStart: number[] = [];
  private inLines = 0;
  private outLines = 0;

  /** `inCount` input lines became `outCount` output lines (1 and 1: a line handed on as one line). */
  add(inCount: number, outCount: number): void {
    if (inCount !== 1 || outCount !== 1) {
      this.outStart.push(this.outLines + 1);
      this.outCount.push(outCount);
      this.inCount.push(inCount);
      this.inStart.push(this.inLines + 1);
    }
    this.inLines += inCount;
    this.outLines += outCount;
  }

  /** The input line that output line `line` comes from (the first one of a group joined into it). */
  inputLine(line: number): number {
    let lo = 0;
    let hi = this.outStart.length; // groups starting at or before `line` are [0, lo)
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.outStart[mid]! <= line) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return line;
    const k = lo - 1;
    const outEnd = this.outStart[k]! + this.outCount[k]!;
    return line < outEnd ? this.inStart[k]! : line - outEnd + this.inStart[k]! + this.inCount[k]!;
  }

  /** Input lines the output holds fewer (negative: more). */
  get fewerLines(): number {
    return this.inLines - this.outLines;
  }
}
