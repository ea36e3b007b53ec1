// A log can arrive as the text of JSON strings: copied out of an API payload or a bot's report
// ({"body": "Traceback…\n  File \"…\""}), a Jupyter notebook's outputs ("text": ["line\n", …], "traceback": […]),
// docker's json-file log ({"log":"…\n","stream":"stderr",…} on every line), or such a string without its quotes.
// Its line breaks are then "\n" escapes and its quotes and backslashes are escaped, so a message's start is
// hidden and a traceback is one line. When the start of a paste is mostly such strings, each line holding one
// is replaced by the text the string encodes (JSON.parse); every other line passes as it is.
//
// Line numbers: a string holding several lines becomes several lines. Evidence found in any of them names the
// line as pasted that holds the string (`lines`), so numbers and counts stay those of the paste.
//
// What a line becomes (only when the paste as a whole was found to be JSON-escaped):
// - an array element  "…"  or  "…",              its text (a notebook's "text" / "traceback" arrays)
// - a member  "key": "…"  or  key: "…"  or  key = "…"  whose text holds a line break: that text, without the key
//   (a member without one is left as pasted: "nvidia.com/gpu": "0" keeps its key)
// - a whole JSON document on one line  {…}  or  […]: the texts of its strings that hold a line break, in
//   order (docker's json-file: the "log" value; "stream" and "time" are dropped); none: left as pasted
// - a line with "\n" escapes and no enclosing quotes, that is a valid JSON string body: its text
// A line longer than one chunk (a string of several MB, handed on in pieces) passes as it is.

import { LineMap } from './line-map.js';
import { bufferView } from './buffer-view.js';
import { LineRewriter } from './line-rewriter.js';

const NEWLINE = 0x0a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const ESCAPED_BREAK = Buffer.from('\\n');
/** The start of a paste that decides (as much as the wrap and column checks read). */
const SAMPLE_BYTES = 64 << 10;

/** A paste is JSON-escaped when its strings hold escaped line breaks as many as this share of its lines... */
const MIN_BREAK_SHARE = 0.5;
/** ... or when this share of its lines (at least MIN_JSON_LINES) is JSON and some string holds an escape (a notebook). */
const MIN_JSON_SHARE = 0.8;
const MIN_JSON_LINES = 4;

/** The decoded lines a pasted line stands for, or null when it is not a JSON-escaped line (it stays as it is). */
export function unescapedLines(line: string): string[] | null {
  const texts = escapedTexts(line);
  return texts && texts.flatMap(linesOf);
}

/** The texts of the JSON strings a line is made of (the shapes above), or null. */
function escapedTexts(line: string): string[] | null {
  const t = trimLine(line);
  if (t === '') return null;
  const first = t.charCodeAt(0);
  if (first === QUOTE) {
    const end = literalEnd(t, 0);
    if (end === t.length) return listOf(parseString(t)); // an array element
    return end > 0 ? memberText(t, end) : null;
  }
  if ((first === 0x7b && t.endsWith('}')) || (first === 0x5b && t.endsWith(']'))) return documentTexts(t);
  const key = identifierKeyEnd(t);
  const member = key > 0 ? memberText(t, key) : null;
  if (member) return member;
  // the body of a string without its quotes: two line breaks at least tell it from a line with a path (C:\new)
  const br = t.indexOf('\\n');
  if (br >= 0 && t.indexOf('\\n', br + 2) > 0) return listOf(parseString(`"${pythonReprBody(t)}"`));
  return null;
}

/**
 * A Python repr printed instead of the text (print(subprocess.check_output(...)) gives b'line\r\nline\r\n'):
 * its quotes and b/u prefix are not part of the first and last lines. Its escapes are JSON's as long as it holds
 * no \' or \x escape; one that does fails to parse and the line stays as pasted.
 */
function pythonReprBody(t: string): string {
  const open = t.charCodeAt(0) === 0x27 ? 0 : (t.charCodeAt(1) === 0x27 && 'bBuU'.includes(t[0]!) ? 1 : -1);
  return open >= 0 && t.length > open + 1 && t.endsWith("'") ? t.slice(open + 1, -1) : t;
}

const listOf = (text: string | null): string[] | null => (text === null ? null : [text]);

/** A line without its end of line, trailing comma and surrounding white space. */
function trimLine(line: string): string {
  let t = line.trim();
  if (t.endsWith(',')) t = t.slice(0, -1).trimEnd();
  return t;
}

/** Index just past the JSON string literal opening at s[from], or -1 when it does not close on the line. */
function literalEnd(s: string, from: number): number {
  for (let i = from + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i + 1;
  }
  return -1;
}

/** After a key ending at `keyEnd`: ':' or '=', then a string literal closing at the line's end. */
function memberText(t: string, keyEnd: number): string[] | null {
  let i = keyEnd;
  while (t.charCodeAt(i) === 0x20 || t.charCodeAt(i) === 0x09) i++;
  const sep = t.charCodeAt(i);
  if (sep !== 0x3a && sep !== 0x3d) return null;
  i++;
  while (t.charCodeAt(i) === 0x20 || t.charCodeAt(i) === 0x09) i++;
  if (t.charCodeAt(i) !== QUOTE || literalEnd(t, i) !== t.length) return null;
  const text = parseString(t.slice(i));
  return text !== null && text.includes('\n') ? [text] : null;
}

/** The end of a bare key (letters, digits, _ . -) at the line's start, or 0 (memberText checks what follows). */
function identifierKeyEnd(t: string): number {
  let i = 0;
  while (i < t.length && i < 64) {
    const c = t.charCodeAt(i);
    const word = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || (i > 0 && ((c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d));
    if (!word) break;
    i++;
  }
  return i;
}

/** The strings of a one-line JSON document that hold a line break; null when none does. */
function documentTexts(t: string): string[] | null {
  let doc: unknown;
  try {
    doc = JSON.parse(t);
  } catch {
    return null;
  }
  const out: string[] = [];
  const stack: unknown[] = [doc];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v.includes('\n')) out.push(v);
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (v !== null && typeof v === 'object') {
      const values = Object.values(v);
      for (let i = values.length - 1; i >= 0; i--) stack.push(values[i]);
    }
  }
  return out.length > 0 ? out : null;
}

function parseString(literal: string): string | null {
  try {
    const v: unknown = JSON.parse(literal);
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}

/** A text's lines; the line break that ends it (a notebook's "line\n") opens no empty line. */
function linesOf(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) if (lines[i]!.endsWith('\r')) lines[i] = lines[i]!.slice(0, -1);
  return lines;
}

/**
 * Whether the start of a paste is JSON-escaped: its strings hold escaped line breaks as many as half its lines
 * (a log in one or a few strings, docker's json-file log), or its lines are mostly JSON and some string holds an
 * escape (a notebook).
 */
export function isJsonEscapedPaste(sample: Uint8Array): boolean {
  const whole = bufferView(sample);
  const buf = whole.subarray(0, sampleEnd(whole));
  // where the "\n" escapes are (a plain log has none or a few: C:\nvidia): a paste without one is read
  // closer only when it starts as JSON does (a notebook whose strings hold colours, not line breaks)
  const breakAt: number[] = [];
  for (let at = buf.indexOf(ESCAPED_BREAK); at >= 0; at = buf.indexOf(ESCAPED_BREAK, at + 2)) breakAt.push(at);
  if (breakAt.length === 0 && (buf.indexOf(BACKSLASH) < 0 || !JSON_START.has(buf[firstNonBlank(buf, 0, buf.length)]!))) return false;
  let nonBlank = 0;
  let json = 0;
  let breaks = 0;
  let escaped = 0;
  let nextBreak = 0;
  for (let from = 0; from < buf.length;) {
    let to = buf.indexOf(NEWLINE, from);
    if (to < 0) to = buf.length;
    const start = firstNonBlank(buf, from, to);
    while (nextBreak < breakAt.length && breakAt[nextBreak]! < from) nextBreak++;
    const hasBreak = nextBreak < breakAt.length && breakAt[nextBreak]! < to;
    const lineFrom = from;
    from = to + 1;
    if (start === to) continue;
    nonBlank++;
    const c = buf[start]!;
    // a line starting as JSON does is read closer; any other only when it holds a "\n" escape (a member
    // key: "…", a string without its quotes)
    if (!JSON_START.has(c) && !hasBreak) continue;
    const t = trimLine(buf.toString('utf8', lineFrom, to));
    if (isStructure(t)) { json++; continue; }
    const texts = escapedTexts(t);
    if (texts) {
      json++;
      if (t.includes('\\')) escaped++;
      for (const text of texts) breaks += text.split('\n').length - 1;
    } else if (c === QUOTE && literalEnd(t, 0) > 0) json++;
  }
  return (breaks > 0 && breaks >= MIN_BREAK_SHARE * nonBlank) || (escaped > 0 && nonBlank >= MIN_JSON_LINES && json >= MIN_JSON_SHARE * nonBlank);
}

/**
 * Where the lines read to decide end: at the end of the line that holds the SAMPLE_BYTES-th byte (a paste held
 * in memory comes whole; a log in one JSON string is one long line, read whole).
 */
function sampleEnd(buf: Buffer): number {
  if (buf.length <= SAMPLE_BYTES) return buf.length;
  const nl = buf.indexOf(NEWLINE, SAMPLE_BYTES - 1);
  return nl < 0 ? buf.length : nl + 1;
}

const JSON_START = new Set([QUOTE, 0x7b, 0x7d, 0x5b, 0x5d]);

/** The first byte of buf[from, to) that is not white space (or CR), or `to`. */
function firstNonBlank(buf: Buffer, from: number, to: number): number {
  let i = from;
  while (i < to && (buf[i] === 0x20 || buf[i] === 0x09 || buf[i] === 0x0d || buf[i] === NEWLINE)) i++;
  return i;
}

/** Brackets and braces only, or a member whose value is a number, true/false/null or an opening bracket. */
function isStructure(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c !== 0x7b && c !== 0x7d && c !== 0x5b && c !== 0x5d && c !== 0x2c && c !== 0x20) return false;
  }
  return true;
}

/**
 * Replaces each JSON-escaped line of a paste by the lines it encodes, chunk by chunk (chunks of whole lines, as
 * decodeLines gives them; a giant line's pieces pass as they are: they do not parse as JSON), and maps the line numbers of the result back to the lines as pasted.
 */
export class JsonUnescaper extends LineRewriter {
  /** the lines handed on: how many each pasted line became */
  readonly lines = new LineMap();

  constructor() {
    super(false);
  }

  protected rewrite(buf: Buffer, from: number, to: number): Buffer | null {
    const lines = this.decoded(buf, from, to);
    this.lines.add(1, lines ? lines.length : 1);
    return lines && Buffer.from(lines.join('\n'), 'utf8');
  }

  /** The decoded lines of buf[from, to), or null to keep it (only lines that may be JSON are decoded). */
  private decoded(buf: Buffer, from: number, to: number): string[] | null {
    let i = from;
    while (i < to && (buf[i] === 0x20 || buf[i] === 0x09)) i++;
    if (i === to) return null;
    // (searched within the line: an indexOf on the buffer would run on to the chunk's end on every line)
    const c = buf[i]!;
    if (c !== QUOTE && c !== 0x7b && c !== 0x5b && buf.subarray(i, to).indexOf(ESCAPED_BREAK) < 0) return null;
    return unescapedLines(buf.toString('utf8', from, to));
  }
}
