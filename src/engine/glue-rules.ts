// Which neighbouring lines the regex stage reads together with a line (line-scanner.ts): the next one joined
// after a space, and the lines of exactly a console's width before it (a message hard-broken by a copy from
// the screen). The WebAssembly prefilter (wasm/prefilter.ts) must let through every line such a neighbour
// could change, so it reads these same numbers from glueTable() at start instead of keeping its own copy.
import { CONSOLE_WIDTHS } from './wrapped-lines.js';

/** A line of exactly one of these widths (in characters) was probably cut there by a console. */
export const WRAP_WIDTHS: ReadonlySet<number> = CONSOLE_WIDTHS;
export const MIN_WRAP_WIDTH = Math.min(...WRAP_WIDTHS);
export const MAX_WRAP_WIDTH = Math.max(...WRAP_WIDTHS);
/** WRAP_WIDTHS as a flag per width 0..255 (a Set's has() is a hash lookup; the prefilter's table starts with it). */
const WRAP_WIDTH_FLAGS = Uint8Array.from({ length: 256 }, (_, w) => (WRAP_WIDTHS.has(w) ? 1 : 0));
/** Whether a line of this many characters is exactly as wide as a console wraps at. */
export function isWrapWidth(chars: number): boolean {
  return WRAP_WIDTH_FLAGS[chars] === 1;
}
/** A message is looked for across at most this many full-width lines before the one holding its literal. */
export const MAX_WRAP_LINES = 3;
/** Bytes of a line read for its line-start literals. */
export const LINE_HEAD = 160;
/** Regexes never see more than this many bytes (UTF-8) of one line. */
export const MAX_WINDOW = 8192;

/** The prefilter's copy, as its memory holds it: a flag per width 0..255, then five i32 (little-endian). */
export function glueTable(): Uint8Array {
  if (MAX_WRAP_WIDTH > 255) throw new Error('a console width over 255 does not fit the prefilter table');
  const table = new Uint8Array(GLUE_TABLE_BYTES);
  table.set(WRAP_WIDTH_FLAGS);
  const view = new DataView(table.buffer);
  [MAX_WRAP_LINES, LINE_HEAD, MAX_WINDOW, MIN_WRAP_WIDTH, MAX_WRAP_WIDTH].forEach((n, i) => view.setInt32(256 + 4 * i, n, true));
  return table;
}

export const GLUE_TABLE_BYTES = 256 + 5 * 4;
