// What the patterns found on a line, kept by the line's bytes for the rest of one scan: a log repeats its lines
// (the same warning every step, a traceback once per worker, a report pasted twice), and a line seen again with
// the same neighbours gives the same matches. A repeat is answered from here instead of being decoded, cleaned
// and given to the regexes again (line-scanner.ts decides which lines may be kept: only those whose matches
// depend on nothing but their own bytes and the next lines' bytes recorded here).

/** One match found on a line: the pattern's id, and what onMatch was given besides the line number. */
export interface MemoMatch {
  id: number;
  text: string;
  groups: Record<string, string>;
}

/**
 * The outcome of one line with the bytes after it that its joined tries read: `next` the bytes from the line's
 * own newline through the end of the last line read (null: no try read past the line); `atEnd` when those
 * bytes ran to the end of the chunk; `last` whether the line itself ended the chunk (no joined try then).
 */
export interface MemoOutcome {
  next: Buffer | null;
  atEnd: boolean;
  last: boolean;
  /** the matches, in the order onMatch was called */
  matches: MemoMatch[];
  /** the ids of the line's candidate patterns (LineScanner's `listed`: the next line reads them) */
  listed: readonly number[];
}

/** Bytes of the lines and next lines kept, and outcomes a line keeps (different next lines): bounds on a scan's memory. */
const MAX_BYTES = 1 << 20;
const MAX_OUTCOMES = 4;
/** Longer lines are not kept (a key is the whole line). */
export const MAX_MEMO_LINE = 1024;

export class LineMemo {
  private readonly lines = new Map<string, MemoOutcome[]>();
  private bytes = 0;

  /** The outcome recorded for a line with these bytes that holds at `end` of `buf` (the line's end), or null. */
  find(key: string, buf: Buffer, end: number): MemoOutcome | null {
    const outcomes = this.lines.get(key);
    if (outcomes === undefined) return null;
    const last = end === buf.length;
    for (let i = 0; i < outcomes.length; i++) {
      const o = outcomes[i]!;
      if (o.last !== last) continue;
      if (o.next === null) return o;
      const to = end + o.next.length;
      if (to > buf.length || (o.atEnd && to !== buf.length)) continue;
      if (sameBytes(o.next, buf, end)) return o;
    }
    return null;
  }

  /** Keeps an outcome (unless the bounds are reached). */
  keep(key: string, outcome: MemoOutcome): void {
    const size = (outcome.next?.length ?? 0) + 4 * outcome.listed.length + 64;
    if (this.bytes + key.length + size > MAX_BYTES) return;
    const outcomes = this.lines.get(key);
    if (outcomes === undefined) {
      this.lines.set(key, [outcome]);
      this.bytes += key.length + size;
    } else if (outcomes.length < MAX_OUTCOMES) {
      outcomes.push(outcome);
      this.bytes += size;
    }
  }
}

/** Whether buf holds `bytes` at `at` (a few lines: a loop costs less than a call into the runtime). */
function sameBytes(bytes: Buffer, buf: Buffer, at: number): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== buf[at + i]) return false;
  return true;
}
