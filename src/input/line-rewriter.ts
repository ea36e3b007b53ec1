// The loop the paste stages that rewrite lines in place share (JSON unescaping, paste marks): a chunk of whole
// lines goes through line by line; a line the stage rewrites is replaced, every other byte is handed on as it
// is, and a chunk with nothing rewritten is handed on without a copy. The last line of a chunk may be a piece of
// a giant line: the next chunk's first bytes are then its rest, handed on as they are.
import { bufferView } from './buffer-view.js';

const NEWLINE = 0x0a;
const CR = 0x0d;

export abstract class LineRewriter {
  /** true when the last chunk ended inside a line (a piece of a giant line): the next chunk's first bytes are its rest */
  private midLine = false;

  /** `keepsCR`: a line is rewritten without the CR before its newline, which stays after the new text. */
  protected constructor(private readonly keepsCR: boolean) {}

  push(bytes: Uint8Array): Buffer {
    const buf = bufferView(bytes);
    const parts: Buffer[] = [];
    let copyFrom = 0;
    for (let at = 0; at < buf.length; ) {
      const nl = buf.indexOf(NEWLINE, at);
      let end = nl < 0 ? buf.length : nl;
      if (!this.midLine) {
        if (this.keepsCR && end > at && buf[end - 1] === CR) end--;
        // (a last line without its newline is rewritten too: the end of the input, or a giant line's first piece)
        const line = this.rewrite(buf, at, end);
        if (line !== null) {
          parts.push(buf.subarray(copyFrom, at), line);
          copyFrom = end;
        }
      }
      this.midLine = nl < 0;
      at = nl < 0 ? buf.length : nl + 1;
    }
    if (copyFrom === 0) return buf;
    parts.push(buf.subarray(copyFrom));
    return Buffer.concat(parts);
  }

  /** The new text of line buf[from, to) (without its newline), or null to hand the line on as it is. */
  protected abstract rewrite(buf: Buffer, from: number, to: number): Buffer | null;
}
