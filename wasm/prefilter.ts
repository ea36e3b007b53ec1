// The prefilter's byte loop in WebAssembly (AssemblyScript, compiled by `npm run build` into
// dist/prefilter.wasm): the literal automaton of src/engine/literal-automaton.ts run over a chunk of a log,
// plus per-line conditions, so that a line whose literals cannot satisfy any live pattern is skipped here,
// without a round trip to JavaScript. JavaScript (src/engine/prefilter.ts) owns every table in memory and
// decides everything this loop cannot decide cheaply: when in doubt, a line is handed back.
//
// What a line must hold for a conditional pattern (one with AND-literals, line-start literals or a
// non-ASCII requirement) is a set of bits: ANY[k] are set by accepting state k anywhere on the line, HEAD[k]
// only when the literal ends within the first HEAD_BYTES bytes; a line passes when its bits hold all the
// bits of one live requirement. The line-start, non-ASCII and near (derived AND-literal) bits have
// conservative fallbacks (below) that follow what the regex stage may see beyond the line: the previous lines
// glued before a line hard-broken at a console width, the next line glued or joined after it.

/** Accepting-state kinds (KIND[k]): */
const STOP: u8 = 0; // a literal of a live unconditional pattern (or a marker): the line goes to JavaScript
// const QUIET: u8 = 1; // nothing live ends here
const TRACK: u8 = 2; // a live conditional pattern's literal: read the line for bits, decide at its end
// const BITS: u8 = 3; // only AND-literals or line-start literals: their bits count on a line being read

/** scan() results besides a position: */
const NONE: i32 = -1; // no stop before the end
const LINE: i32 = -3; // the line [position(), lineEnd()) needs JavaScript's own look

const NEWLINE: u8 = 0x0a;
const CR: u8 = 0x0d;

// Which neighbouring lines the regex stage reads with a line: not constants here but the table JavaScript
// writes from src/engine/glue-rules.ts (glueTable: a flag per console width 0..255, then four i32), so the two
// sides cannot disagree.
/** line-start literals are looked for in this many bytes of a line (LINE_HEAD) */
let HEAD_BYTES: i32 = 0;
/** a longer line is windowed by the regex stage: JavaScript decides (MAX_WINDOW) */
let MAX_WINDOW: i32 = 0;
/** a previous line longer than this cannot be a console-wide piece (the widest console, 4 bytes a character, a CR) */
let MAX_WRAP_BYTES: i32 = 0;
let MIN_WRAP_BYTES: i32 = 0;
/** a message is looked for across at most this many console-wide lines before its line (MAX_WRAP_LINES) */
let MAX_WRAP_LINES: i32 = 0;
let widths: usize = 0;

// memory layout, set by layout(). The transition table holds byte addresses of rows (table + 4 x row), so
// a step is one add and one load: the byte loop is a chain of these, one per byte.
let table: usize = 0;
let classes: usize = 0;
let kinds: usize = 0;
let anyBits: usize = 0;
let headBits: usize = 0;
let reqs: usize = 0;
/** a flag per byte value: a line ending in it may be joined with the next by an alsoNear pattern's try */
let joinEdge: usize = 0;
/** a flag per row: its state may be part way into a near literal (an alsoNear pattern's AND-literal) */
let nearRows: usize = 0;
let input: usize = 0;
let cols: i32 = 1;
/** ceil(2^32 / cols): row * rowScale >> 32 is row / cols for every row (an integer division costs ~30 cycles) */
let rowScale: u64 = 0;
let below: i32 = 0;
let root: i32 = 0;
/**
 * Row 0's address: a copy of the root's row that every byte of class 0 (the newline, and bytes no literal
 * holds) leads to. Being below `below`, it makes phase 1 write an event for a line break with the one
 * comparison it makes for a literal's end (phase 2 tells a newline from the other class-0 bytes).
 */
let nlRow: i32 = 0;
/** The byte classes, at a fixed address (a load from it needs no base added). */
const CLASS_TABLE: usize = memory.data(256);

/** Where JavaScript writes the 256 byte classes. */
export function classTable(): usize {
  return CLASS_TABLE;
}

// the scan, kept across returns to JavaScript
let at: i32 = 0;
let last: i32 = -1;
let s: i32 = 0;
/** the current line's start and the bits its literals set so far; the previous line's start (-1: unknown) */
let lineStart: i32 = 0;
let previousLineStart: i32 = -1;
let mask: u64 = 0;
/** whether a TRACK literal is on the current line: it is decided at its end */
let deciding = false;
let lineEnd_: i32 = 0;

export function heapBase(): usize {
  return __heap_base;
}

export function layout(t: usize, c: usize, k: usize, a: usize, h: usize, r: usize, j: usize, nr: usize, g: usize, ev: usize, inp: usize, nCols: i32, acceptBelow: i32, rootRow: i32): void {
  table = t; classes = c; nlRow = <i32>t; kinds = k; anyBits = a; headBits = h; reqs = r; joinEdge = j; nearRows = nr; events = ev; input = inp;
  cols = nCols; below = <i32>t + 4 * acceptBelow; root = <i32>t + 4 * rootRow;
  rowScale = (((<u64>1) << 32) + <u64>nCols - 1) / <u64>nCols;
  widths = g;
  MAX_WRAP_LINES = load<i32>(g + 256);
  HEAD_BYTES = load<i32>(g + 260);
  MAX_WINDOW = load<i32>(g + 264);
  MIN_WRAP_BYTES = load<i32>(g + 268);
  MAX_WRAP_BYTES = 4 * load<i32>(g + 272) + 2;
}

/** The row address after class c from row address st. */
@inline function step(st: i32, c: i32): i32 {
  return load<i32>(<usize>(st + (c << 2)));
}

/** The accepting state (1..) of a row address below `below`. */
@inline function acceptingState(n: i32): usize {
  return <usize>(((<u64>(n - <i32>table) >> 2) * rowScale) >> 32);
}

/**
 * Fills the whole transition table from the trie (literal-automaton.ts trie), states in breadth-first order: a
 * state's row is its failure state's row (filled before it, being shallower) with its own children written
 * over. White space: after a literal's space a run of white space stays in the same state (the normal form).
 * `scratch` holds 8 bytes a state.
 */
export function fill(n: i32, fail: usize, rowOf: usize, childStart: usize, childState: usize, childClass: usize, rootChild: usize, endsInSpace: usize, space: i32, scratch: usize): void {
  const spaceNext = scratch; // each state's transition on white space before its own space rule (for its children)
  const order = scratch + (<usize>n << 2);
  const rowBytes = <usize>cols << 2;
  store<i32>(order, 0);
  let queued = 1;
  for (let head = 0; head < queued; head++) {
    const s = load<i32>(order + (<usize>head << 2));
    const rowAt = <usize>addrOf(rowOf, s);
    if (s == 0) {
      for (let c = 0; c < cols; c++) store<i32>(rowAt + (<usize>c << 2), addrOf(rowOf, load<i32>(rootChild + (<usize>c << 2))));
      store<i32>(rowAt, nlRow); // class 0 (every row inherits it from the root's)
      store<i32>(spaceNext, load<i32>(rootChild + (<usize>space << 2)));
    } else {
      const f = load<i32>(fail + (<usize>s << 2));
      memory.copy(rowAt, <usize>addrOf(rowOf, f), rowBytes);
      store<i32>(spaceNext + (<usize>s << 2), load<i32>(spaceNext + (<usize>f << 2)));
    }
    const last = load<i32>(childStart + (<usize>(s + 1) << 2));
    for (let k = load<i32>(childStart + (<usize>s << 2)); k < last; k++) {
      const t = load<i32>(childState + (<usize>k << 2));
      const c = <i32>load<u8>(childClass + <usize>k);
      store<i32>(rowAt + (<usize>c << 2), addrOf(rowOf, t));
      if (c == space) store<i32>(spaceNext + (<usize>s << 2), t);
      store<i32>(order + (<usize>queued << 2), t);
      queued++;
    }
    if (space != 0) store<i32>(rowAt + (<usize>space << 2), load<u8>(endsInSpace + <usize>s) == 1 ? <i32>rowAt : addrOf(rowOf, load<i32>(spaceNext + (<usize>s << 2))));
  }
  memory.copy(<usize>nlRow, <usize>addrOf(rowOf, 0), rowBytes);
}

/** The row address of trie state s. */
@inline function addrOf(rowOf: usize, s: i32): i32 {
  return <i32>table + (load<i32>(rowOf + (<usize>s << 2)) << 2);
}

/** The row after class c from row `row` (tests compare the table with the automaton's own). */
export function transition(row: i32, c: i32): i32 {
  const n = step(<i32>table + (row << 2), c);
  return ((n == nlRow ? root : n) - <i32>table) >> 2;
}

/**
 * The byte loop runs in two phases. Phase 1 (produce) runs the automaton over a unit of up to UNIT bytes and
 * writes down every position where a literal ends or a line ends, as events: the unit is cut at line starts
 * into three lanes run side by side, because one step waits for the one before it (a load whose address is
 * the last load's result), and independent chains overlap (the dense 288 MB log read and run through phase 1:
 * one lane 836 ms CPU, two 610, three 565, same machine and load). Phase 1 does not look at which
 * literals still matter. Phase 2 (scan) reads the events in order and decides stops and lines with the filter
 * as it is at that moment (patterns settle while JavaScript handles earlier stops).
 */
const UNIT: i32 = 16 << 10;
/** a unit shorter than this is not split into lanes */
const MIN_SPLIT: i32 = 512;

/** Starts a scan of input[from, to) at a line start (or at the line break before one). */
export function start(from: i32, to: i32): void {
  at = from; s = root; lineStart = from; previousLineStart = -1; mask = 0; deciding = false;
  if (to != last || from < unitFrom || from >= unitEnd) {
    last = to;
    produce(from, root);
    return;
  }
  // (within the unit already produced: JavaScript moves forward, so the cursor does too)
  if (cursor > 0 && eventAt(cursor - 1) >= from) cursor = 0;
  while (cursor < count && eventAt(cursor) < from) cursor++;
}

/** Bytes of memory phase 1 writes its events to (three lanes of UNIT, 8 bytes an event). */
export function eventRoom(): i32 {
  return 3 * (UNIT << 3);
}

/** A new chunk is in memory: the events of the last one are void. */
export function invalidate(): void {
  unitFrom = 0; unitEnd = -1;
}

export function position(): i32 { return at; }
/** The automaton's row at position() (the row address made a row number again). */
export function state(): i32 { return (s - <i32>table) >> 2; }
export function lineEnd(): i32 { return lineEnd_; }

// phase 1's output: events (u64: position, row address after the byte; a line end has the root's row) of the
// unit [unitFrom, unitEnd), lane A's then lane B's; the state at unitEnd; phase 2's cursor
let events: usize = 0;
let count: i32 = 0;
let cursor: i32 = 0;
let unitFrom: i32 = 0;
let unitEnd: i32 = -1;
let carried: i32 = 0;

@inline function eventAt(j: i32): i32 {
  return <i32>load<u32>(events + (<usize>j << 3));
}

/** One byte of phase 1: the event slot is written every time and kept (the next slot returned) when it holds an event. */
@inline function record(slot: usize, pos: i32, n: i32, acceptBelow: i32): usize {
  store<i32>(slot, pos);
  store<i32>(slot, n, 4);
  return slot + (<usize>(n < acceptBelow) << 3);
}

/** The row address after byte b from row address st. */
@inline function next(st: i32, b: u32): i32 {
  return load<i32>(<usize>(st + (<i32>load<u8>(CLASS_TABLE + <usize>b) << 2)));
}

/** Phase 1 over the unit starting at `from` in state st0 (the root at a line start). */
function produce(from: i32, st0: i32): void {
  const inp = input;
  const acceptBelow = below;
  let end = min(from + UNIT, last);
  if (end < last) {
    const nl = lastLineBreakWithin(from, end); // the unit ends after its last line break (a longer line is cut anywhere)
    if (nl >= 0) end = nl + 1;
  }
  // three lanes, cut at line starts (a lane left empty when no line break is near its cut)
  let mid = end;
  let mid2 = end;
  if (end - from >= MIN_SPLIT) {
    const third = (end - from) / 3;
    let nl = endOfLineWithin(from + third, end);
    if (nl + 1 < end) mid = nl + 1;
    nl = endOfLineWithin(max(mid, from + 2 * third), end);
    if (nl + 1 < end) mid2 = nl + 1;
  }
  const evA = events;
  const evB = events + (<usize>UNIT << 3);
  const evC = events + (<usize>UNIT << 4);
  let i = from;
  let j = mid;
  let l = mid2;
  let sa = st0;
  let sb = root;
  let sc = root;
  let ka = evA;
  let kb = evB;
  let kc = evC;
  while (i + 4 <= mid && j + 4 <= mid2 && l + 4 <= end) {
    const p = inp + <usize>i;
    const q = inp + <usize>j;
    const r = inp + <usize>l;
    sa = next(sa, load<u8>(p)); sb = next(sb, load<u8>(q)); sc = next(sc, load<u8>(r));
    ka = record(ka, i, sa, acceptBelow); kb = record(kb, j, sb, acceptBelow); kc = record(kc, l, sc, acceptBelow);
    sa = next(sa, load<u8>(p, 1)); sb = next(sb, load<u8>(q, 1)); sc = next(sc, load<u8>(r, 1));
    ka = record(ka, i + 1, sa, acceptBelow); kb = record(kb, j + 1, sb, acceptBelow); kc = record(kc, l + 1, sc, acceptBelow);
    sa = next(sa, load<u8>(p, 2)); sb = next(sb, load<u8>(q, 2)); sc = next(sc, load<u8>(r, 2));
    ka = record(ka, i + 2, sa, acceptBelow); kb = record(kb, j + 2, sb, acceptBelow); kc = record(kc, l + 2, sc, acceptBelow);
    sa = next(sa, load<u8>(p, 3)); sb = next(sb, load<u8>(q, 3)); sc = next(sc, load<u8>(r, 3));
    ka = record(ka, i + 3, sa, acceptBelow); kb = record(kb, j + 3, sb, acceptBelow); kc = record(kc, l + 3, sc, acceptBelow);
    i += 4;
    j += 4;
    l += 4;
  }
  for (; i < mid; i++) { sa = next(sa, load<u8>(inp + i)); ka = record(ka, i, sa, acceptBelow); }
  for (; j < mid2; j++) { sb = next(sb, load<u8>(inp + j)); kb = record(kb, j, sb, acceptBelow); }
  for (; l < end; l++) { sc = next(sc, load<u8>(inp + l)); kc = record(kc, l, sc, acceptBelow); }
  // the lanes' events in order of position, one after the other
  memory.copy(ka, evB, kb - evB);
  ka += kb - evB;
  memory.copy(ka, evC, kc - evC);
  count = <i32>((ka - evA + kc - evC) >> 3);
  cursor = 0;
  unitFrom = from;
  unitEnd = end;
  carried = mid2 < end ? sc : mid < mid2 ? sb : sa;
}

/** The last line break in [from, i), or -1. */
function lastLineBreakWithin(from: i32, i: i32): i32 {
  while (i - 8 >= from) {
    const z = zeroBytes(load<u64>(input + i - 8) ^ NEWLINES);
    if (z != 0) return i - 1 - (<i32>clz(z) >> 3);
    i -= 8;
  }
  while (i > from) if (load<u8>(input + --i) == NEWLINE) return i;
  return -1;
}

/** The first line break in [i, to), or to. */
function endOfLineWithin(i: i32, to: i32): i32 {
  while (i + 8 <= to) {
    const z = zeroBytes(load<u64>(input + i) ^ NEWLINES);
    if (z != 0) return i + (<i32>ctz(z) >> 3);
    i += 8;
  }
  while (i < to && load<u8>(input + i) != NEWLINE) i++;
  return i;
}

/**
 * Phase 2: runs to the next stop: a position where a STOP literal ends on a line not being decided (state()
 * is the state there), NONE or LINE. Bits are gathered along every line, and a line holding a TRACK literal is
 * decided at its end.
 */
export function scan(): i32 {
  const acceptBelow = below;
  while (true) {
    if (cursor >= count) {
      if (unitEnd < last) { produce(unitEnd, carried); continue; }
      at = last; s = carried;
      if (deciding) { deciding = false; lineEnd_ = last; if (passes()) return handBack(); }
      return NONE;
    }
    const e = load<u64>(events + (<usize>cursor << 3));
    cursor++;
    const i = <i32>(<u32>e);
    const n = <i32>(e >> 32);
    if (i < at) continue;
    if (n == nlRow) {
      if (load<u8>(input + i) != NEWLINE) continue; // a byte no literal holds
      // a line break
      if (deciding) {
        deciding = false;
        lineEnd_ = i;
        if (passes()) return handBack();
      }
      previousLineStart = lineStart == i ? -1 : lineStart; // (a scan started at this line break: unknown)
      lineStart = i + 1;
      mask = 0;
      continue;
    }
    const k = acceptingState(n);
    const kind = load<u8>(kinds + k);
    if (kind == STOP) {
      if (deciding) { deciding = false; lineEnd_ = endOfLine(i + 1); return handBack(); }
      at = i + 1; s = n; return i;
    }
    if (kind >= TRACK) {
      mask |= load<u64>(anyBits + (k << 3));
      if (i - lineStart < HEAD_BYTES) mask |= load<u64>(headBits + (k << 3));
      if (kind == TRACK) deciding = true;
    }
  }
  return NONE; // (not reached: the loop returns)
}

/** The current line goes to JavaScript: position() is its start, lineEnd() its end. */
function handBack(): i32 {
  at = lineStart;
  s = root;
  return LINE;
}

function startOfLine(i: i32): i32 {
  while (i >= 8) {
    const z = zeroBytes(load<u64>(input + i - 8) ^ NEWLINES);
    if (z != 0) return i - (<i32>clz(z) >> 3);
    i -= 8;
  }
  while (i > 0 && load<u8>(input + i - 1) != NEWLINE) i--;
  return i;
}

function endOfLine(i: i32): i32 {
  return endOfLineWithin(i, last);
}

/**
 * The live requirements (reqs: [count, line-start bits, non-ASCII bit, near bits, requirement…]) a line can
 * still meet, listed by passes(): every requirement holds its pattern's literal bit (bit 3k, line-conditions.ts),
 * which no fallback grants, so only those whose literal is on the line are looked at again.
 */
const CANDIDATES: usize = memory.data(8 * 64);
let candidates = 0;
const LITERAL_BITS: u64 = 0x1249249249249249;

/** Whether the line's bits hold one of the candidate requirements. */
function satisfied(m: u64): bool {
  for (let j = 0; j < candidates; j++) {
    const r = load<u64>(CANDIDATES + (<usize>j << 3));
    if ((m & r) == r) return true;
  }
  return false;
}

/** The decision at the line end, fallbacks computed only when they could change it. */
function passes(): bool {
  if (lineEnd_ - lineStart > MAX_WINDOW) return true;
  let m = mask;
  const count = <i32>load<u64>(reqs);
  const literals = m & LITERAL_BITS;
  candidates = 0;
  for (let j = 0; j < count; j++) {
    const r = load<u64>(reqs + 32 + (<usize>j << 3));
    if ((r & literals) != 0) { store<u64>(CANDIDATES + (<usize>candidates << 3), r); candidates++; }
  }
  if (candidates == 0) return false;
  if (satisfied(m)) return true;
  const startBits = load<u64>(reqs + 8);
  const nonAsciiBit = load<u64>(reqs + 16);
  const nearBits = load<u64>(reqs + 24);
  if (!satisfied(m | startBits | nonAsciiBit | nearBits)) return false;
  // the non-ASCII bit only where no requirement can do without it
  if (nonAsciiBit != 0 && !satisfied(m | startBits | nearBits) && nonAsciiNear()) m |= nonAsciiBit;
  if (nearBits != 0 && !satisfied(m | startBits) && satisfied(m | startBits | nearBits)) m |= nearAround(nearBits);
  if (startBits != 0 && !satisfied(m) && satisfied(m | startBits)) m |= startFallback();
  return satisfied(m);
}

/**
 * The near bits (AND-literals the loader derived, which may stand on a neighbouring line) the regex stage may
 * see with this line (line-scanner.ts matchLine): on the next lines (a joined try after a line ending in a join
 * edge, the next line glued after a console-wide one; nextLine() may skip blank lines and stamped records to
 * it), or on the console-wide lines glued before it. Where the neighbours may be read with this line, their
 * bytes are run through the automaton and only the near literals found there count; all near bits are granted
 * where that could miss one: a line whose cleaned form may hold a literal its bytes do not (cleanSafe), or a
 * near literal that may run across the joint (nearPrefix: this line's end is part way into one).
 */
function nearAround(all: u64): u64 {
  let end = lineEnd_;
  if (end > lineStart && load<u8>(input + end - 1) == CR) end--;
  const nextMatters = (end > lineStart && load<u8>(joinEdge + <usize>load<u8>(input + end - 1)) != 0) || wrapWidth(end - lineStart) || mayClean(lineStart, end);
  const previousMatters = wrapsInto(lineStart);
  if (!nextMatters && !previousMatters) return 0;
  if (!cleanSafe(lineStart, end)) return all;
  found = 0;
  if (nextMatters) {
    const st = run(root, lineStart, end);
    if (nearPrefix(st) || nearPrefix(next(st, 0x20))) return all;
    let from = lineEnd_ + 1;
    for (let n = 0; n < NEXT_LINES && from < last; n++) {
      const e = endOfLine(from);
      let to = min(e, from + MAX_WINDOW);
      if (to > from && load<u8>(input + to - 1) == CR) to--;
      if (!cleanSafe(from, to)) return all;
      run(root, from, to);
      from = e + 1;
    }
  }
  if (previousMatters) {
    // the pieces glued before this line, read as one text with it (JavaScript cleans each: heads may go)
    let p = lineStart;
    for (let n = 0; n < MAX_WRAP_LINES && wrapsInto(p); n++) p = previousStart(p);
    let st = root;
    while (p < lineStart) {
      const e = endOfLineWithin(p, lineStart);
      let to = e;
      if (to > p && load<u8>(input + to - 1) == CR) to--;
      if (!cleanSafe(p, to)) return all;
      st = run(st, p, to);
      if (nearPrefix(st)) return all;
      p = e + 1;
    }
    run(st, lineStart, end);
  }
  return found & all;
}

/**
 * Lines after a line that nextLine() may read as its next one (MAX_BLANK_SKIP blank lines and MAX_RECORD_SKIP
 * records skipped, line-scanner.ts), and the line it returns.
 */
const NEXT_LINES = 2 + 6 + 1;

/** The bits of the accepting states run() passed since `found` was reset. */
let found: u64 = 0;

/** Runs the automaton from row address st over input[from, to): returns the row after; the bits go to `found`. */
function run(st: i32, from: i32, to: i32): i32 {
  const acceptBelow = below;
  for (let i = from; i < to; i++) {
    st = next(st, load<u8>(input + i));
    if (st < acceptBelow) found |= load<u64>(anyBits + (acceptingState(st) << 3));
  }
  return st;
}

/**
 * Whether the UTF-8 character starting with byte b at `at` is one of DIRTY_MARKERS: U+009B, a Unicode space
 * (U+00A0, U+1680, U+2000-U+200B, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF) or a typographic quote
 * (U+2018, U+2019, U+201C, U+201D).
 */
function dirtyAt(b: u8, at: usize): bool {
  const c = load<u8>(at, 1);
  if (b == 0xc2) return c == 0x9b || c == 0xa0;
  const d = load<u8>(at, 2);
  if (b == 0xe2) return (c == 0x80 && (d <= 0x8b || d == 0x98 || d == 0x99 || d == 0x9c || d == 0x9d || d == 0xa8 || d == 0xa9 || d == 0xaf)) || (c == 0x81 && d == 0x9f);
  return (b == 0xe1 && c == 0x9a && d == 0x80) || (b == 0xe3 && c == 0x80 && d == 0x80) || (b == 0xef && c == 0xbb && d == 0xbf);
}

/** Whether the row's state may be part way into a near literal (nearRows: a flag per row, JavaScript's). */
@inline function nearPrefix(st: i32): bool {
  return load<u8>(nearRows + <usize>(((st - <i32>table) >> 2) / cols)) != 0;
}

/**
 * Whether the cleaned line (line-scanner.ts cleaned()) is its bytes [from, to) less some head (a log prefix, a
 * quote marker, indentation): no escape code, entity, bare colour code, carriage return, Unicode space or
 * typographic quote (normal-form.ts DIRTY_MARKERS). Its literals are then among those of its bytes.
 */
function cleanSafe(from: i32, to: i32): bool {
  for (let i = from; i < to; i++) {
    const b = load<u8>(input + i);
    if (b >= 0x80) {
      if (b >= 0xc2 && dirtyAt(b, input + i)) return false;
      continue;
    }
    if (b == 0x1b || b == 0x26 || b == CR) return false;
    if (b == 0x5b) {
      let j = i + 1;
      let c: u8 = 0;
      while (j < to && (((c = load<u8>(input + j)) >= 0x30 && c <= 0x39) || c == 0x3b)) j++;
      if (j < to && load<u8>(input + j) == 0x6d) return false;
    }
  }
  return true;
}

/** Whether cleaning may change the line [from, to) (CR removed) other than by a marker the automaton stops on. */
function mayClean(from: i32, to: i32): bool {
  if (to == from) return false;
  const first = load<u8>(input + from);
  // a log prefix (line-scanner.ts stripLogPrefix: '(' or '[', a stamp, a level or syslog month, a ' | ' column)
  if (first == 0x28 || (first >= 0x30 && first <= 0x39) || (first >= 0x41 && first <= 0x5a)) return true;
  if (!plainHead(from, to) || hasHigh(from, to)) return true;
  for (let i = from; i < to; i++) {
    const b = load<u8>(input + i);
    if (b == CR || b == 0x5b || b == 0x7c) return true; // bars drawn over, colour codes, a column
  }
  return false;
}

const LOW7: u64 = 0x7f7f7f7f7f7f7f7f;
const NEWLINES: u64 = 0x0a0a0a0a0a0a0a0a;

/** 0x80 in each byte of x that is zero (exact, no carries between bytes). */
@inline function zeroBytes(x: u64): u64 {
  return ~(((x & LOW7) + LOW7) | x | LOW7);
}

/** Whether bytes [from, to) hold a non-ASCII byte. */
function hasHigh(from: i32, to: i32): bool {
  let i = from;
  for (; i + 16 <= to; i += 16) if (i8x16.bitmask(v128.load(input + i)) != 0) return true;
  for (; i < to; i++) if (load<u8>(input + i) >= 0x80) return true;
  return false;
}

/** Characters of a UTF-8 line without a trailing CR (line-scanner.ts charCount): bytes less continuation bytes. */
function charCount(from: i32, to: i32): i32 {
  if (to > from && load<u8>(input + to - 1) == CR) to--;
  let continuation = 0;
  let i = from;
  // a continuation byte is 0x80-0xbf: as a signed byte, below -64
  const limit = i8x16.splat(-64);
  for (; i + 16 <= to; i += 16) continuation += popcnt<i32>(i8x16.bitmask(i8x16.lt_s(v128.load(input + i), limit)));
  for (; i < to; i++) if ((load<u8>(input + i) & 0xc0) == 0x80) continuation++;
  return to - from - continuation;
}

function wrapWidth(n: i32): bool {
  return n < 256 && load<u8>(widths + <usize>n) != 0;
}

/** Start of the line before the one starting at `from` (> 0). */
function previousStart(from: i32): i32 {
  if (from == lineStart && previousLineStart >= 0) return previousLineStart;
  return from >= 2 ? startOfLine(from - 1) : 0;
}

/** Whether the line before the one at `from` may be a console-wide piece of it (charCount at a width). */
function wrapsInto(from: i32): bool {
  if (from == 0) return false;
  const p = previousStart(from);
  const bytes = from - 1 - p;
  return bytes >= MIN_WRAP_BYTES && bytes <= MAX_WRAP_BYTES && wrapWidth(charCount(p, from - 1));
}

/**
 * Whether the cleaned line may differ in length from its bytes, or its first characters from its first bytes
 * (line-scanner.ts cleanLine): a quote marker or indentation run, '[' (colour codes, bracketed stamps), a
 * ' | ' column or an RFC 3339 stamp, a tab, a run of spaces, a non-ASCII byte. Lines with escape codes or
 * entities never get here (their markers are STOP literals).
 */
function plainHead(from: i32, to: i32): bool {
  let end = min(to, from + HEAD_BYTES);
  if (end == to && end > from && load<u8>(input + end - 1) == CR) end--; // the line's own CR is removed
  let i = from;
  while (i < end && load<u8>(input + i) == 0x20) i++;
  if (i - from > 8 || (i < end && load<u8>(input + i) == 0x3e)) return false;
  const first = load<u8>(input + from);
  if (first >= 0x30 && first <= 0x39 && to - from > 10 && load<u8>(input + from + 10) == 0x54) return false;
  let space = false; // the byte before i was a space
  const blank = i8x16.splat(0x20);
  const del = i8x16.splat(0x7f);
  const bracket = i8x16.splat(0x5b);
  const bar = i8x16.splat(0x7c);
  for (; i + 16 <= end; i += 16) {
    const x = v128.load(input + i);
    // a non-ASCII byte (its sign bit), a control byte, DEL, '[', '|'; two spaces in a row
    const odd = v128.or(v128.or(i8x16.lt_u(x, blank), i8x16.eq(x, del)), v128.or(i8x16.eq(x, bracket), i8x16.eq(x, bar)));
    const spaces = i8x16.bitmask(i8x16.eq(x, blank));
    if ((i8x16.bitmask(x) | i8x16.bitmask(odd) | (spaces & (spaces >> 1))) != 0 || (space && (spaces & 1) != 0)) return false;
    space = (spaces >> 15) != 0;
  }
  for (; i < end; i++) {
    const b = load<u8>(input + i);
    if (b == 0x20) { if (space) return false; space = true; continue; }
    space = false;
    if (b < 0x21 || b > 0x7e || b == 0x5b || b == 0x7c) return false;
  }
  return true;
}


/**
 * The non-ASCII requirement: a non-ASCII byte on the line, or on a line the regex stage may glue to it
 * (the next one, when this line may be a console width; the previous ones, when they are).
 */
function nonAsciiNear(): bool {
  if (hasHigh(lineStart, lineEnd_)) return true;
  let len = lineEnd_ - lineStart;
  if (len > 0 && load<u8>(input + lineEnd_ - 1) == CR) len--;
  if (lineEnd_ < last && (wrapWidth(len) || !plainHead(lineStart, lineEnd_) || lineEnd_ - lineStart > HEAD_BYTES && hasBracket(lineStart + HEAD_BYTES, lineEnd_))) {
    if (hasHigh(lineEnd_ + 1, endOfLine(lineEnd_ + 1))) return true;
  }
  let from = lineStart;
  for (let n = 0; n < MAX_WRAP_LINES && wrapsInto(from); n++) {
    const p = previousStart(from);
    if (hasHigh(p, from - 1)) return true;
    from = p;
  }
  return false;
}

/** '[' anywhere (bare colour codes are removed along the whole line). */
function hasBracket(from: i32, to: i32): bool {
  for (let i = from; i < to; i++) if (load<u8>(input + i) == 0x5b) return true;
  return false;
}

/**
 * Line-start bits the regex stage may still grant: all of them when the line's head is not plain (JavaScript
 * reads it cleaned), else those of literals at the head of the console-wide lines glued before it.
 */
function startFallback(): u64 {
  const all = load<u64>(reqs + 8);
  if (!plainHead(lineStart, lineEnd_)) return all;
  let m: u64 = 0;
  let from = lineStart;
  for (let n = 0; n < MAX_WRAP_LINES && wrapsInto(from); n++) {
    const p = previousStart(from);
    if (!plainHead(p, from - 1)) return all;
    const end = min(from - 1, p + HEAD_BYTES);
    let st = root;
    for (let i = p; i < end; i++) {
      const x = step(st, <i32>load<u8>(classes + load<u8>(input + i)));
      if (x < below) m |= load<u64>(headBits + (acceptingState(x) << 3));
      st = x;
    }
    from = p;
  }
  return m & all;
}

/** Newlines in input[from, to) (WebAssembly SIMD: Node 20 has it). */
export function newlines(from: i32, to: i32): i32 {
  let n = 0;
  let i = from;
  // sixteen bytes at a time: a lane of 0xff for each newline, one bit each in the mask
  const nl = i8x16.splat(NEWLINE);
  for (; i + 16 <= to; i += 16) n += popcnt<i32>(i8x16.bitmask(i8x16.eq(v128.load(input + i), nl)));
  for (; i < to; i++) if (load<u8>(input + i) == NEWLINE) n++;
  return n;
}

/**
 * The first line ending in input[from, to) (`from` a line start) whose bytes, without a final CR, are as many
 * as a console is wide (widths) and from whose end a literal may run on into the next line (runsOn): the
 * position of its newline, or -1. Left at plainOut(): the newlines before it (all those in [from, to) when
 * there is none) and its start. Such a line may be a console's cut through a literal: JavaScript decides
 * (line-scanner.ts glueAfter), so a chunk this module scans is read across its cuts as one scanned in
 * JavaScript is. `size`: the chunk's bytes; `reach`: the bytes of the longest literal (PatternIndex.maxLiteralBytes).
 */
export function wideLine(from: i32, to: i32, size: i32, reach: i32): i32 {
  let n = 0;
  let start = from;
  let i = from;
  const nl = i8x16.splat(NEWLINE);
  for (; i + 16 <= to; i += 16) {
    let bits = i8x16.bitmask(i8x16.eq(v128.load(input + i), nl));
    while (bits != 0) {
      const p = i + ctz(bits);
      if (wideBytes(start, p) && runsOn(start, p, size, reach)) return wideAt(n, start, p);
      n++;
      start = p + 1;
      bits &= bits - 1;
    }
  }
  for (; i < to; i++) {
    if (load<u8>(input + i) != NEWLINE) continue;
    if (wideBytes(start, i) && runsOn(start, i, size, reach)) return wideAt(n, start, i);
    n++;
    start = i + 1;
  }
  return wideAt(n, start, -1);
}

/** Whether line input[start, end) holds a console's width of bytes (a final CR not counted). */
@inline function wideBytes(start: i32, end: i32): bool {
  let len = end - start;
  if (len > 0 && load<u8>(input + end - 1) == CR) len--;
  return wrapWidth(len);
}

/**
 * Whether a literal may run from the end of line input[start, end) on into the next line: line-scanner.ts
 * acrossBreak() without its checks of quiet states and of the literals found (JavaScript makes them). The
 * automaton reads the line's last `reach` bytes, then the next line's head beside the next line read alone,
 * until both are in one state; an accepting state reached only by the first is such a literal.
 */
function runsOn(start: i32, end: i32, size: i32, reach: i32): bool {
  const rest = end + 1;
  if (rest >= size) return false;
  let contentEnd = end;
  if (contentEnd > start && load<u8>(input + contentEnd - 1) == CR) contentEnd--;
  let s = root;
  for (let i = max(start, contentEnd - reach); i < contentEnd; i++) s = next(s, load<u8>(input + <usize>i));
  let t = root;
  const to = endOfLineWithin(rest, min(size, rest + reach));
  const first = <u32>(<i32>table + 4 * cols); // row 1's address: accepting rows are [first, below)
  const span = <u32>below - first;
  for (let j = rest; j < to && s != t; j++) {
    const b = load<u8>(input + <usize>j);
    s = next(s, b);
    t = next(t, b);
    if (s != t && <u32>s - first < span) return true;
  }
  return false;
}

/** Leaves the newlines counted and the line's start at plainOut() for WasmScan.wideLine, and returns `end`. */
@inline function wideAt(n: i32, start: i32, end: i32): i32 {
  store<i32>(PLAIN_OUT, n);
  store<i32>(PLAIN_OUT, start, 4);
  return end;
}

// Plain automaton loops for JavaScript's scan of a paste (src/engine/prefilter.ts findPlain / collectPlain):
// the same answers as the automaton's find() and collect() in src/engine/literal-automaton.ts, without the
// filter or the events of scan(); JavaScript keeps every decision about lines. Row numbers in and out are
// JavaScript's (row / cols is the state); a row address of class 0 (nlRow) is the root's row.

/** What the loops below leave for JavaScript to read (no call needed): the row they ended in, where they stopped. */
const PLAIN_OUT: usize = memory.data(8);

export function plainOut(): usize {
  return PLAIN_OUT;
}

@inline function plainEnd(st: i32, i: i32): void {
  store<i32>(PLAIN_OUT, ((st == nlRow ? root : st) - <i32>table) >> 2);
  store<i32>(PLAIN_OUT, i, 4);
}

/**
 * From row `row` at `from`, the first position in [from, to) after whose byte the automaton is in an
 * accepting state, or -1; the row there (at `to` when none) is left at plainOut().
 */
export function findPlain(from: i32, to: i32, row: i32): i32 {
  const inp = input;
  const first = <u32>(<i32>table + 4 * cols); // row 1's address: accepting rows are [first, below)
  const span = <u32>below - first;
  let st = <i32>table + (row << 2);
  let i = from;
  // four bytes a load
  for (; i + 4 <= to; i += 4) {
    const w = load<u32>(inp + <usize>i);
    st = next(st, w & 0xff);
    if (<u32>st - first < span) { plainEnd(st, i); return i; }
    st = next(st, (w >> 8) & 0xff);
    if (<u32>st - first < span) { plainEnd(st, i + 1); return i + 1; }
    st = next(st, (w >> 16) & 0xff);
    if (<u32>st - first < span) { plainEnd(st, i + 2); return i + 2; }
    st = next(st, w >> 24);
    if (<u32>st - first < span) { plainEnd(st, i + 3); return i + 3; }
  }
  for (; i < to; i++) {
    st = next(st, load<u8>(inp + <usize>i));
    if (<u32>st - first < span) { plainEnd(st, i); return i; }
  }
  plainEnd(st, to);
  return -1;
}

/** Writes accepting state of row address st as event k; returns k + 1. */
@inline function putState(k: i32, st: i32): i32 {
  store<i32>(events + (<usize>k << 2), <i32>acceptingState(st));
  return k + 1;
}

/**
 * From row `row` at `from`, the accepting states (1..) the automaton passes in [from, to), written as i32 at
 * the events memory (at most eventRoom() / 4 of them: a longer run stops early); returns how many, and leaves
 * at plainOut() the row and the position it stopped at (`to`, unless the room filled).
 */
export function collectPlain(from: i32, to: i32, row: i32): i32 {
  const inp = input;
  const first = <u32>(<i32>table + 4 * cols);
  const span = <u32>below - first;
  const room = eventRoom() >> 2;
  let st = <i32>table + (row << 2);
  let k = 0;
  let i = from;
  // four bytes a load while the room surely holds four more states
  for (; i + 4 <= to && k + 4 <= room; i += 4) {
    const w = load<u32>(inp + <usize>i);
    st = next(st, w & 0xff);
    if (<u32>st - first < span) k = putState(k, st);
    st = next(st, (w >> 8) & 0xff);
    if (<u32>st - first < span) k = putState(k, st);
    st = next(st, (w >> 16) & 0xff);
    if (<u32>st - first < span) k = putState(k, st);
    st = next(st, w >> 24);
    if (<u32>st - first < span) k = putState(k, st);
  }
  for (; i < to; i++) {
    st = next(st, load<u8>(inp + <usize>i));
    if (<u32>st - first < span) {
      store<i32>(events + (<usize>k << 2), <i32>acceptingState(st));
      if (++k == room) { i++; break; }
    }
  }
  plainEnd(st, i);
  // (the events of scan()'s phase 1 are overwritten)
  if (k > 0) { unitFrom = 0; unitEnd = -1; }
  return k;
}
