// Marks a paste puts on and inside lines that the program never printed: a terminal's colour codes kept by a
// capture, the `> ` of a reply quoting the log (`> > ` when quoted again), a code fence typed against the first
// or the last line ("```Installing collected packages…", "…torch-2.4.0+cu121```"). The scan reads every line
// without colour codes and quote markers anyway (line-scanner.ts cleanLine); removing them before the other
// stages lets those stages see the lines as the program wrote them: a coloured or quoted log that was also
// wrapped is measured at its visible width and joined back, and a fence glued to a message no longer hides the
// message's end or start from the patterns. A Chinese input method also retypes the colon after an exception's
// name as the full-width `：` (`ImportError：DLL load failed`), which no program prints there: it becomes `: `
// again, so the rules written for `ImportError: ` read it. Lines keep their number (nothing is added or joined
// here).
import { stripVTControlCharacters } from 'node:util';
import { sampleEnd } from './wrapped-lines.js';
import { bufferView } from '../input/buffer-view.js';
import { LineRewriter } from '../input/line-rewriter.js';

const NEWLINE = 0x0a;
const CR = 0x0d;
const ESC = 0x1b;
const GT = 0x3e;
const TAB = 0x09;
const SPACE = 0x20;
const BACKTICK = 0x60;
/** UTF-8 of U+009B, the one-byte CSI (the scan strips it as it strips ESC [) */
const C1_CSI = Buffer.from('\u009b');
/** UTF-8 of U+FF1A FULLWIDTH COLON, and what it becomes after an exception's name */
const FULLWIDTH_COLON = Buffer.from('\uff1a');
const COLON_SPACE = Buffer.from(': ');
/** How the name of an exception or warning class ends (`ImportError`, `OSError`, `UserWarning`, `RuntimeException`). */
const EXCEPTION_ENDS = ['Error', 'Exception', 'Warning'].map((w) => Buffer.from(w));

/** Quoted lines a paste needs to be read as quoted: at least this many, and this share of its non-blank lines. */
const MIN_QUOTED = 2;
const MIN_QUOTED_SHARE = 0.25;

export interface PasteMarks {
  /** escape sequences (ESC, CSI) on some line */
  escapes: boolean;
  /** quote markers before enough lines (MIN_QUOTED, MIN_QUOTED_SHARE) */
  quotes: boolean;
  /** a code fence glued to a line's text */
  fences: boolean;
  /** a full-width colon right after an exception's name */
  colons: boolean;
}

/** The marks the start of a paste shows (read as wrapShapeOf reads it), or null when it shows none. */
export function pasteMarksOf(sample: Uint8Array): PasteMarks | null {
  const buf = bufferView(sample);
  const to = sampleEnd(buf);
  const head = buf.subarray(0, to);
  const escapes = head.indexOf(ESC) >= 0 || head.indexOf(C1_CSI) >= 0;
  const quoteMarks = head.indexOf(GT) >= 0;
  const fenceMarks = head.indexOf('```') >= 0;
  const colons = exceptionColon(head, 0, head.length) >= 0;
  if (!escapes && !quoteMarks && !fenceMarks && !colons) return null;
  let quoted = 0;
  let nonBlank = 0;
  let fences = false;
  for (let at = 0; at < to; ) {
    let nl = head.indexOf(NEWLINE, at);
    if (nl < 0) nl = to;
    let i = at;
    while (i < nl && (buf[i] === SPACE || buf[i] === TAB || buf[i] === CR)) i++;
    if (i < nl) {
      nonBlank++;
      if (quoteMarks && quoteLength(buf, at, nl) > 0) quoted++;
      if (fenceMarks && !fences) {
        const end = buf[nl - 1] === CR ? nl - 1 : nl;
        fences = gluedFence(buf.toString('latin1', at + quoteLength(buf, at, end), end)) !== null;
      }
    }
    at = nl + 1;
  }
  const quotes = quoted >= MIN_QUOTED && quoted >= MIN_QUOTED_SHARE * nonBlank;
  return escapes || quotes || fences || colons ? { escapes, quotes, fences, colons } : null;
}

/** The first full-width colon in buf[from, to) right after an exception's name (EXCEPTION_ENDS), or -1. */
function exceptionColon(buf: Buffer, from: number, to: number): number {
  for (let at = buf.indexOf(FULLWIDTH_COLON, from); at >= 0 && at + FULLWIDTH_COLON.length <= to; at = buf.indexOf(FULLWIDTH_COLON, at + FULLWIDTH_COLON.length)) {
    if (EXCEPTION_ENDS.some((w) => at - w.length >= from && buf.compare(w, 0, w.length, at - w.length, at) === 0)) return at;
  }
  return -1;
}

/**
 * Markdown / e-mail quote markers at a line's start: `>` after up to three white-space characters, repeated
 * (`> > `, `>>`), and one space after the last. The scan strips them from every line (line-scanner.ts cleanLine),
 * this stage from the lines of a quoted paste: one grammar for both.
 */
export const QUOTE_PREFIX = /^(?:\s{0,3}>)+ ?/;
/** A line's first bytes read for its quote markers (a reply quoted more than a dozen times deep is no paste). */
const QUOTE_HEAD_BYTES = 64;

/** Bytes of the quote markers (QUOTE_PREFIX) at the start of line [from, to); 0 when the line is not quoted. */
function quoteLength(buf: Buffer, from: number, to: number): number {
  // (most lines have no '>' after their first white space: told from the bytes, without making a string)
  let i = from;
  while (i < to && i - from < 3 && (buf[i] === SPACE || (buf[i]! >= TAB && buf[i]! <= CR))) i++;
  if (i >= to || buf[i] !== GT) return 0;
  // (ASCII markers: a Latin-1 string has one character a byte, and no byte of a UTF-8 character reads as white space before '>')
  return QUOTE_PREFIX.exec(buf.toString('latin1', from, Math.min(to, from + QUOTE_HEAD_BYTES)))?.[0].length ?? 0;
}

/**
 * A code fence glued to a line's text: the [start, end) of the text without it, or null. Opening: ``` right
 * before text that holds a space (an info string never does: "```python" is a fence line); closing: ``` right
 * after text (a line that is only a fence is not glued).
 */
function gluedFence(line: string): [number, number] | null {
  let start = 0;
  let end = line.length;
  let indent = 0;
  while (indent < 3 && indent < line.length && line.charCodeAt(indent) === SPACE) indent++;
  if (line.startsWith('```', indent) && (indent + 3 === line.length || line.charCodeAt(indent + 3) !== BACKTICK)) {
    const rest = line.slice(indent + 3);
    if (rest.trim() !== '' && rest.charCodeAt(0) !== SPACE && rest.includes(' ')) start = indent + 3;
  }
  if (end - start > 3 && line.endsWith('```') && line.charCodeAt(end - 4) !== BACKTICK && line.slice(start, end - 3).trim() !== '') end -= 3;
  return start > 0 || end < line.length ? [start, end] : null;
}

/** Removes the marks a paste showed from every line, chunk by chunk (chunks of whole lines; a giant line may come in pieces). */
export class MarkStripper extends LineRewriter {
  constructor(readonly marks: PasteMarks) {
    super(true);
  }

  /** Line [from, to) (without CR and newline) without its marks, or null when it has none. */
  protected rewrite(buf: Buffer, from: number, to: number): Buffer | null {
    // (most lines hold none of the marks looked for: told from their bytes, without a view or a string made)
    const m = this.marks;
    if (!(m.escapes && holdsEscape(buf, from, to)) && !(m.quotes && quoteLength(buf, from, to) > 0)
      && !(m.colons && holdsFullwidthColon(buf, from, to)) && !(m.fences && mayHoldFence(buf, from, to))) return null;
    let line = buf.subarray(from, to);
    let changed = false;
    // colour codes, as the scan strips them (a line that a terminal also drew over with CR is left to the
    // scan, which drops the progress bars before the codes)
    if (this.marks.escapes && (line.indexOf(ESC) >= 0 || line.indexOf(C1_CSI) >= 0) && line.indexOf(CR) < 0) {
      line = Buffer.from(stripVTControlCharacters(line.toString('utf8')));
      changed = true;
    }
    if (this.marks.quotes) {
      const skip = quoteLength(line, 0, line.length);
      if (skip > 0) {
        line = line.subarray(skip);
        changed = true;
      }
    }
    if (this.marks.colons) {
      const colon = exceptionColon(line, 0, line.length);
      if (colon >= 0) {
        line = withColons(line, colon);
        changed = true;
      }
    }
    if (this.marks.fences) {
      // (positions in a Latin-1 string are byte offsets)
      const glued = gluedFence(line.toString('latin1'));
      if (glued) {
        line = line.subarray(glued[0], glued[1]);
        changed = true;
      }
    }
    return changed ? line : null;
  }
}

/** Whether line [from, to) holds an ESC or the one-byte CSI (C1_CSI), looked for in its bytes only. */
function holdsEscape(buf: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const b = buf[i]!;
    if (b === ESC || (b === C1_CSI[0] && i + 1 < to && buf[i + 1] === C1_CSI[1])) return true;
  }
  return false;
}

/** Whether line [from, to) holds a full-width colon (FULLWIDTH_COLON), looked for in its bytes only. */
function holdsFullwidthColon(buf: Buffer, from: number, to: number): boolean {
  for (let i = from; i + 2 < to; i++) if (buf[i] === FULLWIDTH_COLON[0] && buf[i + 1] === FULLWIDTH_COLON[1] && buf[i + 2] === FULLWIDTH_COLON[2]) return true;
  return false;
}

/** Whether line [from, to) may hold a glued fence (gluedFence): ``` after up to three spaces, or ``` at its end. */
function mayHoldFence(buf: Buffer, from: number, to: number): boolean {
  let i = from;
  while (i < to && i - from < 3 && buf[i] === SPACE) i++;
  const opens = i + 3 <= to && buf[i] === BACKTICK && buf[i + 1] === BACKTICK && buf[i + 2] === BACKTICK;
  return opens || (to - from >= 3 && buf[to - 1] === BACKTICK && buf[to - 2] === BACKTICK && buf[to - 3] === BACKTICK);
}

/** The line with `: ` for each full-width colon after an exception's name, from the one at `first` on (`Error： x`: `Error: x`). */
function withColons(line: Buffer, first: number): Buffer {
  const parts: Buffer[] = [];
  let copyFrom = 0;
  for (let at = first; at >= 0; at = exceptionColon(line, copyFrom, line.length)) {
    parts.push(line.subarray(copyFrom, at));
    copyFrom = at + FULLWIDTH_COLON.length;
    parts.push(line[copyFrom] === SPACE ? COLON_SPACE.subarray(0, 1) : COLON_SPACE);
  }
  parts.push(line.subarray(copyFrom));
  return Buffer.concat(parts);
}
