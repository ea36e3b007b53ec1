// Runs the literal automaton over a chunk in WebAssembly (wasm/prefilter.ts, built into dist/prefilter.wasm):
// the byte loop at several times the speed of JavaScript's, and lines that cannot satisfy any live
// conditional pattern (line-conditions.ts) skipped without a round trip. Where the module is missing (a
// checkout not built yet), scanners use the automaton's JavaScript find(), which gives the same stops
// but for those skipped lines.
import { readFileSync } from 'node:fs';
import { builtOrShipped } from './shipped-build.js';
import type { LiteralAutomaton } from './literal-automaton.js';
import type { LiteralSet } from './literal-set.js';
import type { FilterState } from './line-conditions.js';
import { GLUE_TABLE_BYTES, glueTable } from './glue-rules.js';

interface Exports {
  memory: WebAssembly.Memory;
  heapBase(): number;
  classTable(): number;
  layout(table: number, classes: number, kinds: number, any: number, head: number, reqs: number, joinEdge: number, nearRows: number, glue: number, events: number, input: number, cols: number, acceptBelow: number, root: number): void;
  eventRoom(): number;
  invalidate(): void;
  fill(states: number, fail: number, rowOf: number, childStart: number, childState: number, childClass: number, rootChild: number, endsInSpace: number, spaceClass: number, scratch: number): void;
  transition(row: number, c: number): number;
  start(from: number, to: number): void;
  scan(): number;
  position(): number;
  state(): number;
  lineEnd(): number;
  newlines(from: number, to: number): number;
  wideLine(from: number, to: number, size: number, reach: number): number;
  findPlain(from: number, to: number, row: number): number;
  collectPlain(from: number, to: number, row: number): number;
  plainOut(): number;
}

const NONE = -1;
/** Room for the requirement list: count, line-start bits, non-ASCII bit, near bits, up to 60 requirements. */
const REQ_WORDS = 64;
/** A flag per byte value: a line ending in it may be joined with the next by an alsoNear pattern's try. */
const JOIN_EDGE_BYTES = 256;
const PAGE = 65536;
/** Room for a chunk at first (read-log.ts hands on about 1 MB at a time). */
const INITIAL_INPUT = 2 << 20;

let compiled: WebAssembly.Module | null | undefined;

/** The compiled module, or null when dist/prefilter.wasm is not there. */
function prefilterModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Module(readFileSync(builtOrShipped('prefilter.wasm')));
    } catch {
      compiled = null; // not built: scanners use the JavaScript loop
    }
  }
  return compiled;
}

const scans = new WeakMap<LiteralAutomaton, WasmScan | null>();

/** The WebAssembly scan for an automaton (one per automaton: its transition table moves into it), or null. */
export function wasmScanFor(automaton: LiteralAutomaton): WasmScan | null {
  let scan = scans.get(automaton);
  if (scan === undefined) {
    const module = prefilterModule();
    // (the module finds an accepting state's number by a multiplication, exact while states x cols² < 2^32;
    // its table holds byte addresses as i32)
    const fits = (automaton.acceptingStates + 1) * automaton.cols * automaton.cols < 2 ** 32 && automaton.tableLength < 2 ** 28;
    scan = module === null || !fits ? null : new WasmScan(automaton, module);
    scans.set(automaton, scan);
  }
  return scan;
}

/**
 * The WebAssembly scan of an automaton if one was made already (a long-lived process made it at its warm start,
 * or a large chunk did), else null: a short log in a process that has none scans in JavaScript rather than pay
 * for instantiating the module and filling its table.
 */
export function wasmScanMade(automaton: LiteralAutomaton): WasmScan | null {
  return scans.get(automaton) ?? null;
}

export class WasmScan {
  private readonly x: Exports;
  private readonly tableAt: number;
  private readonly kindsAt: number;
  private readonly anyAt: number;
  private readonly headAt: number;
  private readonly reqsAt: number;
  private readonly joinEdgeAt: number;
  private readonly nearRowsAt: number;
  private readonly inputAt: number;
  private readonly eventsAt: number;
  /**
   * Views of the module's memory for findPlain() / collectPlain(): the row and position a plain loop ended at,
   * the accepting states collectPlain() passed (the event room). Made again when the memory grows (reserve()).
   */
  private plainOut: Int32Array | null = null;
  private plainStates: Int32Array = new Int32Array(0);
  private readonly states: number;
  private input: Uint8Array;
  /** the chunk in memory now, and the filter state copied there (by identity and version) */
  private loaded: Uint8Array | null = null;
  private filterLoaded: FilterState | null = null;
  private filterVersion = -1;
  private bitsLoaded: BigUint64Array | null = null;

  constructor(private readonly automaton: LiteralAutomaton, module: WebAssembly.Module) {
    this.x = new WebAssembly.Instance(module, {}).exports as unknown as Exports;
    this.states = automaton.acceptingStates + 1;
    const align = (n: number) => Math.ceil(n / 8) * 8;
    this.tableAt = align(this.x.heapBase());
    // (the byte classes have a fixed place in the module's static memory: its byte loop adds no base)
    const classesAt = this.x.classTable();
    this.kindsAt = this.tableAt + 4 * automaton.tableLength;
    this.anyAt = align(this.kindsAt + this.states);
    this.headAt = this.anyAt + 8 * this.states;
    this.reqsAt = this.headAt + 8 * this.states;
    this.joinEdgeAt = this.reqsAt + 8 * REQ_WORDS;
    this.nearRowsAt = this.joinEdgeAt + JOIN_EDGE_BYTES;
    const glueAt = align(this.nearRowsAt + automaton.tableLength / automaton.cols);
    const eventsAt = align(glueAt + GLUE_TABLE_BYTES);
    this.eventsAt = eventsAt;
    this.inputAt = eventsAt + this.x.eventRoom();
    const trie = automaton.trie;
    const trieBytes = trie.fail.length * 18 + 4 * (trie.childStart.length + trie.childState.length + trie.rootChild.length) + trie.childClass.length + 64;
    this.input = this.reserve(Math.max(INITIAL_INPUT, trieBytes));
    const memory = this.x.memory.buffer;
    new Uint8Array(memory, classesAt, 256).set(automaton.classOf);
    new Uint8Array(memory, glueAt, GLUE_TABLE_BYTES).set(glueTable());
    this.x.layout(this.tableAt, classesAt, this.kindsAt, this.anyAt, this.headAt, this.reqsAt, this.joinEdgeAt, this.nearRowsAt, glueAt, eventsAt, this.inputAt, automaton.cols, automaton.acceptBelow, automaton.start);
    // the module fills its whole table at once from the trie (a few ms), placed for that in the input's room
    let at = this.inputAt;
    const put = (a: Int32Array | Uint8Array): number => {
      const where = at;
      new Uint8Array(memory, where, a.byteLength).set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
      at = align(at + a.byteLength);
      return where;
    };
    const parts = [trie.fail, trie.rowOf, trie.childStart, trie.childState, trie.childClass, trie.rootChild, trie.endsInSpace].map(put);
    this.x.fill(trie.fail.length, parts[0]!, parts[1]!, parts[2]!, parts[3]!, parts[4]!, parts[5]!, parts[6]!, trie.spaceClass, at);
  }

  /** Memory for `bytes` of input. */
  private reserve(bytes: number): Uint8Array {
    const memory = this.x.memory;
    const needed = this.inputAt + bytes;
    // (twice what is needed: growing may move the memory, so it is not done for every slightly larger chunk)
    if (memory.buffer.byteLength < needed) memory.grow(Math.ceil((this.inputAt + 2 * bytes - memory.buffer.byteLength) / PAGE));
    this.loaded = null;
    this.plainOut = null;
    return new Uint8Array(memory.buffer, this.inputAt, memory.buffer.byteLength - this.inputAt);
  }

  /** The row the module's table gives after class c from `row` (for tests: it must equal the automaton's step). */
  transition(row: number, c: number): number {
    return this.x.transition(row, c);
  }

  /** Copies a chunk into the module's memory (find() works on the chunk loaded last). */
  load(bytes: Uint8Array): void {
    if (this.input.length < bytes.length || this.input.byteLength === 0) this.input = this.reserve(bytes.length);
    this.input.set(bytes);
    this.loaded = bytes;
    this.x.invalidate();
  }

  /**
   * The same as the automaton's find(bytes, from, to, quiet) from a line start, but for lines the filter
   * rules out: the first position in [from, to) where a literal of a non-quiet state ends, on a line that may
   * match; afterwards the automaton's `state` is the state there.
   */
  find(bytes: Uint8Array, from: number, to: number, quiet: Uint8Array | undefined, filter: FilterState): number {
    if (this.loaded !== bytes) this.load(bytes);
    this.copyFilter(filter);
    const x = this.x;
    x.start(from, to);
    for (;;) {
      const r = x.scan();
      if (r >= 0 || r === NONE) {
        this.automaton.state = x.state();
        return r;
      }
      // a line the filter cannot rule out: JavaScript finds its first stop, exactly as without the filter
      const lineEnd = x.lineEnd();
      const hit = this.automaton.find(bytes, x.position(), lineEnd, quiet);
      if (hit >= 0) return hit;
      x.start(lineEnd, to);
    }
  }

  /**
   * The automaton's own find(bytes, from, to, quiet) from its start state, without the filter: the same
   * answer, and its `state` after, with the byte loop in WebAssembly (a paste's scan: JavaScript keeps every
   * decision about lines).
   */
  findPlain(bytes: Uint8Array, from: number, to: number, quiet: Uint8Array | undefined): number {
    if (this.loaded !== bytes) this.load(bytes);
    const x = this.x;
    const out = this.plainOut ?? this.plainViews();
    const cols = this.automaton.cols;
    let row = this.automaton.start;
    for (;;) {
      const hit = x.findPlain(from, to, row);
      row = out[0]!;
      if (hit < 0 || quiet === undefined || quiet[row / cols] === 0) {
        this.automaton.state = row;
        return hit;
      }
      from = hit + 1;
    }
  }

  /** The automaton's own collect(bytes, from, to, ids, skip), continuing from its `state`, with the byte loop in WebAssembly. */
  collectPlain(bytes: Uint8Array, from: number, to: number, ids: LiteralSet, skip: Uint8Array | undefined): void {
    if (this.loaded !== bytes) this.load(bytes);
    const a = this.automaton;
    const x = this.x;
    const out = this.plainOut ?? this.plainViews();
    const states = this.plainStates;
    let row = a.state;
    if (row < a.acceptBelow) a.addOutputs(row / a.cols, ids);
    while (from < to) {
      const count = x.collectPlain(from, to, row);
      for (let j = 0; j < count; j++) {
        const k = states[j]!;
        if (skip === undefined || skip[k] === 0) a.addOutputs(k, ids);
      }
      row = out[0]!;
      from = out[1]!;
    }
    a.state = row;
  }

  /** The views findPlain() and collectPlain() read (after the memory was made or grown). */
  private plainViews(): Int32Array {
    const buffer = this.x.memory.buffer;
    this.plainStates = new Int32Array(buffer, this.eventsAt, this.x.eventRoom() >> 2);
    return (this.plainOut = new Int32Array(buffer, this.x.plainOut(), 2));
  }

  /** Newlines in bytes[from, to) of the chunk loaded. */
  countNewlines(bytes: Uint8Array, from: number, to: number): number {
    if (this.loaded !== bytes) this.load(bytes);
    return this.x.newlines(from, to);
  }

  /**
   * The newline ending the first line of bytes[from, to) (`from` a line start) that holds as many bytes as a
   * console is wide (a final CR not counted) and from whose end a literal may run on into the next line, or
   * -1: the lines line-scanner.ts glueAfter() may glue (`reach`: the longest literal's bytes, as there).
   * Then `newlinesBefore` is the count of newlines in [from, that line's start) (in [from, to) when none)
   * and `wideStart` that line's start.
   */
  wideLine(bytes: Uint8Array, from: number, to: number, reach: number): number {
    if (this.loaded !== bytes) this.load(bytes);
    const end = this.x.wideLine(from, to, bytes.length, reach);
    const out = this.plainOut ?? this.plainViews();
    this.newlinesBefore = out[0]!;
    this.wideStart = out[1]!;
    return end;
  }

  newlinesBefore = 0;
  wideStart = 0;

  private copyFilter(filter: FilterState): void {
    if (this.bitsLoaded !== filter.any) {
      const memory = this.x.memory.buffer;
      new BigUint64Array(memory, this.anyAt, this.states).set(filter.any);
      new BigUint64Array(memory, this.headAt, this.states).set(filter.head);
      new Uint8Array(memory, this.joinEdgeAt, JOIN_EDGE_BYTES).set(filter.joinEdge);
      new Uint8Array(memory, this.nearRowsAt, filter.nearRows.length).set(filter.nearRows);
      this.bitsLoaded = filter.any;
      this.filterLoaded = null;
    }
    if (this.filterLoaded === filter && this.filterVersion === filter.version) return;
    const memory = this.x.memory.buffer;
    new Uint8Array(memory, this.kindsAt, this.states).set(filter.kinds);
    new BigUint64Array(memory, this.reqsAt, REQ_WORDS).set(filter.reqs);
    this.filterLoaded = filter;
    this.filterVersion = filter.version;
  }
}
