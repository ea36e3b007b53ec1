// Characters of a UTF-8 line (a console wraps at a width in characters, not bytes), counted without reading
// every byte: a log is nearly all ASCII, so the chunk is looked at in blocks, each asked once whether it is
// all ASCII (node's isAscii, a vector loop); a line inside such blocks has as many characters as bytes. Only
// lines touching a block with other bytes are counted byte by byte.
import { isAscii } from 'node:buffer';

/** Bytes per block (a power of two): small enough that one '█' or CJK word leaves the lines around it fast. */
const BLOCK_SHIFT = 8;
const BLOCK = 1 << BLOCK_SHIFT;
const UNKNOWN = 0;
const ASCII = 1;
const OTHER = 2;

/** Characters in a UTF-8 range, byte by byte: the bytes that are not continuation bytes (10xxxxxx). */
export function utf8Chars(buf: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if ((buf[i]! & 0xc0) !== 0x80) n++;
  return n;
}

/** Counts characters of lines of one buffer at a time: begin() with each (a reader may refill the same buffer). */
export class CharCounter {
  private buf: Uint8Array = new Uint8Array(0);
  /** by block: UNKNOWN, ASCII or OTHER */
  private blocks = new Uint8Array(0);

  /** Characters in buf[from, to) of the buffer given to begin(): bytes that are not UTF-8 continuation bytes. */
  count(from: number, to: number): number {
    if (to <= from) return 0;
    const buf = this.buf;
    const last = (to - 1) >> BLOCK_SHIFT;
    let ascii = true;
    for (let b = from >> BLOCK_SHIFT; b <= last; b++) {
      let kind = this.blocks[b]!;
      if (kind === UNKNOWN) {
        const at = b << BLOCK_SHIFT;
        kind = isAscii(new Uint8Array(buf.buffer, buf.byteOffset + at, Math.min(BLOCK, buf.length - at))) ? ASCII : OTHER;
        this.blocks[b] = kind;
      }
      if (kind === OTHER) {
        ascii = false;
        break;
      }
    }
    return ascii ? to - from : utf8Chars(buf, from, to);
  }

  /** The buffer count() reads from now on (what was known of the previous one is dropped). */
  begin(buf: Uint8Array): void {
    this.buf = buf;
    const blocks = (buf.length + BLOCK - 1) >> BLOCK_SHIFT;
    if (this.blocks.length >= blocks) this.blocks.fill(UNKNOWN, 0, blocks);
    else this.blocks = new Uint8Array(blocks);
  }
}
