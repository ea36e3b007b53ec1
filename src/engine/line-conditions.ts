// What a line must hold before a conditional pattern's regex is worth running, as bits the WebAssembly
// prefilter (wasm/prefilter.ts) collects along the line: a pattern with AND-literals (alsoLiterals) needs
// one of its literals and one AND-literal on the line; one with line-start literals needs one of them at the
// line's head; one that only matches non-ASCII text (a user name with accents…) needs such a byte near.
// The regex stage checks the same things after a stop (line-scanner.ts alsoHolds, startHolds); checked in
// the byte loop, a dense log's lines that hold only such patterns' common literals never stop.
// AND-literals the loader derived (PatternSpec.alsoNear: "no" … "gpu") may stand on a line the regex stage
// reads with this one; their bits are granted by the prefilter's fallback for such lines (wasm nearFallback).
import { caseVariants, type LiteralAutomaton } from './literal-automaton.js';

/** What the conditions are made from: a scanner's pattern index (line-scanner.ts PatternIndex). */
export interface ConditionSource {
  automaton: LiteralAutomaton;
  patterns: readonly ConditionalPattern[];
  /** patterns guarded by each literal, by literal id; literal ids from firstMarker on are markers */
  byLiteral: readonly (readonly ConditionalPattern[])[];
  firstMarker: number;
  patternIds: ReadonlyMap<ConditionalPattern, number>;
  /** by pattern id, the literal ids of its AND-literals */
  alsoOf: ReadonlyArray<number[] | null>;
  literalIdOf(literal: string): number | undefined;
}

interface ConditionalPattern {
  also: string[] | null;
  alsoNear: boolean;
  starts: string[] | null;
  nonAscii: boolean;
  joins: boolean;
  /** the last characters of a line a joined match can hold (line-scanner.ts CompiledPattern.joinBefore) */
  joinBefore: Uint8Array | null;
}

/** Per-scanner filter: the kind of each accepting state and the live requirements (prefilter.ts copies it). */
export interface FilterState {
  kinds: Uint8Array;
  /** bits set by each accepting state anywhere on a line / in its first bytes (shared by all scanners) */
  any: BigUint64Array;
  head: BigUint64Array;
  /** by a line's last byte: 1 when a joined try of an alsoNear pattern may begin there (shared by all scanners) */
  joinEdge: Uint8Array;
  /** by row of the automaton: 1 when its state may be part way into an alsoNear pattern's AND-literal (shared) */
  nearRows: Uint8Array;
  /** [count, line-start bits, non-ASCII bit, near bits, requirement…] */
  reqs: BigUint64Array;
  /** the bits the live requirements use */
  live: bigint;
  /** bumped on every change */
  version: number;
}

// accepting-state kinds (wasm/prefilter.ts)
const STOP = 0;
const QUIET = 1;
const TRACK = 2;
const BITS = 3;
/**
 * Three bits per conditional pattern (literal, AND-literal, line start); bit 63 is the non-ASCII one. The
 * literal bits are bits 3k: wasm/prefilter.ts LITERAL_BITS relies on it.
 */
const MAX_CONDITIONAL = 21;
const NON_ASCII = 1n << 63n;
const REQ_WORDS = 64;
/** Words of the requirement list before the requirements (wasm/prefilter.ts reads them at these places). */
const REQ_HEADER = 4;
/** join-edges.ts: flags by character code, this index for every non-ASCII character */
const NON_ASCII_CHARS = 0x80;

export class LineConditions {
  readonly any: BigUint64Array;
  readonly head: BigUint64Array;
  /** by pattern id: the bits a line needs for it, 0n for a pattern that stops the scan on any literal */
  private readonly reqOf: bigint[];
  /** by accepting state: the unconditional patterns its literals guard (-1: a marker, always stops) */
  private readonly stoppers: number[][];
  /** by pattern id: the accepting states whose kind depends on it */
  private readonly statesOf: number[][];
  private readonly startBits: bigint;
  /** the AND-literal bits of alsoNear patterns (granted by the prefilter's fallback) */
  private readonly nearBits: bigint;
  readonly joinEdge = new Uint8Array(256);
  readonly nearRows: Uint8Array;
  /** the bits of conditional patterns' own literals (one per pattern) */
  private readonly literalBits: bigint;
  /** by pattern id: its literal bit (AND-literal and line-start bits follow it) */
  private readonly bitOf: bigint[];

  constructor(index: ConditionSource) {
    const automaton = index.automaton;
    const states = automaton.acceptingStates + 1;
    const patterns = index.patterns;
    this.any = new BigUint64Array(states);
    this.head = new BigUint64Array(states);
    this.reqOf = patterns.map(() => 0n);
    this.bitOf = patterns.map(() => 0n);
    this.stoppers = Array.from({ length: states }, () => []);
    this.statesOf = patterns.map(() => []);
    const startIdsOf = patterns.map((p) => startIds(index, p));
    let startBits = 0n;
    let nearBits = 0n;
    let literalBits = 0n;
    let conditional = 0;
    // the written conditions first, then derived AND-literals (alsoNear) in the slots left
    const order = [...patterns.keys()].sort((a, b) => Number(patterns[a]!.alsoNear) - Number(patterns[b]!.alsoNear) || a - b);
    for (const id of order) {
      const p = patterns[id]!;
      const starts = startIdsOf[id];
      // (the non-ASCII bit looks at the lines glued to this one, not at one joined after a space)
      const nonAscii = p.nonAscii && !p.joins;
      if ((p.also === null && starts === null && !nonAscii) || conditional === MAX_CONDITIONAL) continue;
      const bit = BigInt(3 * conditional++);
      this.bitOf[id] = 1n << bit;
      this.reqOf[id] = (1n << bit) | (p.also ? 1n << (bit + 1n) : 0n) | (starts ? 1n << (bit + 2n) : 0n) | (nonAscii ? NON_ASCII : 0n);
      if (starts) startBits |= 1n << (bit + 2n);
      if (p.also && p.alsoNear) {
        nearBits |= 1n << (bit + 1n);
        if (p.joins) {
          const before = p.joinBefore;
          for (let b = 0; b < 256; b++) if (before === null || before[Math.min(b, NON_ASCII_CHARS)] === 1) this.joinEdge[b] = 1;
        }
      }
      literalBits |= 1n << bit;
    }
    this.startBits = startBits;
    this.nearBits = nearBits;
    const nearLiterals = new Set<number>();
    patterns.forEach((p, id) => { if (p.alsoNear && (this.reqOf[id]! & nearBits) !== 0n) for (const lit of index.alsoOf[id] ?? []) nearLiterals.add(lit); });
    this.nearRows = nearPrefixRows(automaton, [...nearLiterals].map((id) => automaton.literals[id]!));
    this.literalBits = literalBits;
    const bitOf = (id: number, part: bigint) => this.bitOf[id]! << part;
    // by literal id, the conditional patterns that have it as an AND-literal / a line-start literal
    const alsoFor = new Map<number, number[]>();
    const startFor = new Map<number, number[]>();
    patterns.forEach((_, id) => {
      if (this.reqOf[id] === 0n) return;
      for (const lit of index.alsoOf[id] ?? []) alsoFor.set(lit, [...(alsoFor.get(lit) ?? []), id]);
      for (const lit of startIdsOf[id] ?? []) startFor.set(lit, [...(startFor.get(lit) ?? []), id]);
    });
    for (let k = 1; k < states; k++) {
      for (const lit of automaton.outputsOf(k)) {
        if (lit >= index.firstMarker) { this.stoppers[k]!.push(-1); continue; }
        for (const p of index.byLiteral[lit]!) {
          const id = index.patternIds.get(p)!;
          if (this.reqOf[id] === 0n) this.stoppers[k]!.push(id);
          else { this.any[k]! |= bitOf(id, 0n); this.statesOf[id]!.push(k); }
        }
        for (const id of alsoFor.get(lit) ?? []) { this.any[k]! |= bitOf(id, 1n); this.statesOf[id]!.push(k); }
        for (const id of startFor.get(lit) ?? []) { this.head[k]! |= bitOf(id, 2n); this.statesOf[id]!.push(k); }
      }
    }
  }

  /** A scanner's filter, for its quiet mask and settled patterns. */
  newState(quiet: Uint8Array | undefined, done: Uint8Array): FilterState {
    const reqs = new BigUint64Array(REQ_WORDS);
    const state: FilterState = { kinds: new Uint8Array(this.any.length), any: this.any, head: this.head, joinEdge: this.joinEdge, nearRows: this.nearRows, reqs, live: 0n, version: 0 };
    state.live = this.fillReqs(state, done);
    for (let k = 1; k < state.kinds.length; k++) state.kinds[k] = this.kindOf(k, quiet, done, state.live);
    return state;
  }

  /** After pattern `id` settled (and the quiet mask changed for its literals). */
  settled(state: FilterState, id: number, quiet: Uint8Array | undefined, done: Uint8Array, literalStates: Iterable<number>): void {
    const conditional = this.reqOf[id] !== 0n;
    if (conditional) state.live = this.fillReqs(state, done);
    for (const k of literalStates) state.kinds[k] = this.kindOf(k, quiet, done, state.live);
    if (conditional) for (const k of this.statesOf[id]!) state.kinds[k] = this.kindOf(k, quiet, done, state.live);
    state.version++;
  }

  /** Writes the live requirements; returns the bits they use. */
  private fillReqs(state: FilterState, done: Uint8Array): bigint {
    const live = this.reqOf.filter((r, id) => r !== 0n && done[id] === 0);
    state.reqs.fill(0n);
    state.reqs[0] = BigInt(live.length);
    state.reqs[1] = this.startBits;
    state.reqs[2] = live.some((r) => (r & NON_ASCII) !== 0n) ? NON_ASCII : 0n;
    state.reqs[3] = this.nearBits;
    state.reqs.set(live, REQ_HEADER);
    return live.reduce((all, r) => all | r, 0n);
  }

  /**
   * STOP, else TRACK where a live conditional pattern's literal ends (the line is then read for bits), else
   * BITS where only AND-literals or line-start literals end (they count on a line being read), else QUIET.
   */
  private kindOf(k: number, quiet: Uint8Array | undefined, done: Uint8Array, live: bigint): number {
    if (quiet?.[k] !== 1 && this.stoppers[k]!.some((id) => id < 0 || done[id] === 0)) return STOP;
    if ((this.any[k]! & live & this.literalBits) !== 0n) return TRACK;
    return ((this.any[k]! | this.head[k]!) & live) !== 0n ? BITS : QUIET;
  }
}

/** A pattern's line-start literals as literal ids, or null when it has none or one is not in the automaton. */
function startIds(index: ConditionSource, p: ConditionalPattern): number[] | null {
  if (p.starts === null) return null;
  const ids = p.starts.map((w) => index.literalIdOf(w));
  return ids.every((id) => id !== undefined) ? (ids as number[]) : null;
}

/**
 * By row of the automaton, 1 where the state may be part way into one of `literals`: the text read so far ends
 * with a proper prefix of one (the state's own string or one of its failure states', which are its suffixes).
 * The prefilter lets a line's near bits through when its end is in such a state (the literal may run on into
 * the next line) instead of reading the neighbours for them.
 */
function nearPrefixRows(automaton: LiteralAutomaton, literals: string[]): Uint8Array {
  const { fail, rowOf, childStart, childState, childClass, rootChild } = automaton.trie;
  const cols = automaton.cols;
  const classOf = automaton.classOf;
  const flag = new Uint8Array(fail.length);
  let any = false;
  for (const lit of literals) {
    for (const variant of caseVariants(lit.replace(/[\t\v\f\r ]+/g, ' '))) {
      const bytes = Buffer.from(variant, 'utf8');
      let s = 0;
      for (let i = 0; i < bytes.length - 1; i++) {
        const c = classOf[bytes[i]!]!;
        let next = 0;
        if (s === 0) next = rootChild[c]!;
        else for (let k = childStart[s]!; k < childStart[s + 1]!; k++) if (childClass[k] === c) { next = childState[k]!; break; }
        if (next === 0) break;
        s = next;
        flag[s] = 1;
        any = true;
      }
    }
  }
  const rows = new Uint8Array(automaton.tableLength / cols);
  if (!any) return rows;
  // a state inherits its failure state's flag: breadth first, so the failure state (shallower) is done first
  const queue = new Int32Array(fail.length);
  let queued = 1;
  for (let head = 0; head < queued; head++) {
    const s = queue[head]!;
    if (flag[fail[s]!] === 1) flag[s] = 1;
    if (flag[s] === 1) rows[rowOf[s]! / cols] = 1;
    for (let k = childStart[s]!; k < childStart[s + 1]!; k++) queue[queued++] = childState[k]!;
  }
  return rows;
}
