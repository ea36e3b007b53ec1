// A case-insensitive multi-literal search over UTF-8 bytes (Aho–Corasick compiled to a DFA), the scanner's
// prefilter. Working on bytes means the bulk of a log (lines with no literal) is never decoded into strings,
// and the DFA's cost does not grow with the number of literals (V8's regex alternation does).
//
// Case: ASCII letters are folded in the table; a literal with non-ASCII cased letters (é, Ü…) is also
// entered in its upper-case spellings, so "FÜR" is found for the literal "für".
// White space: tab, CR, VT, FF and space are one byte class, and a run of them reads as one space, so the
// literal "could not" is found in "could \t not" (the normal form of literals/normal-form.ts).
import { endianness } from 'node:os';

/** Columns per state: one per byte value; state numbers are stored premultiplied by this. */
const COLS = 256;
const NEWLINE = 0x0a;
const SPACE = 0x20;
/** ASCII white space other than the newline (what `\s` matches within one line, in one byte). */
const WHITE = [0x09, 0x0b, 0x0c, 0x0d, SPACE];
const LITTLE_ENDIAN = endianness() === 'LE';
/** A literal with more non-ASCII cased letters than this is entered only as written and fully upper-cased. */
const MAX_CASE_VARIANTS = 16;

export class LiteralAutomaton {
  /** transitions: table[state * 256 + byte] = next state * 256 */
  private readonly table: Int32Array;
  /** states from this (premultiplied) number on end at least one literal */
  private readonly acceptFrom: number;
  /** literal ids ending in each accepting state, indexed by (state - acceptFrom) / 256 */
  private readonly outputs: number[][];
  /** the state after the last call to find() or collect() */
  state = 0;

  constructor(readonly literals: string[]) {
    const encoder = new TextEncoder();
    const keys: Array<{ bytes: Uint8Array; id: number }> = [];
    literals.forEach((lit, id) => {
      for (const variant of caseVariants(lit.replace(/[\t\v\f\r ]+/g, ' '))) keys.push({ bytes: encoder.encode(variant), id });
    });

    // trie, with ASCII upper-case folded onto lower-case
    const children: Array<Map<number, number>> = [new Map()];
    const out: number[][] = [[]];
    const endsInSpace: boolean[] = [false];
    for (const { bytes, id } of keys) {
      let s = 0;
      for (const raw of bytes) {
        const b = foldAscii(raw);
        let next = children[s]!.get(b);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          out.push([]);
          endsInSpace.push(b === SPACE);
          children[s]!.set(b, next);
        }
        s = next;
      }
      if (!out[s]!.includes(id)) out[s]!.push(id);
    }

    // breadth-first: failure links, complete transitions, outputs inherited along failure links.
    // A state's row starts as a copy of its failure state's row (finished earlier: it is shallower).
    const n = children.length;
    const delta = new Int32Array(n * COLS);
    const fail = new Int32Array(n);
    const order = [0];
    for (let q = 0; q < order.length; q++) {
      const s = order[q]!;
      if (s !== 0) delta.copyWithin(s * COLS, fail[s]! * COLS, fail[s]! * COLS + COLS);
      for (const [b, next] of children[s]!) {
        fail[next] = s === 0 ? 0 : delta[fail[s]! * COLS + b]!;
        for (const id of out[fail[next]!]!) if (!out[next]!.includes(id)) out[next]!.push(id);
        order.push(next);
        delta[s * COLS + b] = next;
        if (b >= 0x61 && b <= 0x7a) delta[s * COLS + b - 0x20] = next; // upper-case ASCII
        if (b === SPACE) for (const w of WHITE) delta[s * COLS + w] = next;
      }
      // a literal never spans lines: a newline always returns to the start
      delta[s * COLS + NEWLINE] = 0;
    }

    // more white space after a space changes nothing: the state stays (normal form collapses the run)
    for (let s = 0; s < n; s++) if (endsInSpace[s]) for (const w of WHITE) delta[s * COLS + w] = s;

    // renumber so that accepting states come last: one comparison per byte tells "a literal ended here"
    const accepting: number[] = [];
    const plain: number[] = [];
    for (let s = 0; s < n; s++) (out[s]!.length > 0 ? accepting : plain).push(s);
    const renumber = new Int32Array(n);
    [...plain, ...accepting].forEach((s, i) => { renumber[s] = i; });
    this.table = new Int32Array(n * COLS);
    for (let s = 0; s < n; s++) {
      const row = renumber[s]! * COLS;
      for (let b = 0; b < COLS; b++) this.table[row + b] = renumber[delta[s * COLS + b]!]! * COLS;
    }
    this.acceptFrom = plain.length * COLS;
    this.outputs = accepting.map((s) => out[s]!);
  }

  /** Number of DFA states (for diagnostics and benchmarks). */
  get states(): number {
    return this.table.length / COLS;
  }

  /**
   * Index of the first byte in [from, to) at which a literal ends, or -1. Starts from the start state;
   * afterwards `state` is the state at that byte.
   */
  find(bytes: Uint8Array, from: number, to: number): number {
    const table = this.table;
    const acceptFrom = this.acceptFrom;
    let s = 0;
    let i = from;
    // byte by byte up to a 4-byte boundary of the underlying memory, then a word at a time
    const offset = bytes.byteOffset;
    while (i < to && (!LITTLE_ENDIAN || ((offset + i) & 3) !== 0)) {
      s = table[s | bytes[i]!]!;
      if (s >= acceptFrom) { this.state = s; return i; }
      i++;
    }
    const wordCount = (to - i) >> 2;
    if (wordCount > 0) {
      const words = new Uint32Array(bytes.buffer, offset + i, wordCount);
      for (let w = 0; w < wordCount; w++) {
        const x = words[w]!;
        s = table[s | (x & 0xff)]!;
        if (s >= acceptFrom) { this.state = s; return i + 4 * w; }
        s = table[s | ((x >>> 8) & 0xff)]!;
        if (s >= acceptFrom) { this.state = s; return i + 4 * w + 1; }
        s = table[s | ((x >>> 16) & 0xff)]!;
        if (s >= acceptFrom) { this.state = s; return i + 4 * w + 2; }
        s = table[s | (x >>> 24)]!;
        if (s >= acceptFrom) { this.state = s; return i + 4 * w + 3; }
      }
      i += 4 * wordCount;
    }
    for (; i < to; i++) {
      s = table[s | bytes[i]!]!;
      if (s >= acceptFrom) { this.state = s; return i; }
    }
    this.state = s;
    return -1;
  }

  /** Adds to `ids` every literal that ends in [from, to), continuing from `state` (e.g. the rest of a line after find()). */
  collect(bytes: Uint8Array, from: number, to: number, ids: Set<number>): void {
    const table = this.table;
    const acceptFrom = this.acceptFrom;
    let s = this.state;
    if (s >= acceptFrom) for (const id of this.outputs[(s - acceptFrom) / COLS]!) ids.add(id);
    for (let i = from; i < to; i++) {
      s = table[s | bytes[i]!]!;
      if (s >= acceptFrom) for (const id of this.outputs[(s - acceptFrom) / COLS]!) ids.add(id);
    }
    this.state = s;
  }
}

function foldAscii(b: number): number {
  if (b >= 0x41 && b <= 0x5a) return b + 0x20;
  return b === 0x09 || b === 0x0b || b === 0x0c || b === 0x0d ? SPACE : b;
}

/** The spellings of a lower-case literal that differ in non-ASCII letter case ("für" → "für", "fÜr"). */
function caseVariants(lit: string): string[] {
  const chars = [...lit];
  const cased = chars.map((c, i) => (c.charCodeAt(0) > 0x7f && c.toUpperCase() !== c ? i : -1)).filter((i) => i >= 0);
  if (cased.length === 0) return [lit];
  if (1 << cased.length > MAX_CASE_VARIANTS) return [lit, chars.map((c) => (c.charCodeAt(0) > 0x7f ? c.toUpperCase() : c)).join('')];
  const variants: string[] = [];
  for (let mask = 0; mask < 1 << cased.length; mask++) {
    const v = [...chars];
    cased.forEach((at, k) => { if (mask & (1 << k)) v[at] = v[at]!.toUpperCase(); });
    variants.push(v.join(''));
  }
  return variants;
}
