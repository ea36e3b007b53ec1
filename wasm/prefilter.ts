// The prefilter's byte loop in WebAssembly (AssemblyScript, compiled by `npm run build` into
// dist/prefilter.wasm): the literal automaton of src/engine/literal-automaton.ts run over a chunk of a log,
// plus per-line conditions, so that a line whose literals cannot satisfy any live pattern is skipped here,
// without a round trip to JavaScript. JavaScript (src/engine/prefilter.ts) owns every table in memory and
// decides everything this loop cannot decide cheaply: when in doubt, a line is handed back.
//
// What a line must hold for a conditional pattern (one with AND-literals, line-start literals or a
// non-ASCII requirement) is a set of bits: ANY[k] are set by accepting state k anywhere on the line, HEAD[k]
// only when the literal ends within the first HEAD_BYTES bytes; a line passes when its bits hold all the
// bits of one live requirement. The line-start and non-ASCII bits have conservative fallbacks (below) that
// follow what the regex stage may see beyond the line: the previous lines glued before a line hard-broken at
// a console width, the next line glued after it.

/** Accepting-state kinds (KIND[k]): */
const STOP: u8 = 0; // a literal of a live unconditional pattern (or a marker): the line goes to JavaScript
// const QUIET: u8 = 1; // nothing live ends here
const TRACK: u8 = 2; // a live conditional pattern's literal: read the line for bits, decide at its end
// const BITS: u8 = 3; // only AND-literals or line-start literals: their bits count on a line being read

/** scan() results besides a position: */
const NONE: i32 = -1; // no stop before the end
const MISS: i32 = -2; // a transition not computed yet: JavaScript computes it (at position(), from state())
const LINE: i32 = -3; // the line [position(), lineEnd()) needs JavaScript's own look

const NEWLINE: u8 = 0x0a;
const CR: u8 = 0x0d;
/** line-start literals are looked for in this many bytes of a line (line-scanner.ts LINE_HEAD) */
const HEAD_BYTES: i32 = 160;
/** a longer line is windowed by the regex stage: JavaScript decides (line-scanner.ts MAX_WINDOW) */
const MAX_WINDOW: i32 = 8192;
/** a previous line this far back is too long to be a console-wide piece (200 characters of 4 bytes, a CR) */
const MAX_WRAP_BYTES: i32 = 802;
const MAX_WRAP_LINES: i32 = 3;

// memory layout, set by layout()
let table: usize = 0;
let classes: usize = 0;
let kinds: usize = 0;
let anyBits: usize = 0;
let headBits: usize = 0;
let reqs: usize = 0;
let input: usize = 0;
let cols: i32 = 1;
/** ceil(2^32 / cols): row * rowScale >> 32 is row / cols for every row (an integer division costs ~30 cycles) */
let rowScale: u64 = 0;
let below: i32 = 0;
let root: i32 = 0;

// the scan, kept across returns to JavaScript
let at: i32 = 0;
let last: i32 = 0;
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

export function layout(t: usize, c: usize, k: usize, a: usize, h: usize, r: usize, inp: usize, nCols: i32, acceptBelow: i32, rootRow: i32): void {
  table = t; classes = c; kinds = k; anyBits = a; headBits = h; reqs = r; input = inp;
  cols = nCols; below = acceptBelow; root = rootRow;
  rowScale = (((<u64>1) << 32) + <u64>nCols - 1) / <u64>nCols;
}

/** Starts a scan of input[from, to) at a line start. */
export function start(from: i32, to: i32): void {
  at = from; last = to; s = root; lineStart = from; previousLineStart = -1; mask = 0; deciding = false;
}

export function position(): i32 { return at; }
export function state(): i32 { return s; }
export function lineEnd(): i32 { return lineEnd_; }

/**
 * Runs to the next stop: a position where a STOP literal ends on a line not being decided (state() is the
 * state there), NONE, MISS or LINE. One pass: bits are gathered along every line, and a line holding a TRACK
 * literal is decided at its newline.
 */
export function scan(): i32 {
  // the layout in locals: globals are read from the instance on every use
  const tbl = table;
  const cls = classes;
  const inp = input;
  const acceptBelow = below;
  const end = last;
  let i = at;
  let st = s;
  while (true) {
    // four bytes at a time while none is a newline or ends a literal (or needs a transition computed)
    while (i + 4 <= end) {
      const w = load<u32>(inp + i);
      const nl = w ^ 0x0a0a0a0a;
      if (((nl - 0x01010101) & ~nl & 0x80808080) != 0) break;
      const n0 = load<i32>(tbl + ((<usize>(st + <i32>load<u8>(cls + (w & 0xff)))) << 2));
      if (n0 < acceptBelow) break;
      const n1 = load<i32>(tbl + ((<usize>(n0 + <i32>load<u8>(cls + ((w >> 8) & 0xff)))) << 2));
      if (n1 < acceptBelow) { st = n0; i += 1; break; }
      const n2 = load<i32>(tbl + ((<usize>(n1 + <i32>load<u8>(cls + ((w >> 16) & 0xff)))) << 2));
      if (n2 < acceptBelow) { st = n1; i += 2; break; }
      const n3 = load<i32>(tbl + ((<usize>(n2 + <i32>load<u8>(cls + (w >> 24)))) << 2));
      if (n3 < acceptBelow) { st = n2; i += 3; break; }
      st = n3;
      i += 4;
    }
    if (i >= end) {
      at = i; s = st;
      if (deciding) { deciding = false; lineEnd_ = end; if (passes()) return handBack(); }
      return NONE;
    }
    const b = load<u8>(inp + i);
    if (b == NEWLINE) {
      if (deciding) {
        deciding = false;
        lineEnd_ = i;
        if (passes()) return handBack();
      }
      previousLineStart = lineStart;
      lineStart = i + 1;
      mask = 0;
      st = root;
      i++;
      continue;
    }
    const n = load<i32>(tbl + ((<usize>(st + <i32>load<u8>(cls + b))) << 2));
    if (n < acceptBelow) {
      if (n == 0) { at = i; s = st; return MISS; }
      const k = <usize>((<u64>n * rowScale) >> 32);
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
    st = n;
    i++;
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
  while (i + 8 <= last) {
    const z = zeroBytes(load<u64>(input + i) ^ NEWLINES);
    if (z != 0) return i + (<i32>ctz(z) >> 3);
    i += 8;
  }
  while (i < last && load<u8>(input + i) != NEWLINE) i++;
  return i;
}

/** Whether the line's bits hold one live requirement (reqs: [count, line-start bits, non-ASCII bit, ...]). */
function satisfied(m: u64): bool {
  const count = <i32>load<u64>(reqs);
  for (let j = 0; j < count; j++) {
    const r = load<u64>(reqs + 24 + (<usize>j << 3));
    if ((m & r) == r) return true;
  }
  return false;
}

/** The decision at the line end, fallbacks computed only when they could change it. */
function passes(): bool {
  if (lineEnd_ - lineStart > MAX_WINDOW) return true;
  let m = mask;
  if (satisfied(m)) return true;
  const startBits = load<u64>(reqs + 8);
  const nonAsciiBit = load<u64>(reqs + 16);
  if (!satisfied(m | startBits | nonAsciiBit)) return false;
  // the non-ASCII bit only where no requirement can do without it
  if (nonAsciiBit != 0 && !satisfied(m | startBits) && nonAsciiNear()) m |= nonAsciiBit;
  if (startBits != 0 && !satisfied(m) && satisfied(m | startBits)) m |= startFallback();
  return satisfied(m);
}

const LOW7: u64 = 0x7f7f7f7f7f7f7f7f;
const HIGH: u64 = 0x8080808080808080;
const NEWLINES: u64 = 0x0a0a0a0a0a0a0a0a;

/** 0x80 in each byte of x that is zero (exact, no carries between bytes). */
@inline function zeroBytes(x: u64): u64 {
  return ~(((x & LOW7) + LOW7) | x | LOW7);
}

/** Whether bytes [from, to) hold a non-ASCII byte. */
function hasHigh(from: i32, to: i32): bool {
  let i = from;
  for (; i + 8 <= to; i += 8) if ((load<u64>(input + i) & HIGH) != 0) return true;
  for (; i < to; i++) if (load<u8>(input + i) >= 0x80) return true;
  return false;
}

/** Characters of a UTF-8 line without a trailing CR (line-scanner.ts charCount): bytes less continuation bytes. */
function charCount(from: i32, to: i32): i32 {
  if (to > from && load<u8>(input + to - 1) == CR) to--;
  let continuation = 0;
  let i = from;
  for (; i + 8 <= to; i += 8) {
    const x = load<u64>(input + i);
    continuation += <i32>popcnt(x & ~(x << 1) & HIGH);
  }
  for (; i < to; i++) if ((load<u8>(input + i) & 0xc0) == 0x80) continuation++;
  return to - from - continuation;
}

function wrapWidth(n: i32): bool {
  return n == 80 || n == 100 || n == 120 || n == 132 || n == 140 || n == 150 || n == 160 || n == 180 || n == 200;
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
  return bytes >= 80 && bytes <= MAX_WRAP_BYTES && wrapWidth(charCount(p, from - 1));
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
  for (; i + 8 <= end; i += 8) {
    const x = load<u64>(input + i);
    const spaces = zeroBytes(x ^ SPACES);
    const control = (x - CONTROL_LIMIT) & ~x & HIGH; // a byte below 0x20
    const odd = zeroBytes(x ^ DELS) | zeroBytes(x ^ BRACKETS) | zeroBytes(x ^ BARS);
    if (((x & HIGH) | control | odd | (spaces & (spaces << 8))) != 0 || (space && (spaces & 0x80) != 0)) return false;
    space = (spaces >> 63) != 0;
  }
  for (; i < end; i++) {
    const b = load<u8>(input + i);
    if (b == 0x20) { if (space) return false; space = true; continue; }
    space = false;
    if (b < 0x21 || b > 0x7e || b == 0x5b || b == 0x7c) return false;
  }
  return true;
}

const SPACES: u64 = 0x2020202020202020;
const CONTROL_LIMIT: u64 = 0x2020202020202020;
const DELS: u64 = 0x7f7f7f7f7f7f7f7f;
const BRACKETS: u64 = 0x5b5b5b5b5b5b5b5b;
const BARS: u64 = 0x7c7c7c7c7c7c7c7c;

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
      const x = load<i32>(table + ((<usize>(st + <i32>load<u8>(classes + load<u8>(input + i)))) << 2));
      if (x == 0) return all; // not computed yet: let JavaScript look
      if (x < below) m |= load<u64>(headBits + (<usize>((<u64>x * rowScale) >> 32) << 3));
      st = x;
    }
    from = p;
  }
  return m & all;
}

/** Newlines in input[from, to), eight bytes at a time (an exact zero-byte count of the bytes XOR '\n'). */
export function newlines(from: i32, to: i32): i32 {
  let n = 0;
  let i = from;
  while (i < to && (i & 7) != 0) { if (load<u8>(input + i) == NEWLINE) n++; i++; }
  const ones: u64 = 0x0a0a0a0a0a0a0a0a;
  const low7: u64 = 0x7f7f7f7f7f7f7f7f;
  for (; i + 8 <= to; i += 8) {
    const y = load<u64>(input + i) ^ ones;
    n += <i32>popcnt(~(((y & low7) + low7) | y | low7));
  }
  for (; i < to; i++) if (load<u8>(input + i) == NEWLINE) n++;
  return n;
}
