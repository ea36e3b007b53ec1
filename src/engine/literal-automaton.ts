// A case-insensitive multi-literal search over UTF-8 bytes (Aho–Corasick compiled to a DFA), the scanner's
// prefilter. Working on bytes means the bulk of a log (lines with no literal) is never decoded into strings,
// and the DFA's cost does not grow with the number of literals (V8's regex alternation does).
//
// Case: ASCII letters are folded in the table; a literal with non-ASCII cased letters (é, Ü…) is also
// entered in its upper-case spellings, so "FÜR" is found for the literal "für".
// White space: tab, CR, VT, FF and space are one byte class, and a run of them reads as one space, so the
// literal "could not" is found in "could \t not" (the normal form of literals/normal-form.ts).
import { endianness } from 'node:os';

const NEWLINE = 0x0a;
const SPACE = 0x20;
/** ASCII white space other than the newline (what `\s` matches within one line, in one byte). */
const WHITE = [0x09, 0x0b, 0x0c, 0x0d, SPACE];
const LITTLE_ENDIAN = endianness() === 'LE';
/** A literal with more non-ASCII cased letters than this is entered only as written and fully upper-cased. */
const MAX_CASE_VARIANTS = 16;

export class LiteralAutomaton {
  /**
   * Byte classes: bytes that no literal tells apart share a column (every byte in no literal is class 0, upper-
   * and lower-case ASCII letters one class, the white-space bytes one class), so a state's row is a few dozen
   * entries instead of 256: a smaller table, built faster.
   */
  private readonly classOf: Uint8Array;
  /** columns per state (the number of byte classes) */
  private readonly cols: number;
  /** transitions: table[state * cols + classOf[byte]] = next state * cols */
  private readonly table: Int32Array;
  /** states from this (premultiplied) number on end at least one literal */
  private readonly acceptFrom: number;
  /** literal ids ending in each accepting state, indexed by (state - acceptFrom) / cols */
  private readonly outputs: number[][];
  /** the state after the last call to find() or collect() */
  state = 0;

  constructor(readonly literals: string[]) {
    const encoder = new TextEncoder();
    const keys: Array<{ bytes: Uint8Array; id: number }> = [];
    literals.forEach((lit, id) => {
      for (const variant of caseVariants(lit.replace(/[\t\v\f\r ]+/g, ' '))) keys.push({ bytes: encoder.encode(variant), id });
    });

    // byte classes: one per folded byte that occurs in a literal; everything else (the newline too) is class 0
    const classOf = new Uint8Array(256);
    let cols = 1;
    for (const { bytes } of keys) for (const raw of bytes) { const b = foldAscii(raw); if (classOf[b] === 0) classOf[b] = cols++; }
    for (let b = 0x41; b <= 0x5a; b++) classOf[b] = classOf[b + 0x20]!;
    for (const w of WHITE) classOf[w] = classOf[SPACE]!;
    classOf[NEWLINE] = 0;
    if (cols > 255) throw new Error('too many distinct bytes in the literals');
    this.classOf = classOf;
    this.cols = cols;
    const spaceClass = classOf[SPACE]!;

    // trie over classes
    const children: Array<Map<number, number>> = [new Map()];
    const out: number[][] = [[]];
    const endsInSpace: boolean[] = [false];
    for (const { bytes, id } of keys) {
      let s = 0;
      for (const raw of bytes) {
        const c = classOf[foldAscii(raw)]!;
        let next = children[s]!.get(c);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          out.push([]);
          endsInSpace.push(c === spaceClass && spaceClass !== 0);
          children[s]!.set(c, next);
        }
        s = next;
      }
      if (!out[s]!.includes(id)) out[s]!.push(id);
    }

    // breadth-first: failure links, complete transitions, outputs inherited along failure links.
    // A state's row starts as a copy of its failure state's row (finished earlier: it is shallower).
    // Class 0 (bytes in no literal, the newline) always leads back to the start: rows start zeroed.
    const n = children.length;
    const delta = new Int32Array(n * cols);
    const fail = new Int32Array(n);
    const order = [0];
    for (let q = 0; q < order.length; q++) {
      const s = order[q]!;
      if (s !== 0) delta.copyWithin(s * cols, fail[s]! * cols, fail[s]! * cols + cols);
      for (const [c, next] of children[s]!) {
        fail[next] = s === 0 ? 0 : delta[fail[s]! * cols + c]!;
        for (const id of out[fail[next]!]!) if (!out[next]!.includes(id)) out[next]!.push(id);
        order.push(next);
        delta[s * cols + c] = next;
      }
      delta[s * cols] = 0;
    }

    // more white space after a space changes nothing: the state stays (normal form collapses the run)
    for (let s = 0; s < n; s++) if (endsInSpace[s]) delta[s * cols + spaceClass] = s;

    // renumber so that accepting states come last: one comparison per byte tells "a literal ended here"
    const accepting: number[] = [];
    const plain: number[] = [];
    for (let s = 0; s < n; s++) (out[s]!.length > 0 ? accepting : plain).push(s);
    const renumber = new Int32Array(n);
    [...plain, ...accepting].forEach((s, i) => { renumber[s] = i * cols; });
    this.table = new Int32Array(n * cols);
    for (let s = 0; s < n; s++) {
      const row = renumber[s]!;
      const from = s * cols;
      for (let c = 0; c < cols; c++) this.table[row + c] = renumber[delta[from + c]!]!;
    }
    this.acceptFrom = plain.length * cols;
    this.outputs = accepting.map((s) => out[s]!);
  }

  /** Number of DFA states (for diagnostics and benchmarks). */
  get states(): number {
    return this.table.length / this.cols;
  }

  /** Number of byte classes (columns of the table). */
  get classes(): number {
    return this.cols;
  }

  /**
   * Index of the first byte in [from, to) at which a literal ends, or -1. Starts from the start state;
   * afterwards `state` is the state at that byte.
   */
  find(bytes: Uint8Array, from: number, to: number): number {
    const table = this.table;
    const cls = this.classOf;
    const acceptFrom = this.acceptFrom;
    let s = 0;
    let i = from;
    // byte by byte up to a 4-byte boundary of the underlying memory, then a word at a time
    const offset = bytes.byteOffset;
    while (i < to && (!LITTLE_ENDIAN || ((offset + i) & 3) !== 0)) {
      s = table[s + cls[bytes[i]!]!]!;
      if (s >= acceptFrom) { this.state = s; return i; }
      i++;
    }
    const wordCount = (to - i) >> 2;
    if (wordCount > 0) {
      const words = new Uint32Array(bytes.buffer, offset + i, wordCount);
      for (let w = 0; w < wordCount; w++) {
        const x = words[w]!;
        s = table[s + cls[x & 0xff]!]!;
        if (s >= acceptFrom) { this.state = s; return i + 4 * w; }
        s = table[s + cls[(x >>> 8) & 0xff]!]!;
        if (s >= acceptFrom) { this.state = s; return i + 4 * w + 1; }
        s = table[s + cls[(x >>> 16) & 0xff]!]!;
        if (s >= acceptFrom) { this.state = s; return i + 4 * w + 2; }
        s = table[s + cls[x >>> 24]!]!;
        if (s >= acceptFrom) { this.state = s; return i + 4 * w + 3; }
      }
      i += 4 * wordCount;
    }
    for (; i < to; i++) {
      s = table[s + cls[bytes[i]!]!]!;
      if (s >= acceptFrom) { this.state = s; return i; }
    }
    this.state = s;
    return -1;
  }

  /** Adds to `ids` every literal that ends in [from, to), continuing from `state` (e.g. the rest of a line after find()). */
  collect(bytes: Uint8Array, from: number, to: number, ids: Set<number>): void {
    const table = this.table;
    const cls = this.classOf;
    const acceptFrom = this.acceptFrom;
    const cols = this.cols;
    let s = this.state;
    if (s >= acceptFrom) for (const id of this.outputs[(s - acceptFrom) / cols]!) ids.add(id);
    for (let i = from; i < to; i++) {
      s = table[s + cls[bytes[i]!]!]!;
      if (s >= acceptFrom) for (const id of this.outputs[(s - acceptFrom) / cols]!) ids.add(id);
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
