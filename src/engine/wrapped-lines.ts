// Logs pasted through a mail client, a forum or a terminal copy arrive with their long lines cut: word-wrapped
// at a space (which the wrap removed, or left at the end of the line) or hard-broken at a fixed column in the
// middle of a word. A message cut so is not on one line any more, and its literal may straddle the break.
// When the start of a log shows such cuts (many lines ending at or near one width, each continued by a line
// that does not look like a new log line), the scanner is given the logical lines, joined back, and evidence
// line numbers are mapped back to the lines as pasted. A log that does not look wrapped passes untouched.

import { isAscii } from 'node:buffer';
import { RECORD_PREFIX } from './log-line-grammar.js';
import { LineMap } from '../input/line-map.js';
import { bufferView } from '../input/buffer-view.js';
import { CharCounter, utf8Chars } from './char-count.js';

const NEWLINE = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

/** Widths a wrap is looked for at: a terminal, a mail client (72-78), a forum's code box. */
export const MIN_WRAP_WIDTH = 60;
/**
 * A hard cut is looked for from this narrower width too (a phone, a split pane: real posts cut at 36), where
 * a width must show NARROW_MIN_CUTS distinct full lines: many short lines of one length happen by chance.
 */
const NARROW_WRAP_WIDTH = 30;
const NARROW_MIN_CUTS = 6;
export const MAX_WRAP_WIDTH = 200;
/** The start of the log that decides whether it is wrapped, and how (a caller gathers this much first). */
export const WRAP_SAMPLE_BYTES = 64 << 10;

/** Where the sample a paste stage decides on ends: the first WRAP_SAMPLE_BYTES of `buf`, cut back to a whole line. */
export function sampleEnd(buf: Buffer): number {
  const to = Math.min(buf.length, WRAP_SAMPLE_BYTES);
  return to < buf.length ? buf.lastIndexOf(NEWLINE, to) + 1 : to;
}
/** A logical line is joined back from at most this many lines (a 6,000-character line cut at 200). */
const MAX_PIECES = 32;
/** Word wrap: the lines at most this many characters shorter than the width show the wrap. */
const WORD_SLACK = 12;
/** How many cuts, and which share of the lines that could be cut, make a log look wrapped. */
const MIN_CUTS = 3;
/**
 * A word wrap at most this wide (mail clients, forums) is told from two cuts, one of them short of the width: a
 * natural log's long lines that happen to end near one width (a list of paths, "0: ImportError…") are wider.
 */
const MAX_MAIL_WIDTH = 100;
const MIN_SHORT_PASTE_CUTS = 2;
/** Usual terminal / console widths (the scanner retries a single line of such a width with the next one). */
export const CONSOLE_WIDTHS: ReadonlySet<number> = new Set([60, 72, 80, 100, 120, 132, 140, 150, 160, 180, 200]);
const MIN_CUT_SHARE = 0.6;
/** Lines longer than the width (prose around a wrapped log, left as it was) may be at most this share. */
const MAX_OVER_SHARE = 0.1;
/** ... or, for a hard cut, lines of exactly the width at least this many times the lines longer than it. */
const HARD_OVER_RATIO = 3;

export interface WrapShape {
  /** 'hard': cut at exactly `width` characters, joined without a space; 'word': cut at a space before it */
  mode: 'hard' | 'word';
  width: number;
  /**
   * word wrap with a hanging indent: every continuation starts with exactly this many spaces (a rich console
   * indents the rest of a record under its message), removed when joined
   */
  indent?: number;
}

/** A hanging indent is 2 to this many spaces (rich's stamp and level column is 25-35 wide). */
const MAX_HANG = 48;
/**
 * An indent this deep under a line indented less is a logger's column (rich's stamp and level), never a code
 * block's or a call's arguments: MIN_SHORT_PASTE_CUTS distinct cuts under it tell the wrap (a short rich log
 * wraps one or two long records).
 */
const DEEP_HANG = 16;

// What starts a new log line, so that a line beginning so is never read as the continuation of the one above:
// a stamp, a logger level or a collector's column (log-line-grammar.ts), a traceback's frames and exception
// line, a prompt, a table or rule.
export const NEW_RECORD = new RegExp(String.raw`^(?:${RECORD_PREFIX}|Traceback \(|File (?:"|&quot;)|During handling|The above exception|[A-Za-z_][\w.]*(?:Error|Exception|Warning|Interrupt)(?::|$)|>>> |\$ |[-+|=*#_~\`]{3})`);
/** Whether a line (its text, from its start) begins the way a new log line does (NEW_RECORD). */
export function startsRecord(line: string): boolean {
  return NEW_RECORD.test(line);
}
/** Characters of a line's start that NEW_RECORD looks at. */
const HEAD_BYTES = 64;

/** One physical line: its byte range and what the join decisions need (computed on first use). */
class LineView {
  private wordChars = -1;
  private trimmedChars = -1;
  private recordStart: boolean | undefined;

  constructor(readonly buf: Buffer, readonly from: number, /** end of the content, before CR and newline */ readonly to: number, readonly chars: number) {}

  get blank(): boolean {
    for (let i = this.from; i < this.to; i++) if (this.buf[i] !== SPACE && this.buf[i] !== TAB) return false;
    return true;
  }

  /**
   * How many of the first two characters are white space (a cut rarely falls before two spaces); an
   * indentation copied from a web page as NBSP or &nbsp; counts as two.
   */
  get indent(): number {
    const b = this.buf;
    const white = (at: number): boolean => at < this.to && (b[at] === SPACE || b[at] === TAB);
    if (!white(this.from)) return (b[this.from] === 0xc2 && b[this.from + 1] === 0xa0) || (b[this.from] === 0x26 && b.toString('latin1', this.from, this.from + 6) === '&nbsp;') ? 2 : 0;
    return white(this.from + 1) ? 2 : 1;
  }

  /** The line's first word (its first 32 bytes at most). */
  get head(): string {
    return this.buf.toString('latin1', this.from, Math.min(this.wordEnd(), this.from + 32));
  }

  /** Whether the line holds a run of three spaces after its start: columns aligned in a table. */
  get aligned(): boolean {
    // searched within the line: an indexOf on the buffer would run on to the chunk's end on every line
    for (let i = this.from + 1, run = 0; i < this.to; i++) {
      run = this.buf[i] === SPACE ? run + 1 : 0;
      if (run === 3) return true;
    }
    return false;
  }

  /** Whether the line holds no space after its first character (one long word: a path, a URL; a web page's NBSP is a space). */
  get oneWord(): boolean {
    return this.noBreakAfter(this.from);
  }

  /**
   * Whether the line holds one word after its indentation: a word wrap under a hanging indent (or a line's own
   * indentation) that cuts a word longer than the room leaves the indent and one piece of that word.
   */
  get oneWordAfterIndent(): boolean {
    let i = this.from;
    while (i < this.to && this.buf[i] === SPACE) i++;
    return this.noBreakAfter(i);
  }

  /** Whether no space, tab or no-break space follows position `at` on the line (`at` itself is not looked at). */
  private noBreakAfter(at: number): boolean {
    for (let i = at + 1; i < this.to; i++) if (this.buf[i] === SPACE || this.buf[i] === TAB || (this.buf[i] === 0xa0 && this.buf[i - 1] === 0xc2)) return false;
    return true;
  }

  /** Where the line's first word ends: its first space, or its end. */
  private wordEnd(): number {
    let i = this.from;
    while (i < this.to && this.buf[i] !== SPACE) i++;
    return i;
  }

  /** Characters up to the first space: the word a word wrap could not fit on the line above. */
  get firstWord(): number {
    if (this.wordChars < 0) {
      this.wordChars = utf8Chars(this.buf, this.from, this.wordEnd());
    }
    return this.wordChars;
  }

  /** Characters without trailing white space (a word wrap may leave the space it broke at). */
  get trimmed(): number {
    if (this.trimmedChars < 0) {
      let end = this.to;
      while (end > this.from && (this.buf[end - 1] === SPACE || this.buf[end - 1] === TAB)) end--;
      this.trimmedChars = this.chars - (this.to - end);
    }
    return this.trimmedChars;
  }

  get endsInSpace(): boolean {
    return this.to > this.from && (this.buf[this.to - 1] === SPACE || this.buf[this.to - 1] === TAB);
  }

  /** Spaces the line starts with (a tab ends them), counted up to MAX_HANG + 1. */
  get leadingSpaces(): number {
    let i = this.from;
    while (i < this.to && i - this.from <= MAX_HANG && this.buf[i] === SPACE) i++;
    return i - this.from;
  }

  /** The line without its first `n` bytes (spaces): a continuation as the line it continues reads it. */
  after(n: number): LineView {
    return new LineView(this.buf, this.from + n, this.to, this.chars - n);
  }

  /** Whether the line starts the way a new log line does (NEW_RECORD). */
  get startsRecord(): boolean {
    this.recordStart ??= NEW_RECORD.test(this.buf.toString('latin1', this.from, Math.min(this.to, this.from + HEAD_BYTES)));
    return this.recordStart;
  }

  get boxed(): boolean {
    return isBoxed(this.buf, this.from, this.to);
  }

  /** Whether the line is a Python traceback's frame (`  File "…", line 12, in f`): the line under it, indented deeper, is its source line. */
  get frame(): boolean {
    let i = this.from;
    while (i < this.to && this.buf[i] === SPACE) i++;
    return this.buf.toString('latin1', i, Math.min(this.to, i + 6)) === 'File "';
  }
}

/** A table row or a rule ("| … |", "+---+", "=====") is as wide as its neighbours by design, not cut. */
function isBoxed(buf: Buffer, from: number, to: number): boolean {
  if (to - from < 2) return false;
  const first = buf[from]!;
  const last = buf[to - 1]!;
  if ((first === 0x7c || first === 0x2b) && (last === 0x7c || last === 0x2b)) return true;
  return first === last && first === buf[from + 1] && first === buf[to - 2] && first < 0x30;
}

/**
 * Whether `next` is the rest of `prev`, cut by a wrap of this shape (`first`: the first line of the logical
 * line `prev` ends; a line beginning with the same word as it is the next record of a list, not its rest).
 */
function continues(first: LineView, prev: LineView, next: LineView, shape: WrapShape): boolean {
  const rest = cutCandidate(first, prev, next, shape);
  if (rest === null) return false;
  if (shape.mode === 'hard') return prev.chars === shape.width;
  // a word wrap breaks a line only where its next word would not have fit (or inside a word longer than the
  // width). A wrap that keeps the space it broke at keeps the next word's space too: that word did not fit with
  // it (a 72-column wrap leaves "…back to " before "CPU mode.")
  const kept = prev.endsInSpace ? 1 : 0;
  return prev.trimmed + 1 + rest.firstWord + kept > shape.width || gluedWord(prev, shape);
}

/**
 * `next` as the rest of `prev` would read (after a hanging indent) when a wrap of this shape may have left it
 * there, whatever the lengths: null when no wrap leaves such a line (blank, a new record, indented where the
 * wrap never indents, the same first word as the logical line: a list's next entry).
 */
function cutCandidate(first: LineView, prev: LineView, next: LineView, shape: WrapShape): LineView | null {
  if (shape.indent) {
    // the continuation after its hanging indent, read as a word wrap's rest: exactly the indent (a line indented
    // deeper is the record's own), under a first line indented less (lines indented alike are a block's, a
    // call's arguments), not under a traceback's frame (the line under it is its source line)
    if (next.leadingSpaces !== shape.indent || next.to - next.from <= shape.indent || first.leadingSpaces >= shape.indent || prev.frame) return null;
    next = next.after(shape.indent);
  }
  if (next.to === next.from || next.blank || (next.head !== '' && next.head === first.head)) return null;
  if (shape.mode === 'hard') return !prev.boxed && !(prev.aligned && next.aligned) && next.indent < 2 && !next.startsRecord ? next : null;
  // (a word wrap never leaves the next line indented)
  // (under a hanging indent the indent says the line is the record's own: a word such as "UserWarning:" that
  // starts a record at column 0 may be the rest of a wrapped one there; a traceback's lines still are not)
  const record = shape.indent ? next.frame || next.head === 'Traceback' : next.startsRecord;
  return prev.chars <= shape.width && prev.trimmed > 0 && next.indent === 0 && !record && !prev.boxed ? next : null;
}

/**
 * A word wrap's cut inside a word longer than the width: a full line without a space after its indentation (a
 * hanging indent's piece, or a line's own indent before a long path), continued without one.
 */
function gluedWord(prev: LineView, shape: WrapShape): boolean {
  return prev.chars === shape.width && prev.oneWordAfterIndent;
}

/** Iterates the lines of buf[from, to) (the last one may lack its newline). */
function* linesOf(buf: Buffer, from: number, to: number): Generator<LineView> {
  let at = from;
  while (at < to) {
    let nl = buf.indexOf(NEWLINE, at);
    if (nl < 0 || nl >= to) nl = to;
    const end = nl > at && buf[nl - 1] === CR ? nl - 1 : nl;
    yield new LineView(buf, at, end, utf8Chars(buf, at, end));
    at = nl + 1;
  }
}

/**
 * The lines of a log's start: where each begins and ends and how many characters it holds, with a LineView
 * made only for the few lines a decision looks at closer (a paste's start is a thousand lines or more).
 */
class SampleLines {
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly chars: Int32Array;
  readonly length: number;
  private readonly views: Array<LineView | undefined>;

  constructor(readonly buf: Buffer, end: number) {
    // (in ASCII, the usual log, a line's characters are its bytes: no byte loop to count them; a sample
    // holding some other bytes (one progress bar's '█') is counted by blocks, byte by byte only near those)
    const ascii = isAscii(buf.subarray(0, end));
    const counter = ascii ? null : new CharCounter();
    counter?.begin(buf);
    let n = 0;
    for (let at = buf.indexOf(NEWLINE); at >= 0 && at < end; at = buf.indexOf(NEWLINE, at + 1)) n++;
    if (end > 0 && buf[end - 1] !== NEWLINE) n++; // a last line without its newline
    this.from = new Int32Array(n);
    this.to = new Int32Array(n);
    this.chars = new Int32Array(n);
    this.views = new Array<LineView | undefined>(n);
    let i = 0;
    for (let at = 0; at < end; i++) {
      let nl = buf.indexOf(NEWLINE, at);
      if (nl < 0 || nl >= end) nl = end;
      const to = nl > at && buf[nl - 1] === CR ? nl - 1 : nl;
      this.from[i] = at;
      this.to[i] = to;
      this.chars[i] = counter === null ? to - at : counter.count(at, to);
      at = nl + 1;
    }
    this.length = i;
  }

  view(i: number): LineView {
    return (this.views[i] ??= new LineView(this.buf, this.from[i]!, this.to[i]!, this.chars[i]!));
  }

  /** The line's bytes as a string (to compare lines: a message repeated is one text). */
  text(i: number): string {
    return this.buf.toString('latin1', this.from[i], this.to[i]);
  }

  boxed(i: number): boolean {
    return isBoxed(this.buf, this.from[i]!, this.to[i]!);
  }
}

/**
 * How the start of a log was wrapped, or null when it does not look wrapped. Hard: many lines of exactly one
 * width, few of the widths just below it. Word: the lines ending within WORD_SLACK of the longest one are
 * mostly continued by a line whose first word would not have fit.
 */
export function wrapShapeOf(bytes: Uint8Array): WrapShape | null {
  const buf = bufferView(bytes);
  const to = sampleEnd(buf);
  const lines = new SampleLines(buf, to);
  const count = new Int32Array(MAX_WRAP_WIDTH + 2); // lines by length; MAX_WRAP_WIDTH + 1 = longer
  // lines of each width that could be cut (not table rows or rules), then each text once below (a message
  // repeated twenty times is twenty lines of one width)
  const cuts = new Int32Array(MAX_WRAP_WIDTH + 1);
  // lines by length that are no table row or rule (an nvidia-smi table is 79 wide: just below a cut at 80)
  const unboxed = new Int32Array(MAX_WRAP_WIDTH + 1);
  let nonBlank = 0;
  for (let i = 0; i < lines.length; i++) {
    const chars = lines.chars[i]!;
    if (chars === 0) continue;
    nonBlank++;
    count[Math.min(chars, MAX_WRAP_WIDTH + 1)]!++;
    if (chars <= MAX_WRAP_WIDTH && !lines.boxed(i)) {
      unboxed[chars]!++;
      if (chars >= NARROW_WRAP_WIDTH) cuts[chars]!++;
    }
  }
  if (nonBlank === 0) return null;
  const longer = new Int32Array(MAX_WRAP_WIDTH + 2); // lines longer than each width
  for (let w = MAX_WRAP_WIDTH; w >= 0; w--) longer[w] = longer[w + 1]! + count[w + 1]!;
  const fewLonger = (w: number): boolean => longer[w]! <= MAX_OVER_SHARE * nonBlank;
  // (a hard cut: prose typed around the pasted log may be longer, as long as the full lines outnumber it well)
  const fewLongerThanCuts = (w: number): boolean => fewLonger(w) || longer[w]! * HARD_OVER_RATIO <= count[w]!;

  // hard: the most common full width, standing out from the widths just below it. Distinct texts are
  // counted only at widths with MIN_CUTS lines or more: below that no width can be chosen anyway
  const distinct = new Map<number, Set<string>>();
  const minCuts = (w: number): number => (w < MIN_WRAP_WIDTH ? NARROW_MIN_CUTS : MIN_CUTS);
  for (let w = NARROW_WRAP_WIDTH; w <= MAX_WRAP_WIDTH; w++) if (cuts[w]! >= minCuts(w) && fewLongerThanCuts(w)) distinct.set(w, new Set());
  if (distinct.size > 0) {
    for (let i = 0; i < lines.length; i++) if (distinct.has(lines.chars[i]!) && !lines.boxed(i)) distinct.get(lines.chars[i]!)!.add(lines.text(i));
    for (const [w, texts] of distinct) cuts[w] = texts.size;
  }
  let hard = 0;
  for (let w = NARROW_WRAP_WIDTH; w <= MAX_WRAP_WIDTH; w++) {
    if (cuts[w]! > cuts[hard]! && fewLongerThanCuts(w) && (w >= MIN_WRAP_WIDTH || distinct.has(w))) hard = w;
  }
  // (a short paste cut twice at a mail width no console has, with no line longer: the scanner's retries at
  // console widths would not join it)
  const twoCuts = hard > 0 && cuts[hard] === MIN_SHORT_PASTE_CUTS && hard <= MAX_MAIL_WIDTH && !CONSOLE_WIDTHS.has(hard) && longer[hard] === 0 && !shortWordCut(lines, hard);
  // (a word wrap that drops the space it breaks at leaves many lines of exactly its width too: when more lines
  // short of that width are continued as a word wrap's cuts than there are full ones, the word test below decides)
  let hardShape: WrapShape | null = null;
  if (hard > 0 && (cuts[hard]! >= minCuts(hard) || twoCuts)) {
    const below = Math.max(unboxed[hard - 1]!, unboxed[hard - 2]!, unboxed[hard - 3]!);
    const shape: WrapShape = { mode: 'hard', width: hard };
    if (cuts[hard]! >= 2 * below + 1 && cutShare(lines, shape, twoCuts) >= MIN_CUT_SHARE) {
      if (wordWrapAt(lines, hard)) return { mode: 'word', width: hard };
      if (!wordCutsDominate(lines, hard)) return shape;
      hardShape = shape;
    }
  }
  // word: the longest line (within the widths, and with few lines longer) sets the width
  let width = 0;
  // (a word wrap at 60 may leave every line of a short paste a few characters shorter)
  for (let w = MAX_WRAP_WIDTH; w >= MIN_WRAP_WIDTH - WORD_SLACK && width === 0; w--) if (count[w]! > 0 && fewLonger(w)) width = w;
  if (width === 0) return hardShape ?? cutChain(lines);
  const shape: WrapShape = { mode: 'word', width };
  const share = cutShare(lines, shape);
  // a hanging indent: the lines that end near the width mostly go on indented by one number of spaces
  const indent = hangingIndent(lines, width);
  if (indent > 0) {
    const hanging: WrapShape = { mode: 'word', width, indent };
    if (cutShare(lines, hanging) > share && cutShare(lines, hanging) >= MIN_CUT_SHARE) return hanging;
  }
  return share >= MIN_CUT_SHARE ? shape : hardShape ?? cutChain(lines);
}

/**
 * A hard cut told from one long line cut several times (a short paste holds one or two such messages, too few
 * cuts for the tests above): CHAIN_PIECES lines or more in a row of exactly one width (NARROW_CHAIN_PIECES
 * below PHONE_WIDTH), distinct, each cut inside a word and continued by the next line as a hard cut's rest is. Lines of one length in a row by chance are a table or a list: rows, rules and
 * aligned columns are not cuts, and a list's lines start alike (continues() refuses both).
 */
function cutChain(lines: SampleLines): WrapShape | null {
  for (let i = 0; i + 1 < lines.length; i++) {
    const width = lines.chars[i]!;
    if (width < NARROW_WRAP_WIDTH || width > MAX_WRAP_WIDTH || lines.chars[i + 1] !== width) continue;
    const shape: WrapShape = { mode: 'hard', width };
    const first = lines.view(i);
    const texts = new Set<string>();
    let lowerRest = false;
    let j = i;
    while (j + 1 < lines.length && lines.chars[j] === width && midWord(lines, j) && continues(first, lines.view(j), lines.view(j + 1), shape)) {
      const next = lines.buf[lines.from[j + 1]!]!;
      if (next >= 0x61 && next <= 0x7a) lowerRest = true;
      texts.add(lines.text(j++));
    }
    if (texts.size >= CHAIN_PIECES || (width < PHONE_WIDTH && lowerRest && texts.size >= NARROW_CHAIN_PIECES)) return shape;
    i = Math.max(i, j - 1);
  }
  return null;
}
const CHAIN_PIECES = 3;
/**
 * Below this width (a phone's), two full lines in a row are a chain when one goes on in lower case (inside a
 * word): messages wrapped by their program are wider (NumPy's: 59), and two lines of a list ("Clang version:
 * Could not collect", "CMake version: …") start in upper case.
 */
const PHONE_WIDTH = 50;
const NARROW_CHAIN_PIECES = 2;

/**
 * Whether line `i` ends in a letter and the next one starts with one: a cut inside a word (not between two
 * numbers: Keras' progress lines, all one width, end in a number and start with one).
 */
function midWord(lines: SampleLines, i: number): boolean {
  const letter = (b: number | undefined): boolean => b !== undefined && (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a;
  return letter(lines.buf[lines.to[i]! - 1]) && lines.from[i + 1]! < lines.to[i + 1]! && letter(lines.buf[lines.from[i + 1]!]);
}

/**
 * Whether, of the lines within WORD_SLACK of `width`, more of those shorter than it are continued as a word
 * wrap's cuts (the next word would not have fit) than there are lines of exactly the width (distinct texts).
 */
function wordCutsDominate(lines: SampleLines, width: number): boolean {
  const shape: WrapShape = { mode: 'word', width };
  const full = new Set<string>();
  const short = new Set<string>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const chars = lines.chars[i]!;
    if (chars < width - WORD_SLACK || chars > width || lines.boxed(i)) continue;
    if (chars === width) full.add(lines.text(i));
    else if (continues(lines.view(i), lines.view(i), lines.view(i + 1), shape)) short.add(lines.text(i));
  }
  return short.size >= MIN_CUTS && short.size > full.size;
}

/**
 * The indent (2..MAX_HANG spaces) most of the lines ending within WORD_SLACK of `width` are followed by, when at
 * least MIN_CUTS distinct such lines are (MIN_SHORT_PASTE_CUTS under a DEEP_HANG indent); 0 otherwise.
 */
function hangingIndent(lines: SampleLines, width: number): number {
  const byIndent = new Map<number, Set<string>>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const chars = lines.chars[i]!;
    if (chars < width - WORD_SLACK || chars > width || lines.boxed(i)) continue;
    const n = lines.view(i + 1).leadingSpaces;
    if (n < 2 || n > MAX_HANG || lines.view(i).frame) continue;
    // (a first line indented less, or a piece already under one)
    if (originOf(lines, i, { mode: 'word', width, indent: n }).leadingSpaces >= n) continue;
    let texts = byIndent.get(n);
    if (!texts) byIndent.set(n, (texts = new Set()));
    texts.add(lines.text(i));
  }
  let best = 0;
  for (const [n, texts] of byIndent) if (texts.size >= (n >= DEEP_HANG ? MIN_SHORT_PASTE_CUTS : MIN_CUTS) && texts.size > (byIndent.get(best)?.size ?? 0)) best = n;
  return best;
}

/**
 * Whether a line shorter than `width` is continued as a word wrap's cut (its next word would not have fit): two
 * lines of one width in a paste word-wrapped there (two lines ending in "…JAX was built", "…must") are as
 * likely cut at words as in them, and such a shorter cut tells the word wrap.
 */
function shortWordCut(lines: SampleLines, width: number): boolean {
  const shape: WrapShape = { mode: 'word', width };
  for (let i = 0; i + 1 < lines.length; i++) {
    const chars = lines.chars[i]!;
    if (chars > 0 && chars < width && continues(lines.view(i), lines.view(i), lines.view(i + 1), shape)) return true;
  }
  return false;
}

/**
 * Whether lines of exactly `width` come from a word wrap that cuts a word longer than the width (a path, a URL)
 * or keeps the space it broke at, rather than from a hard cut: they are nearly all one word or end in a space,
 * and MIN_CUTS lines shorter than the width are continued as a word wrap's cuts are. Joined as a hard cut, those
 * shorter lines would stay apart; joined as a word wrap, the full ones still join without a space (gluedWord).
 */
function wordWrapAt(lines: SampleLines, width: number): boolean {
  const shape: WrapShape = { mode: 'word', width };
  let full = 0;
  let wordy = 0;
  // full lines of several words, and those of them ending in a space (a hard cut in a word ends one without)
  let words = 0;
  let spaced = 0;
  const short = new Set<string>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const chars = lines.chars[i]!;
    if (chars < width - WORD_SLACK || chars > width || lines.boxed(i)) continue;
    const line = lines.view(i);
    if (chars === width) {
      full++;
      if (line.oneWord || line.endsInSpace) wordy++;
      if (!line.oneWord) words++;
      if (!line.oneWord && line.endsInSpace) spaced++;
    } else if (continues(line, line, lines.view(i + 1), shape)) short.add(lines.text(i));
  }
  // (a hard cut ends at a space about one time in six; a wrap that keeps the space ends every line of words so)
  const keepsSpace = spaced >= MIN_SHORT_PASTE_CUTS && spaced === words;
  return full > 0 && wordy >= MIN_WORDY_SHARE * full && (short.size >= MIN_CUTS || keepsSpace);
}
const MIN_WORDY_SHARE = 0.8;

/**
 * Of the lines that end where a wrap of this shape cuts, the share continued as such a cut; 0 below MIN_CUTS
 * cuts (MIN_SHORT_PASTE_CUTS for `twoHardCuts`, and for a word wrap at a mail or forum width, where some cut falls short of the
 * width or keeps its space: a short paste holds few long lines). A line repeated (the same message twenty
 * times) counts once. A word wrap that keeps the space it broke at is also told from those lines alone: a line
 * a log wrote rarely ends in a space, and one of a wrapped paste's lines that does may be far shorter than the
 * width (the next word, a path, was long).
 */
function cutShare(lines: SampleLines, shape: WrapShape, twoHardCuts = false): number {
  const full = new Set<string>();
  const cut = new Set<string>();
  // word wrap: the lines near the width whose next line a wrap could have left there (not blank, not a new
  // record, not indented otherwise): a line ending near the width before a blank line or a new record is as
  // likely in a wrapped paste as in any log, and tells nothing either way
  const open = new Set<string>();
  // word wrap: the lines ending in a space, and those of them continued as cuts
  const spaced = new Set<string>();
  const spacedCut = new Set<string>();
  let short = 0;
  // (a word wrap's cut ends within WORD_SLACK of the width: only such lines are looked at closer)
  const fewest = shape.mode === 'hard' ? shape.width : shape.width - WORD_SLACK;
  const fewestSpaced = shape.mode === 'hard' ? shape.width : shape.width >> 1;
  for (let i = 0; i + 1 < lines.length; i++) {
    const chars = lines.chars[i]!;
    if (chars < fewestSpaced || chars > shape.width) continue;
    // (a line short of the slack matters only when it ends in a space: looked at without a LineView)
    const last = lines.buf[lines.to[i]! - 1];
    if (chars < fewest && last !== SPACE && last !== TAB) continue;
    const line = lines.view(i);
    const near = chars >= fewest && (shape.mode === 'hard' ? line.chars === shape.width : line.trimmed >= shape.width - WORD_SLACK);
    const endsInSpace = shape.mode === 'word' && line.endsInSpace;
    if ((!near && !endsInSpace) || line.boxed) continue;
    const text = lines.text(i);
    if (near) full.add(text);
    if (endsInSpace) spaced.add(text);
    const origin = originOf(lines, i, shape);
    if (near && shape.mode === 'word' && cutCandidate(origin, line, lines.view(i + 1), shape) !== null) open.add(text);
    if (!continues(origin, line, lines.view(i + 1), shape) || cut.has(text) || spacedCut.has(text)) continue;
    if (endsInSpace) spacedCut.add(text);
    if (!near) continue;
    cut.add(text);
    if (line.chars < shape.width) short++;
  }
  // (two cuts of a wrap at 60 leave one of them within half the slack of 60; lines of 44-52 characters, each
  // next word too long to fit, are any three lines of a short paste)
  const mail = shape.mode === 'word' && shape.width >= MIN_WRAP_WIDTH - (WORD_SLACK >> 1) && shape.width <= MAX_MAIL_WIDTH;
  const deepHang = (shape.indent ?? 0) >= DEEP_HANG;
  const enough = cut.size >= MIN_CUTS || ((twoHardCuts || deepHang) && cut.size >= MIN_SHORT_PASTE_CUTS) || (mail && cut.size >= MIN_SHORT_PASTE_CUTS && (short > 0 || spacedCut.size >= MIN_SHORT_PASTE_CUTS));
  const keptSpace = spacedCut.size >= MIN_CUTS || (mail && spacedCut.size >= MIN_SHORT_PASTE_CUTS) ? spacedCut.size / spaced.size : 0;
  // (two cuts of a short paste are read against every line near the width: a natural log's two long lines
  // each followed by a long word would pass the share of lines a wrap could have continued)
  // (and only where some cut falls short of the width: cuts all at the full width are a hard cut's, whose rest a
  // table's rule or a new record may follow)
  const candidates = shape.mode === 'word' && cut.size >= MIN_CUTS && short > 0 ? open.size : full.size;
  return Math.max(enough ? cut.size / candidates : 0, keptSpace);
}

/**
 * The first line of the logical line that line `i` is a piece of, as far as a hanging indent tells: up over the
 * lines indented by exactly the indent to the line above them, when that one is indented less (else line `i`).
 */
function originOf(lines: SampleLines, i: number, shape: WrapShape): LineView {
  const line = lines.view(i);
  if (!shape.indent || line.leadingSpaces !== shape.indent) return line;
  let j = i - 1;
  while (j >= 0 && i - j < MAX_PIECES && lines.chars[j]! > 0 && lines.view(j).leadingSpaces === shape.indent) j--;
  if (j < 0 || lines.chars[j] === 0) return line;
  const origin = lines.view(j);
  return origin.leadingSpaces < shape.indent && !origin.blank ? origin : line;
}

/**
 * Joins the lines of a wrapped log back, chunk by chunk (chunks of whole lines, as decodeLines gives them), and
 * maps the line numbers of the joined text back to the lines as pasted (`lines`).
 */
export class Unwrapper {
  /** the pasted lines of the logical line still open at the end of the last chunk (it may go on in the next) */
  private held: Buffer | null = null;
  /** true when the last chunk ended inside a line (a piece of a giant line): the next chunk's first line is its rest */
  private midLine = false;
  /** the logical lines handed on: which pasted lines each joins */
  readonly lines = new LineMap();

  constructor(readonly shape: WrapShape) {}

  /** The joined text of this chunk's logical lines, but the last one when the next chunk may continue it. */
  push(bytes: Uint8Array): Buffer {
    const chunk = bufferView(bytes);
    const buf = this.held ? Buffer.concat([this.held, chunk]) : chunk;
    this.held = null;
    return this.join(buf, false);
  }

  /** The logical line still held, at the end of the input. */
  end(): Buffer {
    const buf = this.held;
    this.held = null;
    return buf ? this.join(buf, true) : Buffer.alloc(0);
  }

  private join(buf: Buffer, final: boolean): Buffer {
    const out: Buffer[] = [];
    let from = 0;
    if (this.midLine) {
      // the rest of a line begun in the last chunk, handed on as it is
      const nl = buf.indexOf(NEWLINE);
      from = nl < 0 ? buf.length : nl + 1;
      this.midLine = nl < 0;
      if (nl < 0) return buf;
    }
    // bytes from `copyFrom` on are handed on as they are, up to the next join
    let copyFrom = 0;
    let open: { start: number; pieces: number; first: LineView; last: LineView; outLength: number; copyFrom: number } | null = null;
    for (const line of linesOf(buf, from, buf.length)) {
      if (open && open.pieces < MAX_PIECES && continues(open.first, open.last, line, this.shape)) {
        // drop the line break (and a CR), with a space where a word wrap removed the one it broke at
        out.push(buf.subarray(copyFrom, open.last.to));
        if (this.shape.mode === 'word' && !open.last.endsInSpace && !gluedWord(open.last, this.shape)) out.push(SPACE_BYTE);
        copyFrom = line.from + (this.shape.indent ?? 0);
        open.pieces++;
        open.last = line;
        continue;
      }
      if (open) this.close(open.pieces);
      open = { start: line.from, pieces: 1, first: line, last: line, outLength: out.length, copyFrom };
    }
    if (open && !final && buf[buf.length - 1] === NEWLINE) {
      // the open logical line may go on in the next chunk: keep its pasted lines, to be decided again then
      out.length = open.outLength;
      out.push(buf.subarray(open.copyFrom, open.start));
      this.held = Buffer.from(buf.subarray(open.start));
      return Buffer.concat(out);
    }
    if (open) this.close(open.pieces);
    this.midLine = buf.length > 0 && buf[buf.length - 1] !== NEWLINE;
    out.push(buf.subarray(copyFrom));
    return out.length === 1 ? out[0]! : Buffer.concat(out);
  }

  private close(pieces: number): void {
    this.lines.add(pieces, 1);
  }
}

const SPACE_BYTE = Buffer.from(' ');

