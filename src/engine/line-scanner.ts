// Finds pattern matches in a log, fast and without catastrophic backtracking: one literal automaton runs
// over the raw UTF-8 bytes, and only the (rare) lines holding a literal are decoded and given to the regexes
// of the patterns that literal guards, on a bounded window of the line.
import { stripVTControlCharacters } from 'node:util';
import type { LiteralAutomaton } from './literal-automaton.js';
import { automatonFor } from './automaton-cache.js';
import { LiteralSet } from './literal-set.js';
import { LineConditions, type FilterState } from './line-conditions.js';
import { wasmScanFor, wasmScanMade, type WasmScan } from './prefilter.js';
import { ASCII_OF_TYPOGRAPHIC_QUOTE, DIRTY_MARKERS, normalLine } from './literals/normal-form.js';
import type { PatternSpec } from './rule-types.js';
import { LINE_HEAD, MAX_WINDOW, MAX_WRAP_LINES, MAX_WRAP_WIDTH, MIN_WRAP_WIDTH, WRAP_WIDTHS, isWrapWidth } from './glue-rules.js';
import { startsRecord } from './wrapped-lines.js';
import { LOG_PREFIX, STAMPED_RECORD } from './log-line-grammar.js';
import { edgeChars, NON_ASCII } from './literals/join-edges.js';
import { utf8Bytes } from './utf8-bytes.js';
import { CharCounter } from './char-count.js';
import { bufferView } from '../input/buffer-view.js';
import { QUOTE_PREFIX } from './paste-marks.js';
import { LineMemo, MAX_MEMO_LINE, type MemoMatch, type MemoOutcome } from './line-memo.js';

export interface CompiledPattern<T> {
  literals: string[];
  /** whether a match can span a line and the next joined with a space (PatternSpec.joins) */
  joins: boolean;
  /**
   * PatternSpec.joinEdges as flags by character code (NON_ASCII for the others): which last character of a
   * line and which first character of the next one a joined match can hold; null = any
   */
  joinBefore: Uint8Array | null;
  joinAfter: Uint8Array | null;
  /** AND-literals (PatternSpec.alsoLiterals): the line must also hold one of these; null = none */
  also: string[] | null;
  /**
   * PatternSpec.alsoNear: the AND-literals may stand on a neighbouring line: a line without one is not tried
   * alone, only joined with the lines around it (the WebAssembly prefilter lets such lines through by its fallbacks)
   */
  alsoNear: boolean;
  /** PatternSpec.lineStartLiterals: the line must begin with one of these; null = none */
  starts: string[] | null;
  /** every match holds a non-ASCII character (PatternSpec.nonAscii) */
  nonAscii: boolean;
  regex: RegExp;
  /** what the caller attached to this pattern (a signal name, a fact spec…) */
  tag: T;
}

export interface LineMatch<T> {
  pattern: CompiledPattern<T>;
  /** 1-based line number in the decoded input */
  line: number;
  /** the cleaned line (ANSI codes and quote markers removed), trimmed */
  text: string;
  /** the named groups of the match (the regex's own object: null prototype; copy what is kept) */
  groups: Record<string, string>;
}

/**
 * Chunks from this size on are scanned by the WebAssembly prefilter (prefilter.ts); a paste is scanned at
 * once in JavaScript (instantiating the module and filling its tables costs more than it saves there), with
 * its byte loop in WebAssembly where the module is there already (a long-lived process's warm start made it:
 * WasmScan.findPlain / collectPlain give the automaton's own answers). GPU_DOCTOR_PREFILTER=wasm|js forces
 * one of them (tests, benchmarks; js: no WebAssembly at all).
 */
const WASM_MIN_BYTES = 256 << 10;
const PREFILTER = ((v) => (v === 'js' || v === 'wasm' ? v : undefined))(process.env.GPU_DOCTOR_PREFILTER);

/** A line decoded and cleaned (LineScanner.decode()): its byte range in the current chunk; `ascii`: its bytes were all ASCII. */
interface DecodedLine {
  from: number;
  to: number;
  text: string;
  ascii: boolean;
  /** whether the text is a STAMPED_RECORD / startsRecord(): 1, 0, or -1 (not asked yet) */
  stamped: number;
  record: number;
}

/** Whether a line is a STAMPED_RECORD (asked once per decoded line; its first characters tell most lines). */
function stampedOf(line: DecodedLine): boolean {
  if (line.stamped < 0) line.stamped = mayBeStamped(line.text) && STAMPED_RECORD.test(line.text) ? 1 : 0;
  return line.stamped === 1;
}

/** Whether a line begins the way a new log line does (startsRecord(), asked once per decoded line). */
function recordOf(line: DecodedLine): boolean {
  if (line.record < 0) line.record = startsRecord(line.text) ? 1 : 0;
  return line.record === 1;
}

// The per-line tests below read fixed positions of lines that may be shorter (an empty line, a two-character
// one) only after checking the length: charCodeAt past a string's end makes V8 throw away the optimised code
// of the function (an 'out of bounds' deoptimisation, once for each such read), and the scan runs unoptimised
// for several pastes until it is optimised again. (-1 stands for "no character", as NaN did: every comparison
// below answers the same for both. The check is written out at each place, not in one shared helper: its
// `length` read would see every kind of string V8 makes and go megamorphic.)

/** Whether a text can be a STAMPED_RECORD: a date's digits and separator, or glog's level letter and a digit. */
function mayBeStamped(text: string): boolean {
  const n = text.length;
  const c = n > 0 ? text.charCodeAt(0) : -1;
  if (c >= 0x30 && c <= 0x39) {
    const sep = n > 4 ? text.charCodeAt(4) : -1;
    return sep === 0x2d || sep === 0x2f;
  }
  const d = n > 1 ? text.charCodeAt(1) : -1;
  return (c === 0x49 || c === 0x57 || c === 0x45 || c === 0x46) && d >= 0x30 && d <= 0x39;
}

/** text.trim() === '' (most lines start with a printable ASCII character and are not blank). */
function isBlank(text: string): boolean {
  if (text.length === 0) return true;
  const c = text.charCodeAt(0);
  return !(c > 0x20 && c < 0x7f) && text.trim() === '';
}

/** LineMatch.groups of a pattern without named groups. */
const NO_GROUPS: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** LineScanner.nextRead before nextLine() ran. */
const NOT_READ = -2;

/** Blank lines skipped when a line is read together with the next one. */
const MAX_BLANK_SKIP = 2;
/**
 * Stamped records of a framework skipped too, after a line that is not one (the answer to
 * `python -c "import tensorflow as tf; print(tf.__version__)"` comes after the records the import logged),
 * with the continuation lines of such a record (long lines that start no record of their own).
 */
const MAX_RECORD_SKIP = 6;
const MIN_CONTINUATION_CHARS = 40;
/** Decoded lines kept for a second look: a line and those nextLine() reads after it, with room to spare. */
const RECENT_LINES = 2 + MAX_BLANK_SKIP + MAX_RECORD_SKIP + 2;
/** The line memo's rests (LineScanner.memoResting): lines looked up in a window, the hits that keep it on, stops a rest lasts. */
const MEMO_WINDOW = 256;
const MEMO_MIN_HITS = 8;
const MEMO_REST = 2048;

/** Characters of a line's head compared with line-start literals (literals are at most 32; LINE_HEAD bytes are read). */
const HEAD_CHARS = 48;
const NEWLINE = 0x0a;
const CR = 0x0d;
// A line of exactly a console's width (WRAP_WIDTHS, cleaned or as pasted: a quote marker or a log prefix may
// have taken columns too) was probably cut there by a copy from the screen (Windows conhost, tmux), in the middle of a
// word, so its halves are joined without a space. A log with several such cuts is joined back before the scan
// (wrapped-lines.ts); these retries catch a single cut. The widths and limits are in glue-rules.ts, shared with
// the WebAssembly prefilter.

/** By a line's length in bytes (a CR included or not), whether it may be a console-wide ASCII line (glueAfter()). */
const GLUE_BYTES_WIDE = new Uint8Array(MAX_WRAP_WIDTH + 2);
for (const w of WRAP_WIDTHS) GLUE_BYTES_WIDE[w] = GLUE_BYTES_WIDE[w + 1] = 1;
/**
 * A paste at most this long is also read across every line break as across a space, for a literal a word wrap
 * cut (spacedAfter()): a mail client or a chat cuts a short paste's one or two long lines, too few cuts for its
 * wrap to be told (wrapped-lines.ts). Bounded so, the extra automaton steps stay below the chunk's own.
 */
const SHORT_PASTE_BYTES = 16 << 10;
const SPACE = 0x20;
const TAB = 0x09;
const mayGlue = (bytes: number): boolean => bytes <= MAX_WRAP_WIDTH + 1 && GLUE_BYTES_WIDE[bytes] === 1;

// ANSI colour codes whose ESC byte was lost in a copy-paste, e.g. "[31m", "[0;32m"
const BARE_ANSI = /\[(?:\d{1,3}(?:;\d{1,3})*)?m/g;

// What log collectors and loggers put before each line (log-line-grammar.ts): patterns anchored at the line
// start look past it. TensorFlow's own "2024-05-01 10:00:00.123456: W …" stamp is not one of these, nor pip's
// and the driver installer's own bare "ERROR: " / "WARNING: ", which belong to the message.
/** First characters of a logger level (INFO, DEBUG, TRACE, NOTICE, WARNING, ERROR, CRITICAL): such a line may carry one. */
const LEVEL_INITIAL = Uint8Array.from({ length: 128 }, (_, c) => ([0x49, 0x44, 0x54, 0x4e, 0x57, 0x45, 0x43].includes(c) ? 1 : 0));
/** ... or a level word followed by a month-day (vLLM's `INFO 01-30 11:53:52 …`) */
const VLLM_LEVEL = /^[A-Z]{4,8} \d\d-\d\d /;

// Text copied from web pages (forums, scraped issues) keeps HTML entities and non-breaking spaces
const HTML_ENTITY = /&(?:quot|apos|lt|gt|amp|nbsp|#39|#x27|#34);/g;
const ENTITY_TEXT: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&', '&nbsp;': ' ', '&#39;': "'", '&#x27;': "'", '&#34;': '"' };
// (the web's spaces, and the zero-width one removed; one list for the test, the replacement and MARKED_STEPS)
const WEB_SPACE_CHARS = '\u00a0\u2007\u202f\u200b';
const WEB_SPACE = new RegExp(`[${WEB_SPACE_CHARS}]`);
const WEB_SPACES = new RegExp(WEB_SPACE.source, 'g');
// ... and typographic quotes where the program printed ASCII ones (couldn’t, “nvcc”)
const TYPOGRAPHIC_QUOTE_CHARS = Object.keys(ASCII_OF_TYPOGRAPHIC_QUOTE).join('');
const TYPOGRAPHIC_QUOTE = new RegExp(`[${TYPOGRAPHIC_QUOTE_CHARS}]`);
const TYPOGRAPHIC_QUOTES = new RegExp(TYPOGRAPHIC_QUOTE.source, 'g');
/** Any character the marked steps of cleaned() look for: one search tells a line that needs none of them. */
const MARKED_STEPS = new RegExp(`[\x1b\x9b&${WEB_SPACE_CHARS}${TYPOGRAPHIC_QUOTE_CHARS}]`);

/** The line as the patterns read it. */
export function cleanLine(raw: string): string {
  return cleaned(raw, true);
}

/**
 * cleanLine(), where `marked` false says the automaton found none of DIRTY_MARKERS on the line as pasted: what
 * only those call for (escape sequences, HTML entities, Unicode spaces, typographic quotes) is then not looked
 * for, unless removing bare colour codes changed the line; `hasCR` false says the line holds no carriage return.
 */
function cleaned(raw: string, marked: boolean, hasCR = true): string {
  let s = raw;
  if (hasCR) {
    if (s.length > 0 && s.charCodeAt(s.length - 1) === CR) s = s.slice(0, -1);
    if (s.includes('\r')) s = withoutBars(s);
  }
  if (marked && !MARKED_STEPS.test(s)) marked = false; // (the usual line: one search instead of four)
  if (marked && (s.includes('\x1b') || s.includes('\x9b'))) s = stripVTControlCharacters(s);
  if (mayHoldBareAnsi(s)) {
    const bare = s.replace(BARE_ANSI, '');
    if (bare !== s) [s, marked] = [bare, true]; // (removing a code may have joined an entity's halves)
  }
  if (marked) {
    if (s.includes('&')) s = s.replace(HTML_ENTITY, (e) => ENTITY_TEXT[e] ?? e);
    if (WEB_SPACE.test(s)) s = s.replace(WEB_SPACES, (c) => (c === '\u200b' ? '' : ' '));
    if (TYPOGRAPHIC_QUOTE.test(s)) s = s.replace(TYPOGRAPHIC_QUOTES, (c) => ASCII_OF_TYPOGRAPHIC_QUOTE[c] ?? c);
  }
  if (s.length === 0) return s;
  const first = s.charCodeAt(0); // most lines start with neither '>' nor white space: skip the regex
  // (QUOTE_PREFIX needs a '>' within the first four characters)
  if (first === 0x3e || ((first <= 0x20 || first > 0x7e) && quoteMarkWithin4(s) && /^\s/.test(s))) s = s.replace(QUOTE_PREFIX, '');
  return stripLogPrefix(s);
}

/** Whether one of the first four characters is '>'. */
function quoteMarkWithin4(s: string): boolean {
  const n = Math.min(4, s.length);
  for (let i = 0; i < n; i++) if (s.charCodeAt(i) === 0x3e) return true;
  return false;
}

/**
 * A line holding carriage returns is what a terminal drew over in place: progress bars (tqdm, pip, rich) drawn
 * again and again, then the message printed over the last one. Captured to a file (2>&1 | tee, a Discord
 * message.txt) they stay one line. The bars are dropped; what else was drawn stays as it was (a line of bars
 * only keeps its last one).
 */
function withoutBars(s: string): string {
  const parts = s.split('\r');
  const kept = parts.filter((p) => p.trim() !== '' && !isProgressBar(p));
  if (kept.length === parts.length) return s;
  if (kept.length > 0) return kept.join('\r');
  for (let i = parts.length - 1; i >= 0; i--) if (parts[i]!.trim() !== '') return parts[i]!;
  return '';
}

/** tqdm's ' 45%|████▌     | 45/100 [00:01<00:02, 30.1it/s]', pip's and rich's '━━━━' bars. */
function isProgressBar(part: string): boolean {
  return part.includes('%|') || part.includes('it/s]') || part.includes('s/it]') || part.includes('\u2501\u2501');
}

function stripLogPrefix(s: string): string {
  // only lines that can carry a prefix pay for the regex: '[', '(', a stamp (digitStamp), syslog's 'May  1 10:',
  // a level's initial followed by ':' within 9 characters, or a ' | ' column starting before character 72
  // (searched back from there, not along the whole line); a line without a prefix is returned as it is
  const n = s.length;
  const first = n > 0 ? s.charCodeAt(0) : -1;
  const stamped = first >= 0x30 && first <= 0x39 ? digitStamp(s) : n > 9 && s.charCodeAt(3) === 0x20 && s.charCodeAt(9) === 0x3a && first >= 0x41 && first <= 0x5a;
  // (VLLM_LEVEL wants a second capital: "Is", "Collecting", "Traceback" skip the regex)
  const second = n > 1 ? s.charCodeAt(1) : -1;
  const leveled = first >= 0 && first < 0x80 && LEVEL_INITIAL[first] === 1 && (colonWithin(s, 4, 8) || (second >= 0x41 && second <= 0x5a && VLLM_LEVEL.test(s)));
  if (first !== 0x5b && first !== 0x28 && !stamped && !leveled && !columnBefore(s, 71)) return s;
  const prefix = LOG_PREFIX.exec(s)?.[0] ?? '';
  return prefix === '' ? s : s.slice(prefix.length);
}

/** Whether s holds ':' at a position in [from, to]. */
function colonWithin(s: string, from: number, to: number): boolean {
  for (let i = from; i <= to && i < s.length; i++) if (s.charCodeAt(i) === 0x3a) return true;
  return false;
}

/** Whether a ' | ' column separator starts at a position in [1, last] (searched by its rare '|'). */
function columnBefore(s: string, last: number): boolean {
  for (let bar = s.indexOf('|', 2); bar >= 2 && bar <= last + 1; bar = s.indexOf('|', bar + 1)) {
    if (s.charCodeAt(bar - 1) === 0x20 && bar + 1 < s.length && s.charCodeAt(bar + 1) === 0x20) return true;
  }
  return false;
}

/** Whether s may hold a colour code that lost its ESC (BARE_ANSI): a '[' followed by digits and ';' then 'm'. */
function mayHoldBareAnsi(s: string): boolean {
  for (let at = s.indexOf('['); at >= 0; at = s.indexOf('[', at + 1)) {
    let i = at + 1;
    const n = s.length;
    let c = i < n ? s.charCodeAt(i) : -1;
    while ((c >= 0x30 && c <= 0x39) || c === 0x3b) c = ++i < n ? s.charCodeAt(i) : -1;
    if (c === 0x6d) return true;
  }
  return false;
}

/**
 * Whether a line starting with a digit may start with a stamp LOG_PREFIX strips: RFC 3339 ('YYYY-MM-DDT'), a
 * bare 'hh:mm:ss', or 'YYYY-MM-DD hh:mm:ss[.,fraction]' followed by a space (Python logging, loguru), not by
 * TensorFlow's ': ' (its stamp is part of the message).
 */
function digitStamp(s: string): boolean {
  const n = s.length;
  const c10 = n > 10 ? s.charCodeAt(10) : -1;
  if (c10 === 0x54 || (n > 5 && s.charCodeAt(2) === 0x3a && s.charCodeAt(5) === 0x3a)) return true;
  if (c10 !== 0x20 || n <= 13 || s.charCodeAt(13) !== 0x3a) return false;
  let i = 19;
  const c = i < n ? s.charCodeAt(i) : -1;
  if (c === 0x2e || c === 0x2c) do i++; while (i < n && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39);
  return i < n && s.charCodeAt(i) === 0x20;
}

export function compilePattern<T>(spec: PatternSpec, tag: T): CompiledPattern<T> {
  return new LazyPattern(spec, tag);
}

/**
 * A pattern whose RegExp is built the first time a line reaches it: a short log reaches a few of the ~450
 * patterns, and building them all (V8 parses each at `new RegExp`) was ~20 M instructions of every start.
 */
class LazyPattern<T> implements CompiledPattern<T> {
  readonly literals: string[];
  readonly joins: boolean;
  readonly also: string[] | null;
  readonly alsoNear: boolean;
  readonly starts: string[] | null;
  readonly nonAscii: boolean;
  private compiled: RegExp | undefined;

  constructor(private readonly spec: PatternSpec, readonly tag: T) {
    this.literals = spec.literals;
    this.joins = spec.joins !== false;
    this.also = spec.alsoLiterals ?? null;
    this.alsoNear = spec.alsoNear === true;
    this.starts = spec.lineStartLiterals ?? null;
    this.nonAscii = spec.nonAscii === true;
  }

  get regex(): RegExp {
    return (this.compiled ??= new RegExp(this.spec.pattern, (this.spec.flags ?? 'i').replace(/[gy]/g, '')));
  }

  // (read from the spec on first use, as the regex: a start builds ~550 patterns and retries with a few)
  get joinBefore(): Uint8Array | null {
    if (this.before === undefined) this.before = charFlags(this.spec.joinEdges?.before);
    return this.before;
  }

  get joinAfter(): Uint8Array | null {
    if (this.after === undefined) this.after = charFlags(this.spec.joinEdges?.after);
    return this.after;
  }

  private before: Uint8Array | null | undefined;
  private after: Uint8Array | null | undefined;
}

/** A join edge's characters as flags by code (NON_ASCII for every code from it on); null for undefined (any). */
function charFlags(written: string | undefined): Uint8Array | null {
  return written === undefined ? null : edgeChars(written);
}

/** `spare` holding a copy of `counts`, or a new copy when there is no spare. */
function refilled(spare: Int32Array | undefined, counts: Int32Array): Int32Array {
  if (!spare) return counts.slice();
  spare.set(counts);
  return spare;
}

/**
 * Whether the line at `at` may be the rest of a line a console cut before it: the rest starts at column 0 (one
 * space: a cut before a word), and a line starting as a new record does (a date or a time of day, told from its
 * bytes; a bracketed stamp or level, read by startsRecord) is its own (wrapped-lines.ts joins neither).
 */
function mayBeRest(buf: Buffer, at: number): boolean {
  const b = buf[at]!;
  if (b === SPACE || b === TAB) return buf[at + 1] !== SPACE && buf[at + 1] !== TAB;
  if (isDigit(b)) return !(isDigit(buf[at + 1]) && (buf[at + 2] === 0x3a || (isDigit(buf[at + 2]) && isDigit(buf[at + 3]) && (buf[at + 4] === 0x2d || buf[at + 4] === 0x2f))));
  if (b !== 0x5b) return true;
  let end = buf.indexOf(NEWLINE, at);
  if (end < 0 || end > at + RECORD_HEAD_BYTES) end = Math.min(buf.length, at + RECORD_HEAD_BYTES);
  return !startsRecord(buf.toString('latin1', at, end));
}
const RECORD_HEAD_BYTES = 64;
const isDigit = (b: number | undefined): boolean => b !== undefined && b >= 0x30 && b <= 0x39;

/** Whether character code `c` (-1: none, the line is empty) is one of the flags (null: any). */
function edgeHolds(flags: Uint8Array | null, c: number): boolean {
  return flags === null || (c >= 0 && flags[c < NON_ASCII ? c : NON_ASCII] === 1);
}

/**
 * What a PatternIndex derives from its patterns and the automaton, as plain data: the build saves it with the
 * rule set (rule-set-cache.ts), so that a start reads these tables instead of deriving them (~50 M
 * instructions of a one-line diagnose, most of it run once in V8's interpreter). Only ever made by toSaved().
 */
export interface SavedPatternIndex {
  /** the patterns' literals by id (the automaton's literals are these, then DIRTY_MARKERS) */
  literals: string[];
  idsByLiteral: number[][];
  alsoOf: Array<number[] | null>;
  /** acceptingStatesOf() */
  statesOf: number[][];
  /** settleCounts()'s liveIn and neededIn */
  liveIn: number[];
  neededIn: number[];
}

/** What a scanner starts settling from: patterns per literal, per accepting state its stopping and needed literals. */
interface SettleCounts {
  patternsOf: Int32Array;
  liveIn: Int32Array;
  neededIn: Int32Array;
}

/** A PatternIndex's tables besides its automaton: derived from its patterns (deriveTables) or saved (fromSaved). */
interface IndexTables {
  literals: string[];
  idsByLiteral: number[][];
  alsoOf: Array<number[] | null>;
  /** known when saved; else computed on first use */
  statesOf?: number[][];
  counts?: SettleCounts;
}

/** The literals of the patterns (ids by first use), the patterns each one guards (in id order), AND-literals. */
function deriveTables(patterns: readonly CompiledPattern<unknown>[]): IndexTables {
  const ids = new Map<string, number>();
  const idsByLiteral: number[][] = [];
  const idOf = (lit: string): number => {
    let id = ids.get(lit);
    if (id === undefined) {
      id = ids.size;
      ids.set(lit, id);
      idsByLiteral.push([]);
    }
    return id;
  };
  patterns.forEach((p, i) => {
    for (const lit of p.literals) {
      const guarded = idsByLiteral[idOf(lit)]!;
      if (!guarded.includes(i)) guarded.push(i);
    }
  });
  const alsoOf = patterns.map((p) => (p.also ? p.also.map(idOf) : null));
  return { literals: [...ids.keys()], idsByLiteral, alsoOf };
}

/** The immutable part of a scanner (automaton + which patterns each literal guards); build once per rule set. */
export class PatternIndex<T> {
  readonly automaton: LiteralAutomaton;
  /** patterns guarded by each literal, by literal id */
  readonly byLiteral: CompiledPattern<T>[][];

  /** each pattern's position in `patterns` (a scanner keeps per-pattern state by it) */
  readonly patternIds = new Map<CompiledPattern<T>, number>();
  /** literal ids from this one on are DIRTY_MARKERS: the line must be cleaned before its literals are known */
  readonly firstMarker: number;
  /** the literals by id (the automaton's first ones) */
  private readonly literals: string[];
  /** literal → id, made on first use */
  private literalIds: Map<string, number> | null = null;
  /** the accepting states of the automaton each literal ends in (for a scanner's quiet mask) */
  private statesOf: number[][] | null = null;

  /** `tables`: derived from the patterns unless given (fromSaved). */
  constructor(readonly patterns: CompiledPattern<T>[], tables: IndexTables = deriveTables(patterns)) {
    patterns.forEach((p, i) => this.patternIds.set(p, i));
    this.literals = tables.literals;
    this.idsByLiteral = tables.idsByLiteral;
    this.byLiteral = tables.idsByLiteral.map((ids) => ids.map((id) => patterns[id]!));
    this.alsoOf = tables.alsoOf;
    this.statesOf = tables.statesOf ?? null;
    this.counts = tables.counts ?? null;
    this.isAlso = new Uint8Array(this.literals.length);
    for (const also of this.alsoOf) for (const id of also ?? []) this.isAlso[id] = 1;
    this.firstMarker = this.literals.length;
    this.automaton = automatonFor([...this.literals, ...DIRTY_MARKERS]);
    // states where only AND-literals end never stop the scan
    if (this.alsoOf.some((a) => a !== null)) {
      const counts = this.counts?.liveIn ?? this.liveLiteralsPerState();
      this.initialQuiet = Uint8Array.from(counts, (n, k) => (k > 0 && n === 0 ? 1 : 0));
    }
  }

  /** The index of these patterns from the tables toSaved() gave for exactly them (the build's, rule-set-cache.ts). */
  static fromSaved<T>(patterns: CompiledPattern<T>[], saved: SavedPatternIndex): PatternIndex<T> {
    return new PatternIndex(patterns, {
      literals: saved.literals, idsByLiteral: saved.idsByLiteral, alsoOf: saved.alsoOf,
      statesOf: saved.statesOf,
      counts: { patternsOf: Int32Array.from(saved.idsByLiteral, (ids) => ids.length), liveIn: Int32Array.from(saved.liveIn), neededIn: Int32Array.from(saved.neededIn) },
    });
  }

  /** The derived tables, for a later PatternIndex of the same patterns (the build saves them). */
  toSaved(): SavedPatternIndex {
    const { liveIn, neededIn } = this.settleCounts();
    return {
      literals: this.literals, idsByLiteral: this.idsByLiteral, alsoOf: this.alsoOf,
      statesOf: this.acceptingStatesOf(), liveIn: [...liveIn], neededIn: [...neededIn],
    };
  }

  /** byLiteral as pattern ids (positions in `patterns`) */
  readonly idsByLiteral: number[][];
  /** By literal id: 1 when it is some pattern's AND-literal (collected on a line even when it stops nothing) */
  readonly isAlso: Uint8Array;
  /** By pattern id, the literal ids of its AND-literals (null: none). */
  readonly alsoOf: Array<number[] | null>;
  /** The quiet mask a scan starts with (AND-literals only), or undefined when every literal stops. */
  readonly initialQuiet: Uint8Array | undefined;

  /** Bytes of the longest literal (UTF-8), a few more for white-space runs the automaton reads as one space. */
  get maxLiteralBytes(): number {
    return (this.longest ??= 8 + this.literals.reduce((m, lit) => Math.max(m, Buffer.byteLength(lit)), 0));
  }

  private longest: number | undefined;

  literalId(literal: string): number {
    return this.literalIdOf(literal)!;
  }

  /** The ids of a pattern's literals, each once (made on first use: settling a pattern reads them). */
  literalIdsOfPattern(patternId: number): Int32Array {
    let ids = this.patternLiteralIds[patternId];
    if (!ids) this.patternLiteralIds[patternId] = ids = Int32Array.from(new Set(this.patterns[patternId]!.literals), (lit) => this.literalId(lit));
    return ids;
  }

  private readonly patternLiteralIds: Array<Int32Array | undefined> = [];

  /** The id of a literal, or undefined when no pattern has it. */
  literalIdOf(literal: string): number | undefined {
    this.literalIds ??= new Map(this.literals.map((lit, id) => [lit, id]));
    return this.literalIds.get(literal);
  }

  /** The per-line conditions of the WebAssembly prefilter (built on first use). */
  lineConditions(): LineConditions {
    return (this.conditions ??= new LineConditions(this));
  }

  private conditions: LineConditions | null = null;

  /** Scan arrays given back by finished scanners (LineScanner.release()). */
  readonly pool: ScanArrays[] = [];

  /** By literal id, the automaton's accepting states that literal ends in (computed on first use). */
  acceptingStatesOf(): number[][] {
    if (this.statesOf) return this.statesOf;
    const statesOf: number[][] = this.byLiteral.map(() => []);
    for (let k = 1; k <= this.automaton.acceptingStates; k++) {
      for (const id of this.automaton.outputsOf(k)) if (id < this.firstMarker) statesOf[id]!.push(k);
    }
    return (this.statesOf = statesOf);
  }

  /**
   * The counts a scanner starts settling from (copied, never changed): patterns per literal, and per
   * accepting state its stopping and its needed literals (liveLiteralsPerState). Made once per rule set: a
   * scan that settles a pattern needs them, and making them cost more than scanning a 10 KB paste.
   */
  settleCounts(): SettleCounts {
    return (this.counts ??= { patternsOf: Int32Array.from(this.byLiteral, (ps) => ps.length), liveIn: this.liveLiteralsPerState(), neededIn: this.liveLiteralsPerState(true) });
  }

  private counts: SettleCounts | null = null;

  /**
   * By accepting state, how many of its literals stop the scan (they guard patterns, or are markers), or with
   * `collected`, how many a line's literal set needs (AND-literals too).
   */
  liveLiteralsPerState(collected = false): Int32Array {
    const counts = new Int32Array(this.automaton.acceptingStates + 1);
    for (let k = 1; k <= this.automaton.acceptingStates; k++) {
      for (const id of this.automaton.outputsOf(k)) if (id >= this.firstMarker || this.byLiteral[id]!.length > 0 || (collected && this.isAlso[id] === 1)) counts[k]!++;
    }
    return counts;
  }
}

/**
 * The per-scan arrays of a LineScanner, handed back by release() and taken by the next scanner of the same
 * index: a short log paid more for making them (typed arrays are zeroed and allocated outside the JS heap)
 * than for scanning. Their content is reset when taken.
 */
interface ScanArrays {
  literalIds: LiteralSet;
  done: Uint8Array;
  listed: Int32Array;
  stamp: number;
  quiet: Uint8Array | undefined;
  /** settle()'s counters (made on a scan's first settled pattern), or null */
  settled: { livePatternsOf: Int32Array; liveLiteralsIn: Int32Array; neededLiteralsIn: Int32Array; dead: Uint8Array } | null;
}

/** Released scan arrays an index keeps (scans running at once in one process, as a server's). */
const MAX_POOLED_SCANS = 8;

/** Called for every match; returning true says this pattern's later matches would change nothing. */
export type OnMatch<T> = (m: LineMatch<T>) => boolean | void;

/** Scans one log: chunks of whole lines in order (or pieces of one very long line); counts lines. */
export class LineScanner<T> {
  private readonly index: PatternIndex<T>;
  private readonly automaton: LiteralAutomaton;
  /** the literals of the line being looked at */
  private literalIds: LiteralSet;
  private lineNo = 1;
  /** true when the previous chunk ended in the middle of a line */
  private midLine = false;
  /** start and end (newline offset) of the last line handed to the regexes, in the current chunk */
  private lastEnd = -2;
  private lastStart = -2;
  /**
   * the candidate patterns of a line holding several literals, in id order; the
   * live ones, each with whether it was a candidate of the last line handed to the regexes too (1/0). These
   * arrays are never shortened (an array's length set is a call into V8's runtime): a count says how much of
   * each is the current line's.
   */
  private readonly candidateList: number[] = [];
  private readonly candidateWas: number[] = [];
  private readonly live: number[] = [];
  private readonly liveWas: number[] = [];
  /** by live pattern: 1 when the line alone may match, 0 when it lacks the pattern's AND-literals (alsoNear: tried joined only) */
  private readonly liveAlone: number[] = [];
  /**
   * by pattern id, the stamp of the last line it was a candidate on (a line's stamp is one more than the line
   * handed to the regexes before it): candidates are listed once a line, and the previous line's are known
   */
  private listed: Int32Array;
  private stamp = 0;
  /**
   * Patterns whose result can no longer change (onMatch said so): a context signal such as "TensorFlow is
   * mentioned" that every line of a TF log carries is tried a few times, not on every line.
   */
  private done: Uint8Array;
  /**
   * Settled literals leave the automaton: a literal whose patterns are all done no longer stops the scan
   * (quiet[state] = 1 once every literal ending in that accepting state is settled). Counts are made on the
   * first settled pattern, so a short paste that settles nothing pays nothing.
   */
  private quiet: Uint8Array | undefined;
  /**
   * The lines decoded last in the current chunk (byte range, cleaned text), a ring: nextLine() reads ahead
   * lines that matchLine() may stop on next, and a line is decoded and cleaned once.
   */
  private readonly recent: DecodedLine[] = Array.from({ length: RECENT_LINES }, () => ({ from: -1, to: -1, text: '', ascii: true, stamped: -1, record: -1 }));
  private recentNext = 0;
  /** characters of the current chunk's lines (console widths are in characters) */
  private readonly chars = new CharCounter();
  /** the current line's first characters, cleaned, lower case, white space collapsed (for line-start literals) */
  private head: string | null = null;
  /** whether literalIds holds the current line's literals from its start (not only from the first stop on) */
  private lineCollected = false;
  /** whether the current line holds one of DIRTY_MARKERS (cleanLine looks for what they stand for) */
  private marked = true;
  private livePatternsOf: Int32Array | null = null;
  private liveLiteralsIn: Int32Array | null = null;
  /** accepting states whose literals a line's literal set no longer needs (all settled): collect() skips them */
  private dead: Uint8Array | undefined;
  private neededLiteralsIn: Int32Array | null = null;
  /** the WebAssembly prefilter and this scan's filter state (made on the first chunk large enough) */
  private wasm: WasmScan | null | undefined;
  /** for a chunk the JavaScript loop scans: the WebAssembly module running its byte loop, or null (the automaton's own) */
  private plain: WasmScan | null = null;
  private filter: FilterState | null = null;

  /** `prefilter` forces the byte loop used (tests); by default large chunks go to WebAssembly when it is built. */
  constructor(patterns: CompiledPattern<T>[] | PatternIndex<T>, private readonly prefilter: 'js' | 'wasm' | undefined = PREFILTER) {
    this.index = patterns instanceof PatternIndex ? patterns : new PatternIndex(patterns);
    this.automaton = this.index.automaton;
    const reused = this.index.pool.pop();
    if (reused) {
      this.literalIds = reused.literalIds;
      this.done = reused.done.fill(0);
      this.listed = reused.listed;
      this.stamp = reused.stamp;
      const initial = this.index.initialQuiet;
      this.quiet = initial ? (reused.quiet ?? new Uint8Array(initial.length)) : undefined;
      if (initial) this.quiet!.set(initial);
      this.spareQuiet = initial ? undefined : reused.quiet;
      this.spareCounters = reused.settled;
    } else {
      this.literalIds = new LiteralSet(this.automaton.literals.length);
      this.done = new Uint8Array(this.index.patterns.length);
      this.listed = new Int32Array(this.index.patterns.length);
      this.quiet = this.index.initialQuiet?.slice();
    }
  }

  /** Arrays of an earlier scan this one may fill instead of making new ones (settle()). */
  private spareQuiet: Uint8Array | undefined;
  private spareCounters: ScanArrays['settled'] = null;
  private released = false;

  /**
   * Ends this scan: its arrays go back to the index for the next scanner (lines stays readable; scanning
   * again throws). A scanner that is never released is simply collected.
   */
  release(): void {
    if (this.released) return;
    this.released = true;
    // (the WebAssembly prefilter's filter state holds on to quiet and done)
    if (this.filter !== null || this.index.pool.length >= MAX_POOLED_SCANS) return;
    const settled = this.livePatternsOf
      ? { livePatternsOf: this.livePatternsOf, liveLiteralsIn: this.liveLiteralsIn!, neededLiteralsIn: this.neededLiteralsIn!, dead: this.dead! }
      : this.spareCounters;
    this.index.pool.push({ literalIds: this.literalIds, done: this.done, listed: this.listed, stamp: this.stamp, quiet: this.quiet ?? this.spareQuiet, settled });
  }

  /** The patterns this scanner runs, in a fixed order. */
  get patterns(): readonly CompiledPattern<T>[] {
    return this.index.patterns;
  }

  /** Whether a pattern's result is final (its later matches are not looked for). */
  isSettled(p: CompiledPattern<T>): boolean {
    return this.done[this.index.patternIds.get(p)!] === 1;
  }

  /** Stops looking for a pattern: its later matches would change nothing. */
  settle(p: CompiledPattern<T>): void {
    const id = this.index.patternIds.get(p)!;
    if (this.done[id] === 1) return;
    this.done[id] = 1;
    if (this.livePatternsOf === null) {
      // (a released scan's counters are refilled where there are some: copied from the index's otherwise)
      const counts = this.index.settleCounts();
      const spare = this.spareCounters;
      this.spareCounters = null;
      this.livePatternsOf = refilled(spare?.livePatternsOf, counts.patternsOf);
      this.liveLiteralsIn = refilled(spare?.liveLiteralsIn, counts.liveIn);
      this.neededLiteralsIn = refilled(spare?.neededLiteralsIn, counts.neededIn);
      this.dead = spare?.dead.fill(0) ?? new Uint8Array(counts.liveIn.length);
      this.quiet ??= this.spareQuiet?.fill(0) ?? new Uint8Array(counts.liveIn.length);
      this.spareQuiet = undefined;
    }
    const statesOf = this.index.acceptingStatesOf();
    for (const litId of this.index.literalIdsOfPattern(id)) {
      if (--this.livePatternsOf[litId]! !== 0) continue;
      for (const k of statesOf[litId]!) {
        if (--this.liveLiteralsIn![k]! === 0) this.quiet![k] = 1;
        if (this.index.isAlso[litId] === 0 && --this.neededLiteralsIn![k]! === 0) this.dead![k] = 1;
      }
    }
    if (this.filter) this.index.lineConditions().settled(this.filter, id, this.quiet, this.done, p.literals.flatMap((lit) => statesOf[this.index.literalId(lit)]!));
  }

  /** The WebAssembly prefilter for a chunk of this size, or null (small chunks: the JavaScript loop starts at once). */
  private wasmFor(size: number): WasmScan | null {
    if (size < WASM_MIN_BYTES && this.prefilter !== 'wasm') return null;
    if (this.wasm === undefined) this.wasm = this.prefilter === 'js' ? null : wasmScanFor(this.automaton);
    if (this.wasm !== null && this.filter === null) this.filter = this.index.lineConditions().newState(this.quiet, this.done);
    return this.wasm;
  }

  /** Scans decoded text (UTF-16/GBK input, text pasted in a chat). */
  scan(text: string, onMatch: OnMatch<T>): void {
    this.scanBytes(utf8Bytes(text), onMatch);
  }

  /** Scans UTF-8 bytes; calls onMatch for every match. */
  scanBytes(bytes: Uint8Array, onMatch: OnMatch<T>): void {
    if (this.released) throw new Error('LineScanner: scan after release()');
    const buf = bufferView(bytes);
    const n = buf.length;
    let pos = 0;
    let counted = 0; // position up to which newlines were counted
    const wasm = this.wasmFor(n);
    if (wasm) wasm.load(buf);
    this.plain = wasm || this.prefilter === 'js' ? null : wasmScanMade(this.automaton);
    this.chars.begin(buf);
    this.crBuf = buf;
    this.crFrom = 0;
    this.crAt = buf.indexOf(CR);
    // (console-wide lines are looked at for a literal they glue into the next one (glueAfter) whichever loop
    // scans the chunk: the WebAssembly prefilter's module finds them for countWideLines())
    this.glueFrom = this.midLine ? buf.indexOf(NEWLINE) + 1 || n : 0;
    this.spaced = this.lineNo === 1 && !this.midLine && n <= SHORT_PASTE_BYTES;
    this.glueAt = -1;
    while (pos < n) {
      const hit = wasm ? wasm.find(buf, pos, n, this.quiet, this.filter!) : this.plain ? this.plain.findPlain(buf, pos, n, this.quiet) : this.automaton.find(buf, pos, n, this.quiet);
      // the line holding the hit: most often the one at pos (a paste stops on most lines), found by one search
      let start = n;
      let end = n;
      if (hit >= 0) {
        start = pos;
        end = buf.indexOf(NEWLINE, pos);
        if (end >= 0 && end < hit) {
          start = buf.lastIndexOf(NEWLINE, hit - 1) + 1;
          end = buf.indexOf(NEWLINE, hit);
        }
        if (end < 0) end = n;
      }
      if (counted < start && this.glueAt < 0) counted = wasm && !this.spaced ? this.countWideLines(wasm, buf, counted, start) : this.countLines(buf, counted, start);
      // a literal that runs on from a console-wide line into one before the stop: that line first
      if (this.glueAt >= 0 && this.glueAt < start) {
        pos = this.matchGlued(buf, onMatch);
        counted = Math.min(pos, n);
        continue;
      }
      if (hit < 0) break;
      // a line seen before with the same next lines: its matches again, without decoding it (line-memo.ts)
      const key = this.glueAt === start || this.memoResting() ? null : this.memoKey(buf, start, end);
      const kept = key === null ? null : this.memo.find(key, buf, end);
      if (key !== null) this.memoAnswered(kept !== null);
      if (kept !== null) this.replay(kept, start, end, onMatch);
      else {
        // every literal on the line: the one just found, and the rest of the line
        this.literalIds.clear();
        this.collect(buf, hit + 1, end);
        this.lineCollected = false;
        this.head = null;
        this.marked = this.hasMarker();
        if (this.marked) this.literalsOfCleaned(buf, start, end, hit);
        if (this.glueAt === start) this.addGlued();
        this.addSpaced(buf, start, end);
        if (this.literalIds.size > 0) {
          if (key !== null) this.matchKept(key, buf, start, end, hit, onMatch);
          else this.matchLine(buf, start, end, hit, onMatch);
        }
      }
      if (mayGlue(end - start) && start >= this.glueFrom && this.glueFrom >= 0) this.glueAfter(buf, start, end);
      pos = end + 1;
      // (the line's own newline is counted here: the next line's stop needs no count when it follows at once)
      counted = Math.min(pos, n);
      if (end < n) this.lineNo++;
    }
    this.lineNo += wasm ? wasm.countNewlines(buf, counted, n) : countNewlines(buf, counted, n);
    this.lastEnd = -2;
    this.glueAt = -1;
    for (const entry of this.recent) entry.from = -1;
    if (n > 0) this.midLine = buf[n - 1] !== NEWLINE;
  }

  // A literal cut by a single hard wrap (`No matching distribut` / `ion found for …`) is on neither line, so
  // the automaton never stops for it and the retries of matchLine() that glue a console-wide line to the next
  // one never run. Both loops therefore look at every line of exactly a console's width (an ASCII line: its
  // bytes are its characters) once more: the automaton runs over its last bytes and on into the next line's
  // head, and a literal ending there makes that next line a stop. On a log without such lines this costs one
  // width test per newline, in the loop that counts them anyway (the WebAssembly module's, countWideLines()).

  /** Whether lines are also read across their line break as across a space (spacedAfter(): a short paste's first chunk). */
  private spaced = false;
  /** First position whose lines are glued (a chunk that starts inside a line skips that piece); -1: none. */
  private glueFrom = -1;
  /** The start of a line a literal runs into from the console-wide line above it (-1: none), ... */
  private glueAt = -1;
  /** ... the literals that end there, and the byte where the last one ends. */
  private readonly glueIds: number[] = [];
  private glueHit = -1;

  /**
   * Counts the newlines in [from, to) (lines from `from` on), looking at each line for a literal it glues into
   * the next: returns `to`, or the start of such a next line (glueAt), up to which the lines are counted.
   */
  private countLines(buf: Buffer, from: number, to: number): number {
    let lineStart = from;
    for (let nl = buf.indexOf(NEWLINE, from); nl >= 0 && nl < to; nl = buf.indexOf(NEWLINE, lineStart)) {
      if (this.spaced && this.spacedAfter(buf, lineStart, nl)) return lineStart;
      this.lineNo++;
      if (mayGlue(nl - lineStart) && lineStart >= this.glueFrom && this.glueAfter(buf, lineStart, nl)) return nl + 1;
      lineStart = nl + 1;
    }
    return to;
  }

  /**
   * countLines() for a chunk the WebAssembly prefilter scans: its module finds the lines of a console's width
   * in bytes from whose end a literal may run on (the few glueAfter() may glue) and counts the newlines.
   */
  private countWideLines(wasm: WasmScan, buf: Buffer, from: number, to: number): number {
    for (let lineStart = from; ;) {
      const nl = wasm.wideLine(buf, lineStart, to, this.index.maxLiteralBytes);
      this.lineNo += wasm.newlinesBefore;
      if (nl < 0) return to;
      this.lineNo++;
      if (wasm.wideStart >= this.glueFrom && this.glueAfter(buf, wasm.wideStart, nl)) return nl + 1;
      lineStart = nl + 1;
    }
  }

  /** Whether line [start, end) is console-wide and glues a literal into the next line (then glueAt is that line). */
  private glueAfter(buf: Buffer, start: number, end: number): boolean {
    const contentEnd = end > start && buf[end - 1] === CR ? end - 1 : end;
    const width = contentEnd - start;
    if (end + 1 >= buf.length || !isWrapWidth(width) || !mayBeRest(buf, end + 1) || this.charCount(buf, start, contentEnd) !== width) return false;
    if (!this.acrossBreak(buf, start, contentEnd, end + 1, false)) return false;
    this.glueAt = end + 1;
    return true;
  }

  /**
   * In a short paste, whether line [start, end) ends with the start of a literal that the next line ends, read
   * across the line break as across a space (a word wrap's cut; a hanging indent's spaces are one space too):
   * then glueAt is this line, and its retry with the next line joined after a space finds the message.
   */
  private spacedAfter(buf: Buffer, start: number, end: number): boolean {
    let next = end + 1;
    while (next < buf.length && (buf[next] === SPACE || buf[next] === TAB)) next++;
    if (next >= buf.length || buf[next] === NEWLINE || buf[next] === CR) return false;
    const contentEnd = end > start && buf[end - 1] === CR ? end - 1 : end;
    if (contentEnd === start || !this.acrossBreak(buf, start, contentEnd, next, true)) return false;
    this.glueAt = start;
    this.glueHit = contentEnd - 1;
    return true;
  }

  /**
   * Whether a literal runs from the end of [start, contentEnd) on into the line at `next` (after a space when
   * `spaced`): the automaton reads the line's last bytes, then the next line's head, side by side with the next
   * line read alone until both reach one state (from there the glued start no longer matters: every later
   * literal lies within the next line, and its own stop finds it). The literals found are in glueIds.
   */
  private acrossBreak(buf: Buffer, start: number, contentEnd: number, next: number, spaced: boolean): boolean {
    const a = this.automaton;
    const cls = a.classOf;
    let s = a.start;
    for (let i = Math.max(start, contentEnd - this.index.maxLiteralBytes); i < contentEnd; i++) s = a.step(s, cls[buf[i]!]!);
    let t = a.start;
    if (spaced) {
      s = a.step(s, cls[SPACE]!);
      t = a.step(t, cls[SPACE]!);
    }
    let nextEnd = buf.indexOf(NEWLINE, next);
    if (nextEnd < 0) nextEnd = buf.length;
    const to = Math.min(nextEnd, next + this.index.maxLiteralBytes);
    const below = a.acceptBelow;
    const ids = this.glueIds;
    ids.length = 0;
    for (let j = next; j < to && s !== t; j++) {
      const c = cls[buf[j]!]!;
      s = a.step(s, c);
      t = a.step(t, c);
      if (s >= below || s === t) continue;
      const k = s / a.cols;
      if (this.quiet !== undefined && this.quiet[k] === 1) continue;
      for (const id of a.outputsOf(k)) if (id < this.index.firstMarker && this.index.idsByLiteral[id]!.length > 0) ids.push(id);
      if (!spaced) this.glueHit = j;
    }
    return ids.length > 0;
  }

  /** In a short paste, adds to the current line's literals those it runs on with into the next line after a space. */
  private addSpaced(buf: Buffer, start: number, end: number): void {
    if (this.spaced && end < buf.length && this.spacedAfter(buf, start, end)) this.addGlued();
  }

  /** Adds the literals glued into the current line to its own. */
  private addGlued(): void {
    for (const id of this.glueIds) this.literalIds.add(id);
    this.glueAt = -1;
  }

  /** Looks at line glueAt, which holds no stop of its own; returns the position after it. */
  private matchGlued(buf: Buffer, onMatch: OnMatch<T>): number {
    const start = this.glueAt;
    let end = buf.indexOf(NEWLINE, start);
    if (end < 0) end = buf.length;
    this.literalIds.clear();
    this.addGlued();
    this.addSpaced(buf, start, end);
    this.lineCollected = false;
    this.head = null;
    this.marked = false; // (a marker would have stopped the automaton on this line)
    this.matchLine(buf, start, end, this.glueHit, onMatch);
    this.glueAfter(buf, start, end);
    if (end < buf.length) this.lineNo++;
    return end + 1;
  }

  /**
   * The key of a line whose matches may be kept (LineMemo): its bytes as latin1, with the line before it when
   * that one is console-wide (startHolds() and wrappedPrevious() read it then); null for a line longer than a
   * memo line, one after two console-wide lines of one width (wrappedPrevious() reads further back), and a short
   * paste's line (spacedAfter() reads across its break). The caller leaves out a line with literals glued into it.
   */
  private memoKey(buf: Buffer, start: number, end: number): string | null {
    if (this.spaced || end - start > MAX_MEMO_LINE) return null;
    if (start === 0) return buf.toString('latin1', start, end);
    const prevStart = start < 2 ? 0 : this.lastEnd === start - 1 ? this.lastStart : buf.lastIndexOf(NEWLINE, start - 2) + 1;
    const width = this.charCount(buf, prevStart, start - 1);
    if (!isWrapWidth(width)) return buf.toString('latin1', start, end);
    // the line before is console-wide: its bytes are part of the key, when the one before it is not as wide
    // (wrappedPrevious() reads no further then); a key holding a newline is never a single line's
    if (prevStart < 2 || start - 1 - prevStart > MAX_MEMO_LINE) return null;
    const before = buf.lastIndexOf(NEWLINE, prevStart - 2) + 1;
    return this.charCount(buf, before, prevStart - 1) === width ? null : buf.toString('latin1', prevStart, end);
  }

  /**
   * The memo pays where lines repeat (a training log, the bench's paste); on a log whose lines do not (most
   * pasted logs), keying and keeping every line only costs (a sixth of a real paste's scan). So it rests for
   * MEMO_REST stopped lines after MEMO_WINDOW lines looked up in it found fewer than MEMO_MIN_HITS, then looks
   * again. What this can miss: repeats within a rest (a log whose lines start repeating after a long stretch of
   * new ones gets the memo back within MEMO_REST stops). It changes no result: a line not looked up is matched.
   */
  private memoResting(): boolean {
    if (this.memoRest === 0) return false;
    this.memoRest--;
    return true;
  }

  /** Counts a memo lookup (`hit`: it answered) towards the window that decides a rest. */
  private memoAnswered(hit: boolean): void {
    if (hit) this.memoHits++;
    if (++this.memoLooks < MEMO_WINDOW) return;
    if (this.memoHits < MEMO_MIN_HITS) this.memoRest = MEMO_REST;
    this.memoLooks = 0;
    this.memoHits = 0;
  }

  private memoLooks = 0;
  private memoHits = 0;
  private memoRest = 0;

  /** The memo of this scan's lines (made on the first line kept). */
  private lineMemo: LineMemo | null = null;

  private get memo(): LineMemo {
    return (this.lineMemo ??= new LineMemo());
  }

  /**
   * matchLine(), keeping what it found by the line's bytes (a pattern it skipped, settled by another one's match
   * on the line, stays settled for the rest of the scan: a repeat skips it too), unless a match was quoted from
   * the lines before (wrappedPrevious(): its line number is another line's).
   */
  private matchKept(key: string, buf: Buffer, start: number, end: number, hit: number, onMatch: OnMatch<T>): void {
    const matches: MemoMatch[] = [];
    this.kept = matches;
    this.keptListed = [];
    this.keepable = true;
    this.nextRead = NOT_READ;
    this.matchLine(buf, start, end, hit, onMatch);
    this.kept = null;
    if (!this.keepable) return;
    const read = this.nextRead;
    const next = read === NOT_READ ? null : Buffer.from(buf.subarray(end, read < 0 ? buf.length : read + 1));
    this.memo.keep(key, { next, atEnd: read === -1, last: end === buf.length, matches, listed: this.keptListed });
  }

  /** The matches a line kept, given again for this one (those of patterns settled since left out). */
  private replay(kept: MemoOutcome, start: number, end: number, onMatch: OnMatch<T>): void {
    // (the line's candidates count as the line before's for the next one, as when matchLine() lists them)
    const stamp = this.nextStamp();
    for (let i = 0; i < kept.listed.length; i++) this.listed[kept.listed[i]!] = stamp;
    const lineNo = this.lineNo;
    const matches = kept.matches;
    for (let i = 0; i < matches.length; i++) {
      const m = matches[i]!;
      if (this.done[m.id] === 1) continue;
      const p = this.index.patterns[m.id]!;
      if (onMatch({ pattern: p, line: lineNo, text: m.text, groups: m.groups }) === true) this.settle(p);
    }
    this.lastEnd = end;
    this.lastStart = start;
  }

  /** While matchKept() runs: the matches found, whether they may be kept, the newline nextLine() read up to (-1: the chunk's end). */
  private kept: MemoMatch[] | null = null;
  private keepable = true;
  private nextRead = NOT_READ;
  private keptListed: readonly number[] = [];

  /** A new line stamp (`listed`). */
  private nextStamp(): number {
    // (after the stamp wraps around, no pattern counts as a candidate of the line before: once in 2^31 lines)
    if (++this.stamp === 0x7fffffff) {
      this.listed.fill(0);
      this.stamp = 2;
    }
    return this.stamp;
  }

  private hasMarker(): boolean {
    const ids = this.literalIds;
    for (let i = 0; i < ids.size; i++) if (ids.at(i) >= this.index.firstMarker) return true;
    return false;
  }

  /**
   * The literals of a line whose raw bytes differ from its cleaned form (HTML entities, escape codes, Unicode
   * spaces): searched again in the cleaned line, in the window the regexes will see.
   */
  private literalsOfCleaned(buf: Buffer, start: number, end: number, hit: number): void {
    const from = windowStart(start, end, hit);
    const to = Math.min(end, from + MAX_WINDOW);
    const cleaned = Buffer.from(normalLine(cleanLine(buf.toString('utf8', from, to))), 'utf8');
    this.literalIds.clear();
    this.automaton.state = this.automaton.start;
    this.automaton.collect(cleaned, 0, cleaned.length, this.literalIds, this.dead);
    this.literalIds.keepBelow(this.index.firstMarker);
    this.lineCollected = true; // every literal of the cleaned window, from its start
  }

  /**
   * Whether the line holds one of the pattern's AND-literals (true for a pattern without). The automaton
   * collected the literals from the first stopping one on; AND-literals never stop it, so one before that is
   * looked for (once a line) when needed.
   */
  private alsoHolds(patternId: number, buf: Buffer, start: number, hit: number): boolean {
    const also = this.index.alsoOf[patternId];
    if (!also || this.holdsOne(also)) return true;
    if (this.lineCollected) return false;
    this.lineCollected = true;
    this.automaton.state = this.automaton.start;
    this.collect(buf, start, hit + 1);
    return this.holdsOne(also);
  }

  /** Adds the literals ending in buf[from, to) of the current chunk to the line's, the automaton going on from its `state`. */
  private collect(buf: Buffer, from: number, to: number): void {
    if (this.plain) this.plain.collectPlain(buf, from, to, this.literalIds, this.dead);
    else this.automaton.collect(buf, from, to, this.literalIds, this.dead);
  }

  /** Whether the line's literals hold one of these. */
  private holdsOne(literalIds: readonly number[]): boolean {
    for (let i = 0; i < literalIds.length; i++) if (this.literalIds.has(literalIds[i]!)) return true;
    return false;
  }

  /**
   * Whether the line begins with one of the pattern's line-start literals, read from its first bytes (cleaned
   * as the whole line would be). Not checked where the regex may see another start: a line longer than the
   * window, or the last piece of a line hard-broken at a console width (glued to the pieces before it).
   */
  private startHolds(p: CompiledPattern<T>, buf: Buffer, start: number, end: number): boolean {
    if (p.starts === null || end - start > MAX_WINDOW) return true;
    if (this.head === null) {
      const prevStart = start < 2 ? 0 : this.lastEnd === start - 1 ? this.lastStart : buf.lastIndexOf(NEWLINE, start - 2) + 1;
      const wrapped = start > 0 && isWrapWidth(this.charCount(buf, prevStart, start - 1));
      const to = Math.min(end, start + LINE_HEAD);
      // a carriage return inside the head (a progress bar drawn over) hides where the message starts: '' below
      const overdrawn = !wrapped && this.crAtOrAfter(start) >= 0 && this.crAtOrAfter(start) < Math.min(to, end - 1);
      // (a line within LINE_HEAD is the head: decoded and cleaned once, for matchLine() too)
      const head = wrapped || overdrawn ? '' : (to === end ? this.decode(buf, start, end, this.marked).text : cleaned(buf.toString('utf8', start, to), this.marked)).trimStart();
      // a head cut short by LINE_HEAD (long indentation) tells nothing: '' lets the line through
      const normal = spacesCollapsed(head.length > HEAD_CHARS ? head.slice(0, HEAD_CHARS) : head).toLowerCase();
      this.head = (head.length < HEAD_CHARS && to < end) || (normal.length <= 32 && head.length > HEAD_CHARS) ? '' : normal;
    }
    const head = this.head;
    if (head === '') return true;
    const starts = p.starts;
    for (let i = 0; i < starts.length; i++) if (head.startsWith(starts[i]!)) return true;
    return false;
  }

  private matchLine(buf: Buffer, start: number, end: number, hit: number, onMatch: OnMatch<T>): void {
    // a line's candidate patterns run in rule-file order (their ids: the order a rule author reads), whatever
    // literals the line holds and in whichever order: the order decides which of a signal's patterns quotes the
    // line and which value a fact keeps or lists first, so it must depend neither on where the line was cut nor
    // on how the literals were derived
    const byLiteral = this.index.idsByLiteral;
    const lineIds = this.literalIds;
    let candidates: readonly number[]; // pattern ids: the first `count`
    let count: number;
    const stamp = this.nextStamp();
    const listed = this.listed;
    const single = lineIds.size === 1;
    if (single) {
      candidates = byLiteral[lineIds.at(0)]!;
      count = candidates.length;
    } else {
      // (each literal's list is in id order already; an insertion sort merges them: a line holds a few literals,
      // a literal guards at most a few patterns)
      const list = this.candidateList;
      const was = this.candidateWas;
      count = 0;
      for (let k = 0; k < lineIds.size; k++) {
        const guarded = byLiteral[lineIds.at(k)]!;
        for (let j = 0; j < guarded.length; j++) {
          const id = guarded[j]!;
          const seen = listed[id]!;
          if (seen === stamp) continue;
          listed[id] = stamp;
          const w = seen === stamp - 1 ? 1 : 0;
          let i = count++;
          for (; i > 0 && list[i - 1]! > id; i--) {
            list[i] = list[i - 1]!;
            was[i] = was[i - 1]!;
          }
          list[i] = id;
          was[i] = w;
        }
      }
      candidates = list;
    }
    if (this.kept !== null) this.keptListed = candidates.slice(0, count);
    const patterns = this.index.patterns;
    const live = this.live;
    const liveWas = this.liveWas;
    const liveAlone = this.liveAlone;
    let liveCount = 0;
    for (let k = 0; k < count; k++) {
      const id = candidates[k]!;
      let was: number;
      if (single) {
        was = listed[id] === stamp - 1 ? 1 : 0;
        listed[id] = stamp;
      } else was = this.candidateWas[k]!;
      if (this.done[id] === 1) continue;
      // (a line without the AND-literals of a pattern whose AND-literals may stand on the next or the previous
      // line is still tried joined with those)
      const alone = this.alsoHolds(id, buf, start, hit);
      if ((alone || patterns[id]!.alsoNear) && this.startHolds(patterns[id]!, buf, start, end)) {
        liveWas[liveCount] = was;
        liveAlone[liveCount] = alone ? 1 : 0;
        live[liveCount++] = id;
      }
    }
    if (liveCount === 0) {
      this.lastEnd = end;
      this.lastStart = start;
      return;
    }
    const from = windowStart(start, end, hit);
    const to = Math.min(end, from + MAX_WINDOW);
    // (the line may have been decoded already, as the line after the previous one: a joined-line retry)
    // (read at once: the ring may hand the entry to another line before the patterns below are done)
    const current = this.decode(buf, from, to, this.marked);
    const { text: line, ascii } = current;
    let joined: string | null = null; // this line + the next one, for messages wrapped by a terminal or a paste
    let glued: string | null = null; // the same without the space, for a line hard-broken at a terminal's width
    let prev: { text: string; starts: number[] } | null | undefined; // the lines hard-broken into this one
    let fullWidth: boolean | undefined; // whether the line as pasted is exactly a console wide (asked at most once)
    const afterLast = this.lastEnd === start - 1; // (the line before was handed to the regexes: liveWas tells its candidates)
    // (a word wrap that kept the space it broke at leaves it at the line's end: the joined retry reads the line
    // without it, as the message had one space there)
    let lineEnd = line.length;
    while (lineEnd > 0 && (line.charCodeAt(lineEnd - 1) === SPACE || line.charCodeAt(lineEnd - 1) === TAB)) lineEnd--;
    const lastChar = lineEnd > 0 ? line.charCodeAt(lineEnd - 1) : -1;
    for (let k = 0; k < liveCount; k++) {
      const id = live[k]!;
      if (this.done[id] === 1) continue; // (settled by a match of another pattern on this line)
      const p = patterns[id]!;
      // (a pattern whose every match holds a non-ASCII character cannot match an ASCII line alone, nor one
      // whose every match holds an AND-literal a line without one)
      let match = (p.nonAscii && ascii) || liveAlone[k] === 0 ? null : p.regex.exec(line);
      let lineNo = this.lineNo;
      let text = line;
      // (a pattern that cannot match across the joining space skips that retry, and so does one whose matches
      // never hold this line's last character before a space; they need the next line only to glue a line
      // hard-broken at a console width)
      const joins = p.joins && edgeHolds(p.joinBefore, lastChar);
      if (!match && end < buf.length && (joins || (fullWidth ??= this.consoleWide(line, buf, start, end)))) {
        if (joined === null) {
          // (the current line's entry, unless wrappedPrevious() has handed it to another line since)
          const next = this.nextLine(buf, end, current.from === from && current.to === to ? current : this.decode(buf, from, to, this.marked));
          // a line that starts as a new record does (a stamp, a level, a traceback's frame or exception line)
          // is not the rest of this one: no joined try ('')
          const nextText = next.text;
          joined = recordOf(next) ? '' : (lineEnd < line.length ? line.slice(0, lineEnd) : line) + ' ' + nextText.trimStart();
          if ((fullWidth ??= this.consoleWide(line, buf, start, end)) && this.nextAdjacent) glued = line + nextText;
        }
        // only a match that starts on this line: one inside the next line is that line's own
        if (joins && joined !== '' && edgeHolds(p.joinAfter, lineEnd + 1 < joined.length ? joined.charCodeAt(lineEnd + 1) : -1)) match = startsBefore(p.regex.exec(joined), lineEnd);
        // quote what was matched: the message with its continuation (or a form's header with its value)
        if (match && match.index + match[0].length > lineEnd) text = joined;
        if (!match && glued !== null) {
          match = startsBefore(p.regex.exec(glued), line.length);
          if (match) text = glued;
        }
      }
      // a message hard-broken at the terminal width whose literals all fell on this last piece
      if (!match && start > 0 && !(afterLast && liveWas[k] === 1)) {
        if (prev === undefined) prev = this.wrappedPrevious(buf, start);
        if (prev !== null) {
          const glue = prev.text + line;
          match = startsBefore(p.regex.exec(glue), prev.text.length);
          if (match && match.index + match[0].length > prev.text.length) {
            let first = prev.starts.length - 1;
            while (prev.starts[first]! > match.index) first--;
            lineNo -= prev.starts.length - first;
            text = glue.slice(prev.starts[first]);
          } else match = null;
        }
      }
      if (!match) continue;
      const found = { pattern: p, line: lineNo, text: text.trim(), groups: match.groups ?? NO_GROUPS };
      if (this.kept !== null) {
        if (lineNo === this.lineNo) this.kept.push({ id, text: found.text, groups: found.groups });
        else this.keepable = false;
      }
      if (onMatch(found) === true) this.settle(p);
    }
    this.lastEnd = end;
    this.lastStart = start;
  }

  /**
   * Line bytes [from, to) of the current chunk, decoded and cleaned (cleaned()'s `marked`), or as decoded
   * before: the entry stays valid until the ring comes round to it again.
   */
  private decode(buf: Buffer, from: number, to: number, marked: boolean): DecodedLine {
    const recent = this.recent;
    for (let i = 0; i < recent.length; i++) if (recent[i]!.from === from && recent[i]!.to === to) return recent[i]!;
    const raw = buf.toString('utf8', from, to);
    // (as many characters as bytes: ASCII, where MARKED_STEPS can only find '&' or ESC, two quick searches)
    const ascii = raw.length === to - from;
    const entry = recent[this.recentNext]!;
    this.recentNext = (this.recentNext + 1) % recent.length;
    entry.from = from;
    entry.to = to;
    const cr = this.crAtOrAfter(from);
    entry.text = cleaned(raw, marked && (!ascii || raw.includes('&') || raw.includes('\x1b')), cr >= 0 && cr < to);
    entry.ascii = ascii;
    entry.stamped = -1;
    entry.record = -1;
    return entry;
  }

  /**
   * The line after the one ending at `end`, cleaned. Up to MAX_BLANK_SKIP blank lines are skipped, so a
   * form's value under its header ("### TensorFlow version", blank, "2.12.1") reads as one line.
   */
  private nextLine(buf: Buffer, end: number, line: DecodedLine): DecodedLine {
    const canSkip = !stampedOf(line); // a record's own next line is read as it is
    let from = end + 1;
    let blanks = 0;
    let records = 0;
    for (;;) {
      const nextEnd = buf.indexOf(NEWLINE, from);
      this.nextRead = nextEnd;
      const to = nextEnd < 0 ? buf.length : nextEnd;
      const next = this.decode(buf, from, Math.min(to, from + MAX_WINDOW), true);
      this.nextAdjacent = blanks + records === 0;
      if (nextEnd < 0) return next;
      if (isBlank(next.text)) {
        if (blanks >= MAX_BLANK_SKIP) return next;
        blanks++;
      } else if (canSkip && records < MAX_RECORD_SKIP && (stampedOf(next) || (records > 0 && next.text.length >= MIN_CONTINUATION_CHARS && !recordOf(next)))) {
        records++;
      } else return next;
      from = nextEnd + 1;
    }
  }

  /** whether the line nextLine() returned last follows the line it was asked for at once (nothing skipped) */
  private nextAdjacent = true;

  /**
   * The previous lines (cleaned, up to MAX_WRAP_LINES) that are exactly as long as a terminal's width, i.e.
   * the start of a message hard-broken into this line; null when the previous line is not such a line.
   */
  private wrappedPrevious(buf: Buffer, start: number): { text: string; starts: number[] } | null {
    const parts: string[] = [];
    let width = 0;
    let lineStart = start;
    while (parts.length < MAX_WRAP_LINES && lineStart > 0) {
      const prevStart = lineStart >= 2 ? buf.lastIndexOf(NEWLINE, lineStart - 2) + 1 : 0;
      const bytes = lineStart - 1 - prevStart;
      if (bytes < MIN_WRAP_WIDTH || bytes > 4 * MAX_WRAP_WIDTH + 1) break; // UTF-8: up to 4 bytes a character
      // most lines are not exactly a console wide: tell from the bytes, without decoding the line
      const chars = this.charCount(buf, prevStart, lineStart - 1);
      if (parts.length === 0 ? !isWrapWidth(chars) : chars !== width) break;
      const prev = this.decode(buf, prevStart, lineStart - 1, true).text;
      width = chars;
      parts.unshift(prev);
      lineStart = prevStart;
    }
    if (parts.length === 0) return null;
    // where each part starts in the joined text, first line first
    const starts: number[] = [];
    let at = 0;
    for (const part of parts) {
      starts.push(at);
      at += part.length;
    }
    return { text: parts.join(''), starts };
  }

  /**
   * The first carriage return of the current chunk at or after `from` (-1: none). A search is kept: on LF logs
   * one search of the chunk answers every line; on CRLF logs each line searches up to its own CR.
   */
  private crAtOrAfter(from: number): number {
    if (from < this.crFrom || (this.crAt >= 0 && from > this.crAt)) {
      this.crFrom = from;
      this.crAt = this.crBuf.indexOf(CR, from);
    }
    return this.crAt;
  }

  private crBuf: Buffer = Buffer.alloc(0);
  private crFrom = 0;
  private crAt = -1;

  /** Whether a line (cleaned, and as pasted at buf[start, end)) is exactly as wide as a console wraps at. */
  private consoleWide(line: string, buf: Buffer, start: number, end: number): boolean {
    return isWrapWidth(line.length) || isWrapWidth(this.charCount(buf, start, end));
  }

  /** Characters in a UTF-8 line of the current chunk (continuation bytes not counted), without a trailing CR. */
  private charCount(buf: Buffer, from: number, to: number): number {
    if (to > from && buf[to - 1] === CR) to--;
    return this.chars.count(from, to);
  }

  /** Number of lines seen so far (after the last chunk). */
  get lines(): number {
    return this.midLine ? this.lineNo : this.lineNo - 1;
  }
}

/**
 * Where the part of a line [start, end) the regexes see starts: it is all of the line, or MAX_WINDOW bytes
 * around the literal at `hit` (it ends at min(end, start + MAX_WINDOW)).
 */
function windowStart(start: number, end: number, hit: number): number {
  return end - start <= MAX_WINDOW ? start : Math.max(start, hit - MAX_WINDOW / 2);
}

/**
 * normalLine() of a short text; most heads hold only single ASCII spaces, which are returned as they are
 * without running the regex.
 */
function spacesCollapsed(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 ? i + 1 < text.length && text.charCodeAt(i + 1) === 0x20 : c < 0x20 || c > 0x7e) return normalLine(text);
  }
  return text;
}

/** The match, if it starts before `limit` (within the first of two joined lines). */
function startsBefore(match: RegExpExecArray | null, limit: number): RegExpExecArray | null {
  return match && match.index < limit ? match : null;
}

function countNewlines(buf: Buffer, from: number, to: number): number {
  let n = 0;
  let i = buf.indexOf(NEWLINE, from);
  while (i >= 0 && i < to) {
    n++;
    i = buf.indexOf(NEWLINE, i + 1);
  }
  return n;
}
