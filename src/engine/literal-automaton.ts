// A case-insensitive multi-literal search over UTF-8 bytes (Aho–Corasick compiled to a DFA), the scanner's
// prefilter. Working on bytes means the bulk of a log (lines with no literal) is never decoded into strings,
// and the DFA's cost does not grow with the number of literals (V8's regex alternation does).
//
// Case: ASCII letters are folded in the table; a literal with non-ASCII cased letters (é, Ü…) is also
// entered in its upper-case spellings, so "FÜR" is found for the literal "für" (a long one: as written, all upper
// case, and with its first cased letter upper, "Работает" for "работает").
// White space: tab, CR, VT, FF and space are one byte class, and a run of them reads as one space, so the
// literal "could not" is found in "could \t not" (the normal form of literals/normal-form.ts).
import { endianness } from 'node:os';
import type { LiteralSet } from './literal-set.js';

const NEWLINE = 0x0a;
const SPACE = 0x20;
/** ASCII white space other than the newline (what `\s` matches within one line, in one byte). */
const WHITE = [0x09, 0x0b, 0x0c, 0x0d, SPACE];
const LITTLE_ENDIAN = endianness() === 'LE';
/** Most spellings of one literal; one with more non-ASCII cased letters is entered as written, upper-cased and with its first cased letter upper. */
const MAX_CASE_VARIANTS = 16;

/**
 * Everything an automaton is made of but its transition table (filled on use): the trie in compressed rows
 * (children of state s at childStart[s]..childStart[s+1]), failure links, rows. toBytes() saves it, so that a
 * start reads it back instead of building it: one build runs cold, in V8's interpreter, at 40+ ms.
 */
interface Parts {
  cols: number;
  classOf: Uint8Array;
  spaceClass: number;
  acceptBelow: number;
  outputs: number[][];
  fail: Int32Array;
  endsInSpace: Uint8Array;
  rowOf: Int32Array;
  stateOfRow: Int32Array;
  childStart: Int32Array;
  childState: Int32Array;
  childClass: Uint8Array;
  /** the root's child by class (0: none), the most asked-for row of the trie */
  rootChild: Int32Array;
}

const INT_PARTS = ['fail', 'rowOf', 'stateOfRow', 'childStart', 'childState', 'rootChild'] as const;
const BYTE_PARTS = ['classOf', 'endsInSpace', 'childClass'] as const;

export class LiteralAutomaton {
  private readonly p: Parts;
  /** byte classes: bytes no literal tells apart share a column (see build()) */
  readonly classOf: Uint8Array;
  /** columns per state (the number of byte classes) */
  readonly cols: number;
  /**
   * transitions, computed on first use: table[row + classOf[byte]] = next row (rows are premultiplied by cols);
   * 0 = not computed yet. A log only ever visits a small part of the ~10,000 x 140 table, and building all of
   * it (or reading it back from a file) cost more than a whole short diagnosis: 60-180 ms of every start.
   */
  private readonly table: Int32Array;
  /** rows below this are looked at closer: 0 (not computed yet) and the accepting states (rows 1..) */
  readonly acceptBelow: number;
  /** the start state's row */
  readonly start: number;
  /** literal ids ending in each accepting state, by row / cols */
  private readonly outputs: number[][];
  /** the state after the last call to find() or collect() */
  state: number;

  constructor(readonly literals: string[], parts?: Parts) {
    this.p = parts ?? build(literals);
    this.classOf = this.p.classOf;
    this.cols = this.p.cols;
    this.acceptBelow = this.p.acceptBelow;
    this.outputs = this.p.outputs;
    this.start = this.p.rowOf[0]!;
    this.state = this.start;
    this.table = new Int32Array(this.p.stateOfRow.length * this.cols);
  }

  /** The automaton in bytes (this machine's byte order): a u32 header length, a JSON header, the arrays. */
  toBytes(): Buffer {
    const { cols, spaceClass, acceptBelow, outputs } = this.p;
    const sizes = Object.fromEntries([...INT_PARTS, ...BYTE_PARTS].map((k) => [k, this.p[k].length]));
    let header = Buffer.from(JSON.stringify({ literals: this.literals, cols, spaceClass, acceptBelow, outputs, sizes }));
    header = Buffer.concat([header, Buffer.alloc((4 - ((4 + header.length) % 4)) % 4, 0x20)]);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length);
    const arrays = [...INT_PARTS, ...BYTE_PARTS].map((k) => Buffer.from(this.p[k].buffer, this.p[k].byteOffset, this.p[k].byteLength));
    return Buffer.concat([length, header, ...arrays]);
  }

  /** An automaton saved by toBytes(); null when the bytes do not hold one. */
  static fromBytes(bytes: Uint8Array): LiteralAutomaton | null {
    if (bytes.length < 4) return null;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    const headerLength = view.getUint32(0, true);
    if (4 + headerLength > bytes.length) return null;
    // (Buffer's decoder: making a TextDecoder costs a start ~8 M instructions)
    const h = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + 4, headerLength).toString('utf8')) as { literals: string[]; cols: number; spaceClass: number; acceptBelow: number; outputs: number[][]; sizes: Record<string, number> };
    // one aligned copy of the arrays (a Buffer from readFileSync may sit at any offset of a shared pool)
    const data = new Uint8Array(bytes.subarray(4 + headerLength));
    const expected = INT_PARTS.reduce((sum, k) => sum + 4 * (h.sizes[k] ?? 0), 0) + BYTE_PARTS.reduce((sum, k) => sum + (h.sizes[k] ?? 0), 0);
    if (expected !== data.length) return null;
    let at = 0;
    const parts: Record<string, Int32Array | Uint8Array> = {};
    for (const k of INT_PARTS) { parts[k] = new Int32Array(data.buffer, at, h.sizes[k]); at += 4 * h.sizes[k]!; }
    for (const k of BYTE_PARTS) { parts[k] = new Uint8Array(data.buffer, at, h.sizes[k]); at += h.sizes[k]!; }
    const n = h.sizes.fail!;
    const consistent = at === data.length && h.sizes.classOf === 256 && h.sizes.rootChild === h.cols && h.sizes.rowOf === n
      && h.sizes.stateOfRow === n + 1 && h.sizes.childStart === n + 1 && h.sizes.childState === n - 1 && h.outputs.length * h.cols === h.acceptBelow;
    if (!consistent) return null;
    return new LiteralAutomaton(h.literals, { ...(parts as unknown as Parts), cols: h.cols, spaceClass: h.spaceClass, acceptBelow: h.acceptBelow, outputs: h.outputs });
  }

  /** The trie state after class c from state s, following failure links (Aho–Corasick's goto/fail). */
  private follow(s: number, c: number): number {
    return followIn(this.p, s, c);
  }

  /** Number of entries of the transition table (rows x cols). */
  get tableLength(): number {
    return this.p.stateOfRow.length * this.cols;
  }

  /**
   * The trie and rows the transition table is computed from: the WebAssembly prefilter fills its own copy of
   * the whole table from these at once (prefilter.ts), where this one is filled entry by entry on use.
   */
  get trie(): Readonly<Pick<Parts, 'fail' | 'rowOf' | 'childStart' | 'childState' | 'childClass' | 'rootChild' | 'endsInSpace' | 'spaceClass'>> {
    return this.p;
  }

  /** The row after class c from `row`, computed and stored on first use. */
  step(row: number, c: number): number {
    let next = this.table[row + c]!;
    if (next !== 0) return next;
    const s = this.p.stateOfRow[row / this.cols]!;
    // more white space after a space changes nothing: the state stays (normal form collapses the run)
    const t = c === this.p.spaceClass && this.p.endsInSpace[s] === 1 ? s : c === 0 ? 0 : this.follow(s, c);
    next = this.p.rowOf[t]!;
    this.table[row + c] = next;
    return next;
  }

  /** Number of DFA states (for diagnostics and benchmarks). */
  get states(): number {
    return this.p.stateOfRow.length - 1;
  }

  /** Number of byte classes (columns of the table). */
  get classes(): number {
    return this.cols;
  }

  /** The rows of the accepting states (for a caller's per-state flags, see find()); row / cols is 1.. */
  get acceptingStates(): number {
    return this.outputs.length - 1;
  }

  /** The literal ids ending in accepting state k (1-based, as for find()'s `quiet`). */
  outputsOf(k: number): readonly number[] {
    return this.outputs[k]!;
  }

  /**
   * Index of the first byte in [from, to) at which a literal ends, or -1. Starts from the start state;
   * afterwards `state` is the state at that byte. `quiet[k]` = 1 skips the accepting state k: a caller's
   * literals that no longer matter (quiet[0] is unused).
   */
  find(bytes: Uint8Array, from: number, to: number, quiet?: Uint8Array): number {
    const table = this.table;
    const cls = this.classOf;
    const below = this.acceptBelow;
    const cols = this.cols;
    let s = this.start;
    let i = from;
    let n: number;
    // byte by byte up to a 4-byte boundary of the underlying memory, then a word at a time
    const offset = bytes.byteOffset;
    while (i < to && (!LITTLE_ENDIAN || ((offset + i) & 3) !== 0)) {
      n = table[s + cls[bytes[i]!]!]!;
      if (n < below && (n = this.step(s, cls[bytes[i]!]!)) < below && (quiet === undefined || quiet[n / cols] === 0)) { this.state = n; return i; }
      s = n;
      i++;
    }
    const wordCount = (to - i) >> 2;
    if (wordCount > 0) {
      const words = this.wordsOf(bytes.buffer);
      const first = (offset + i) >> 2;
      for (let w = 0; w < wordCount; w++) {
        const x = words[first + w]!;
        n = table[s + cls[x & 0xff]!]!;
        if (n < below && (n = this.step(s, cls[x & 0xff]!)) < below && (quiet === undefined || quiet[n / cols] === 0)) { this.state = n; return i + 4 * w; }
        s = n;
        n = table[s + cls[(x >>> 8) & 0xff]!]!;
        if (n < below && (n = this.step(s, cls[(x >>> 8) & 0xff]!)) < below && (quiet === undefined || quiet[n / cols] === 0)) { this.state = n; return i + 4 * w + 1; }
        s = n;
        n = table[s + cls[(x >>> 16) & 0xff]!]!;
        if (n < below && (n = this.step(s, cls[(x >>> 16) & 0xff]!)) < below && (quiet === undefined || quiet[n / cols] === 0)) { this.state = n; return i + 4 * w + 2; }
        s = n;
        n = table[s + cls[x >>> 24]!]!;
        if (n < below && (n = this.step(s, cls[x >>> 24]!)) < below && (quiet === undefined || quiet[n / cols] === 0)) { this.state = n; return i + 4 * w + 3; }
        s = n;
      }
      i += 4 * wordCount;
    }
    for (; i < to; i++) {
      n = table[s + cls[bytes[i]!]!]!;
      if (n < below && (n = this.step(s, cls[bytes[i]!]!)) < below && (quiet === undefined || quiet[n / cols] === 0)) { this.state = n; return i; }
      s = n;
    }
    this.state = s;
    return -1;
  }

  /** A word view of the memory under the bytes last searched (a scan calls find() once a line: one view, not one a call). */
  private wordsOf(buffer: ArrayBufferLike): Uint32Array {
    if (this.words === null || this.words.buffer !== buffer) this.words = new Uint32Array(buffer, 0, buffer.byteLength >> 2);
    return this.words;
  }

  private words: Uint32Array | null = null;

  /**
   * Adds to `ids` every literal that ends in [from, to), continuing from `state` (e.g. the rest of a line after
   * find()); `skip[k]` = 1 leaves out the literals of accepting state k (ones the caller no longer needs).
   */
  collect(bytes: Uint8Array, from: number, to: number, ids: LiteralSet, skip?: Uint8Array): void {
    const table = this.table;
    const cls = this.classOf;
    const below = this.acceptBelow;
    const cols = this.cols;
    let s = this.state;
    if (s < below) this.addOutputs(s / cols, ids);
    for (let i = from; i < to; i++) {
      let n = table[s + cls[bytes[i]!]!]!;
      if (n < below && (n = this.step(s, cls[bytes[i]!]!)) < below && (skip === undefined || skip[n / cols] === 0)) this.addOutputs(n / cols, ids);
      s = n;
    }
    this.state = s;
  }

  /** Adds to `ids` the literals ending in accepting state k (collect(); WasmScan.collectPlain() for its wasm loop). */
  addOutputs(k: number, ids: LiteralSet): void {
    const out = this.outputs[k]!;
    for (let j = 0; j < out.length; j++) ids.add(out[j]!);
  }
}

function followIn(p: Parts, s: number, c: number): number {
  for (;;) {
    if (s === 0) return p.rootChild[c]!;
    for (let k = p.childStart[s]!; k < p.childStart[s + 1]!; k++) if (p.childClass[k] === c) return p.childState[k]!;
    s = p.fail[s]!;
  }
}

/** Builds the parts of the automaton for these literals. */
function build(literals: string[]): Parts {
  const encoder = new TextEncoder();
  const keys: Array<{ bytes: Uint8Array; id: number }> = [];
  literals.forEach((lit, id) => {
    for (const variant of caseVariants(lit.replace(/[\t\v\f\r ]+/g, ' '))) keys.push({ bytes: encoder.encode(variant), id });
  });

  // Byte classes: one per folded byte that occurs in a literal; everything else (the newline too) is class 0;
  // upper- and lower-case ASCII letters one class, the white-space bytes one class. A state's row is then a
  // few dozen entries instead of 256.
  const classOf = new Uint8Array(256);
  let cols = 1;
  for (const { bytes } of keys) for (const raw of bytes) { const b = foldAscii(raw); if (classOf[b] === 0) classOf[b] = cols++; }
  for (let b = 0x41; b <= 0x5a; b++) classOf[b] = classOf[b + 0x20]!;
  for (const w of WHITE) classOf[w] = classOf[SPACE]!;
  classOf[NEWLINE] = 0;
  if (cols > 255) throw new Error('too many distinct bytes in the literals');
  const spaceClass = classOf[SPACE]!;

  // trie over classes: one map from (state, class) to the child state (cheaper than a map per state)
  const edges = new Map<number, number>();
  const parent: number[] = [0];
  const viaClass: number[] = [0];
  const depth: number[] = [0];
  const own = new Map<number, number[]>();
  for (const { bytes, id } of keys) {
    let s = 0;
    for (const raw of bytes) {
      const c = classOf[foldAscii(raw)]!;
      let next = edges.get(s * cols + c);
      if (next === undefined) {
        next = parent.length;
        parent.push(s);
        viaClass.push(c);
        depth.push(depth[s]! + 1);
        edges.set(s * cols + c, next);
      }
      s = next;
    }
    const ids = own.get(s) ?? [];
    if (!ids.includes(id)) ids.push(id);
    own.set(s, ids);
  }
  const n = parent.length;

  // the trie in compressed rows: children grouped by parent
  const childStart = new Int32Array(n + 1);
  for (let t = 1; t < n; t++) childStart[parent[t]! + 1]!++;
  for (let s = 0; s < n; s++) childStart[s + 1]! += childStart[s]!;
  const fill = childStart.slice(0, n);
  const childState = new Int32Array(n - 1);
  const childClass = new Uint8Array(n - 1);
  const rootChild = new Int32Array(cols);
  for (let t = 1; t < n; t++) {
    const k = fill[parent[t]!]!++;
    childState[k] = t;
    childClass[k] = viaClass[t]!;
    if (parent[t] === 0) rootChild[viaClass[t]!] = t;
  }
  const p: Parts = {
    cols, classOf, spaceClass, acceptBelow: 0, outputs: [[]], fail: new Int32Array(n),
    endsInSpace: Uint8Array.from(viaClass, (c) => (c === spaceClass && spaceClass !== 0 ? 1 : 0)),
    rowOf: new Int32Array(n), stateOfRow: new Int32Array(n + 1), childStart, childState, childClass, rootChild,
  };

  // failure links and the literals ending in each state (its own and its failure state's), shallow states
  // first: a failure state is always shallower
  const out: Array<number[] | undefined> = new Array(n);
  const byDepth: number[][] = [];
  for (let t = 1; t < n; t++) (byDepth[depth[t]!] ??= []).push(t);
  for (const t of byDepth.flat()) {
    const up = parent[t]!;
    p.fail[t] = up === 0 ? 0 : followIn(p, p.fail[up]!, viaClass[t]!);
    const inherited = out[p.fail[t]!];
    const mine = own.get(t);
    out[t] = mine && inherited ? [...mine, ...inherited.filter((id) => !mine.includes(id))] : mine ?? inherited;
  }

  // rows: 0 means "not computed", then the accepting states, then the others: one comparison per byte
  // tells "look closer" (a literal ended here, or the transition is still to be computed)
  const accepting: number[] = [];
  const plain: number[] = [];
  for (let s = 0; s < n; s++) (out[s] !== undefined ? accepting : plain).push(s);
  [...accepting, ...plain].forEach((s, i) => {
    p.rowOf[s] = (i + 1) * cols;
    p.stateOfRow[i + 1] = s;
    if (i < accepting.length) p.outputs.push(out[s]!);
  });
  p.acceptBelow = (accepting.length + 1) * cols;
  return p;
}

function foldAscii(b: number): number {
  if (b >= 0x41 && b <= 0x5a) return b + 0x20;
  return b === 0x09 || b === 0x0b || b === 0x0c || b === 0x0d ? SPACE : b;
}

/** The spellings of a lower-case literal that differ in non-ASCII letter case ("für" → "für", "fÜr"). */
export function caseVariants(lit: string): string[] {
  const chars = [...lit];
  const cased = chars.map((c, i) => (c.charCodeAt(0) > 0x7f && c.toUpperCase() !== c ? i : -1)).filter((i) => i >= 0);
  if (cased.length === 0) return [lit];
  if (1 << cased.length > MAX_CASE_VARIANTS) {
    // as written, all upper case, and as a message starts ("работает" → "Работает": wsl -l -v, a Windows dialog)
    const first = chars.map((c, i) => (i === cased[0] ? c.toUpperCase() : c)).join('');
    return [lit, chars.map((c) => (c.charCodeAt(0) > 0x7f ? c.toUpperCase() : c)).join(''), first];
  }
  const variants: string[] = [];
  for (let mask = 0; mask < 1 << cased.length; mask++) {
    const v = [...chars];
    cased.forEach((at, k) => { if (mask & (1 << k)) v[at] = v[at]!.toUpperCase(); });
    variants.push(v.join(''));
  }
  return variants;
}
