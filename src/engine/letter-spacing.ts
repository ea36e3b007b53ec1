// A Windows program's UTF-16 output read as single bytes (PowerShell 5.1's `>` writes UTF-16LE; a tool or an
// editor that opens it as ASCII / Latin-1 shows each character's zero byte as a space) arrives letter-spaced:
// "T o r c h   n o t   c o m p i l e d" — every character followed by a space, a space of the text shown as
// three. No pattern reads a word there. (Where the zero bytes themselves reach us, read-log.ts drops them and
// the text is whole again; a file that is UTF-16 throughout is decoded as such.)
//
// Such a line is read two characters at a time (from its first or, after the space the zero byte following
// the line break above left, its second): a character and a space, or, for a character outside ASCII, its two
// bytes shown as two Latin-1 characters. It is read as letter-spaced only when at least SPACED_SHARE of its
// pairs end in a space, it holds nothing beyond Latin-1 and what it gives back holds a word (three letters in a
// row): ordinary text has two letters side by side in nearly every word, and a row of single digits or signs
// ("0 1 0 1", "x = 1") holds no word. Such a line gets its characters back; every other line passes as it is,
// and lines keep their number. Where the paste collapsed each run of spaces into one (an issue rendered as
// HTML), the words run together and stay unreadable: the spaces that parted them are gone.
import { sampleEnd } from './wrapped-lines.js';
import { bufferView } from '../input/buffer-view.js';
import { LineRewriter } from '../input/line-rewriter.js';

const NEWLINE = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
/** A letter-spaced line gives back at least this many characters (a shorter one tells nothing). */
const MIN_CHARS = 4;
/** The start of a paste shows letter spacing with a line of at least this many characters, two words at least. */
const MIN_SAMPLE_CHARS = 12;
/** The share of a letter-spaced line's pairs that end in a space (the others: characters outside ASCII). */
const SPACED_SHARE = 0.5;

/** Lines the sample test reads closer at most. */
const MAX_SAMPLE_CANDIDATES = 64;
/** Byte pairs read at a place of a line to tell whether it may be letter-spaced, and how many must end in a space. */
const PROBE_PAIRS = 4;
const PROBE_SPACED = 3;

/** Whether the start of a paste (read as wrapShapeOf reads it) holds a letter-spaced line long enough to tell. */
export function isLetterSpacedPaste(sample: Uint8Array): boolean {
  const buf = bufferView(sample);
  const to = sampleEnd(buf);
  let candidates = 0;
  // (a letter-spaced line of 2 * MIN_SAMPLE_CHARS bytes holds a run of PROBE_PAIRS pairs at every eighth byte, in one
  // of the two phases: the bytes are read at that stride, and only a line holding such a run is decoded)
  for (let i = 0; i + 2 * PROBE_PAIRS < to && candidates < MAX_SAMPLE_CANDIDATES; i += 2 * PROBE_PAIRS) {
    if (!probe(buf, i) && !probe(buf, i + 1)) continue;
    candidates++;
    const from = buf.lastIndexOf(NEWLINE, i) + 1;
    let nl = buf.indexOf(NEWLINE, i);
    if (nl < 0 || nl > to) nl = to;
    const text = letterSpacedText(buf, from, nl, false);
    if (text !== null && text.trim().length >= MIN_SAMPLE_CHARS && text.trim().includes(' ')) return true;
    i = nl - nl % (2 * PROBE_PAIRS);
  }
  return false;
}

/** Whether PROBE_SPACED of the PROBE_PAIRS byte pairs from `from` are a character and a space (no line break among them). */
function probe(buf: Buffer, from: number): boolean {
  if (buf[from + 1] !== SPACE || buf[from + 3] !== SPACE) return false;
  let spaced = 0;
  for (let k = 0, i = from; k < PROBE_PAIRS; k++, i += 2) {
    if (buf[i] === NEWLINE || buf[i + 1] === NEWLINE) return false;
    if (buf[i + 1] === SPACE && buf[i] !== SPACE) spaced++;
  }
  return spaced >= PROBE_SPACED;
}

/**
 * The text of letter-spaced line [from, to) (a CR before its end kept), or null when the line is not
 * letter-spaced. `inPaste`: the paste as a whole shows letter spacing, and a line of it with a space after every
 * character is read back too without a word (a version "2 . 1 7 . 0", a fence "` ` `").
 */
function letterSpacedText(buf: Buffer, from: number, to: number, inPaste: boolean): string | null {
  if (to - from < (inPaste ? 2 : 2 * MIN_CHARS - 1)) return null;
  const line = buf.toString('utf8', from, to);
  const end = line.endsWith('\r') ? line.length - 1 : line.length;
  // (from the second character: after the zero byte of the line break above, or a character outside ASCII whose
  // byte 0x0a broke the line above inside it)
  return lettersOf(line, 0, end, inPaste) ?? lettersOf(line, 1, end, inPaste);
}

/** line[phase, end) read as pairs (see above): its text, or null when it is not letter-spaced (`inPaste`: letterSpacedText). */
function lettersOf(line: string, phase: number, end: number, inPaste: boolean): string | null {
  let out = '';
  let pairs = 0;
  let spaced = 0;
  // (pairs that may end otherwise: past this many, the line is not letter-spaced)
  const others = (1 - SPACED_SHARE) * ((end - phase + 1) >> 1);
  let run = 0;
  let word = false;
  for (let i = phase; i < end; i += 2) {
    const c = line.charCodeAt(i);
    const next = i + 1 < end ? line.charCodeAt(i + 1) : SPACE;
    if (c > 0xff || next > 0xff) return null;
    pairs++;
    if (next === SPACE) {
      spaced++;
      out += line[i];
      run = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? run + 1 : 0;
      if (run >= 3) word = true;
    } else {
      if (pairs - spaced > others) return null;
      // (a character outside ASCII: its two bytes, low one first)
      out += String.fromCharCode(c | (next << 8));
      run = 0;
    }
  }
  if (end < line.length && line.charCodeAt(end) === CR) out += '\r';
  if (pairs >= MIN_CHARS && spaced >= SPACED_SHARE * pairs && word) return out;
  return inPaste && spaced === pairs && out.trim() !== '' ? out : null;
}

/** Gives letter-spaced lines their characters back, chunk by chunk (chunks of whole lines; a giant line may come in pieces). */
export class LetterSpacingJoiner extends LineRewriter {
  constructor() {
    super(true);
  }

  /** Line [from, to) (without CR and newline) as its characters, or null when it is not letter-spaced. */
  protected rewrite(buf: Buffer, from: number, to: number): Buffer | null {
    const text = letterSpacedText(buf, from, to, true);
    return text === null ? null : Buffer.from(text);
  }
}
