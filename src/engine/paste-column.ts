// A paste can carry a column before every line that no logger wrote: a pastebin's or an editor's line
// numbers ("  12 | ", "12\t"), the task labels of `srun --label` ("0: "), a code block's indent, a list marker ("- "), inline-code backticks around each line, a word some wrapper
// printed before each line ("ERROR: ", "stderr: "). Repeated on (nearly) every line of the log, it belongs to the
// paste, not to the messages, and hides their starts from patterns anchored there. When the start of a log
// shows such a column, it is removed from every line before the scan; the lines stay the lines as pasted.
// An issue or a forum post often numbers only the log inside its ``` fences, not the prose around it: when the
// paste as a whole shows no column, the lines inside its fences are looked at alone, and a column found there
// is removed inside fences only.

import { CONSOLE_WIDTHS, sampleEnd } from './wrapped-lines.js';
import { LOG_PREFIX } from './log-line-grammar.js';
import { utf8Chars } from './char-count.js';
import { bufferView } from '../input/buffer-view.js';

const NEWLINE = 0x0a;
const CR = 0x0d;
const BACKTICK = 0x60;
/** enough of a line to hold a fence mark after its indent */
const FENCE_BYTES = 6;

/** The share of lines (non-blank ones; all of them for line numbers) that must carry the column. */
const MIN_SHARE = 0.9;
const MIN_LINES = 4;
/** Lines a paste shorter than MIN_LINES needs to show a column (numbers only: NUMBERED_FEW). */
const MIN_FEW_LINES = 2;
/** A word column is at most this long, separator included. */
const MAX_WORD = 40;

export type PasteColumn = (
  | { kind: 'numbers' }
  | { kind: 'labels' }
  | { kind: 'word'; text: string }
  | { kind: 'backticks' }
) & { /** only the lines inside ``` fences carry it */ fenced?: true };

// a line number and its separator: a tab, ' | ', '| ', '. ', ': ', a space (or nothing, on a numbered blank line)
const NUMBERED = /^ {0,6}(\d{1,6})(?:\t| ?\| ?|\. |: | |$)/;
// the same in a paste of fewer than MIN_LINES lines: a tab or a bar only
const NUMBERED_FEW = /^ {0,6}(\d{1,6})(?:\t| ?\| )/;
// the task label `srun --label` puts before every line of a Slurm job ("0: ", "12: "), one number per task
const LABEL = /^ {0,4}\d{1,5}: /;
/** A label column shows at most this many tasks (more distinct numbers: a count or a list, not tasks). */
const MAX_TASKS = 64;
// a word that ends like a column (':', '|', ']') or a list marker, then one space; or a collector's column padded
// to its bar (docker compose's `ollama-1  | `): one service's log carries it on every line, and a paste of it that
// was also hard-wrapped (a TTY of 80 columns inside the container) is read as wrapped only without it
const WORD = /^(?:[^\s\d`>|][^\s`]{0,38}[:|\]]|[-*]|[\w.-]{1,36} +\|) /;

/**
 * The column every line of the sample starts with (or every line inside its fences), or null. Only the
 * sample's first WRAP_SAMPLE_BYTES (whole lines) are read, as wrapShapeOf reads them: a 1 MB paste handed over
 * in one piece was decoded and split whole, ~5 ms of every such diagnosis.
 */
export function pasteColumnOf(sample: Uint8Array): PasteColumn | null {
  const buf = bufferView(sample);
  const to = sampleEnd(buf);
  const lines = linesOf(buf.subarray(0, to));
  const whole = columnOf(lines, new Set([0]));
  if (whole || !lines.some(isFence)) return whole;
  // the lines inside fences, each block's first line starting a numbering of its own
  const inside: string[] = [];
  const blockStarts = new Set<number>();
  let open = false;
  for (const line of lines) {
    if (isFence(line)) {
      open = !open;
      if (open) blockStarts.add(inside.length);
    } else if (open) inside.push(line);
  }
  const fenced = columnOf(inside, blockStarts);
  return fenced && { ...fenced, fenced: true };
}

/**
 * A code fence: ``` or ~~~ after at most three spaces (an info string may follow). The one test for the
 * sample (pasteColumnOf) and for the stripper (ColumnStripper.carries), so both see the same blocks.
 */
function isFence(line: string): boolean {
  let i = 0;
  while (i < 3 && i < line.length && line.charCodeAt(i) === 0x20) i++; // (a read past the end deoptimises V8's code)
  const mark = line.slice(i, i + 3);
  return mark === '```' || mark === '~~~';
}

/** The column these lines start with; `blockStarts`: the lines whose number may be any (a paste of lines 120-180). */
function columnOf(lines: string[], blockStarts: Set<number>): PasteColumn | null {
  const nonBlank = lines.filter((l) => l.trim() !== '');
  // a paste of two or three lines shows a column only as numbers on every line, with a separator that is not
  // a bare space ("1\t", " 2 | "): a word or a number that starts two lines alike is as likely the message's
  const few = nonBlank.length < MIN_LINES;
  if (few && nonBlank.length < MIN_FEW_LINES) return null;

  // numbers: each one more than the line's before it. Each test below stops reading once too many lines
  // missed its column for the share to be reached (a log without a column is told from its first lines)
  const needed = few ? lines.length : MIN_SHARE * lines.length;
  let sequence = 0;
  let previous = -2;
  for (let i = 0; i < lines.length && lines.length - (i - sequence) >= needed; i++) {
    const m = (few ? NUMBERED_FEW : NUMBERED).exec(lines[i]!);
    const n = m ? Number(m[1]) : -2;
    if (n >= 0 && (n === previous + 1 || blockStarts.has(i))) sequence++;
    previous = n;
  }
  if (few) return sequence === lines.length ? { kind: 'numbers' } : null;
  if (sequence >= needed && sequence >= MIN_LINES) return { kind: 'numbers' };

  const share = MIN_SHARE * nonBlank.length;
  // srun's task labels: the same few numbers, in no order (a job's tasks print as they go)
  const tasks = new Set<string>();
  let labelled = 0;
  for (let i = 0; i < nonBlank.length && nonBlank.length - (i - labelled) >= share; i++) {
    const m = LABEL.exec(nonBlank[i]!);
    if (!m) continue;
    labelled++;
    tasks.add(m[0].trim());
  }
  if (labelled >= share && labelled >= MIN_LINES && tasks.size <= MAX_TASKS && tasks.size < labelled / 2) return { kind: 'labels' };

  // a Markdown code block indented by four spaces (Stack Overflow, Reddit, a forum) or a tab: every line's
  // indent one level deeper than the program printed it, which hides a message's start from a pattern that
  // allows a few spaces before it (a quote marker after four spaces is no quote marker any more)
  for (const indent of ['    ', '\t']) {
    let indented = 0;
    for (let i = 0; i < nonBlank.length && nonBlank.length - (i - indented) >= share; i++) if (nonBlank[i]!.startsWith(indent)) indented++;
    if (indented >= share && indented >= MIN_LINES) return { kind: 'word', text: indent };
  }

  // backticks around each line (not code fences)
  let ticked = 0;
  for (let i = 0; i < nonBlank.length && nonBlank.length - (i - ticked) >= share; i++) {
    const t = nonBlank[i]!.trim();
    if (t.length > 2 && t.startsWith('`') && t.endsWith('`') && !t.startsWith('```')) ticked++;
  }
  if (ticked >= share) return { kind: 'backticks' };

  // one word, the same on every line
  const counts = new Map<string, number>();
  let most = 0;
  for (let i = 0; i < nonBlank.length && most + (nonBlank.length - i) >= share; i++) {
    const w = WORD.exec(nonBlank[i]!.slice(0, MAX_WORD + 1))?.[0];
    if (!w) continue;
    const n = (counts.get(w) ?? 0) + 1;
    counts.set(w, n);
    most = Math.max(most, n);
  }
  for (const [text, n] of counts) if (n >= share) return { kind: 'word', text };
  return null;
}

/** The lines of a buffer, decoded as Latin-1 (only their ASCII starts are compared), without CR. */
function linesOf(buf: Buffer): string[] {
  const text = buf.toString('latin1');
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Removes a paste column from every line, chunk by chunk (chunks of whole lines; a giant line may come in pieces). */
export class ColumnStripper {
  /** true when the last chunk ended inside a line: the next chunk's first bytes are its rest */
  private midLine = false;
  private readonly word: Buffer | null;
  /**
   * A collector's or logger's column that the console showed (compose's `svc-1  | `, torchrun's `[rank0]: `: one
   * the scan reads past anyway, log-line-grammar.ts LOG_PREFIX) is kept on a line exactly a console's width with
   * it: such a line was probably cut there by the terminal, its rest on the next line without the column, and
   * the scan's retry for a single cut (line-scanner.ts glueAfter) measures the line as the terminal did.
   */
  private readonly onScreen: boolean;
  /** a column found inside fences: whether the lines read are inside one now */
  private inFence = false;

  constructor(readonly column: PasteColumn) {
    this.word = column.kind === 'word' ? Buffer.from(column.text, 'latin1') : null;
    this.onScreen = column.kind === 'word' && LOG_PREFIX.exec(column.text)?.[0] === column.text;
  }

  push(bytes: Uint8Array): Buffer {
    const buf = bufferView(bytes);
    const out: Buffer[] = [];
    let at = 0;
    while (at < buf.length) {
      const nl = buf.indexOf(NEWLINE, at);
      const end = nl < 0 ? buf.length : nl + 1;
      if (this.midLine) {
        out.push(buf.subarray(at, end));
      } else {
        let to = nl < 0 ? buf.length : nl;
        const cr = to > at && buf[to - 1] === CR;
        if (cr) to--;
        const from = at + (this.carries(buf, at, to) ? this.prefixLength(buf, at, to) : 0);
        // backticks: the closing one goes too
        const close = this.column.kind === 'backticks' && from > at && to > from && buf[to - 1] === BACKTICK ? to - 1 : to;
        out.push(buf.subarray(from, close), buf.subarray(to, end));
      }
      this.midLine = nl < 0;
      at = end;
    }
    return out.length === 1 ? out[0]! : Buffer.concat(out);
  }

  /** Whether line [from, to) may carry the column: any line, or only those inside fences (fence lines never). */
  private carries(buf: Buffer, from: number, to: number): boolean {
    if (!this.column.fenced) return true;
    if (isFence(buf.toString('latin1', from, Math.min(to, from + FENCE_BYTES)))) {
      this.inFence = !this.inFence;
      return false;
    }
    return this.inFence;
  }

  /** Bytes of the column at the start of line [from, to), 0 when the line does not carry it. */
  private prefixLength(buf: Buffer, from: number, to: number): number {
    if (this.word) {
      if (to - from < this.word.length || !buf.subarray(from, from + this.word.length).equals(this.word)) return 0;
      return this.onScreen && CONSOLE_WIDTHS.has(utf8Chars(buf, from, to)) ? 0 : this.word.length;
    }
    if (this.column.kind === 'backticks') {
      let i = from;
      while (i < to && (buf[i] === 0x20 || buf[i] === 0x09)) i++;
      return i < to && buf[i] === BACKTICK && buf[i + 1] !== BACKTICK ? i + 1 - from : 0;
    }
    return (this.column.kind === 'labels' ? LABEL : NUMBERED).exec(buf.toString('latin1', from, Math.min(to, from + 16)))?.[0].length ?? 0;
  }
}

