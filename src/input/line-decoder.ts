// A log in a Windows code page is often not all in it: a Chinese Windows console's output (GBK) pasted into a
// UTF-8 file around UTF-8 text, a batch file's echo lines around Python's UTF-8 output. Decoding all of it with
// the code page turns the UTF-8 lines into nonsense, and decoding it as UTF-8 the code-page lines. So such a
// log is decoded line by line: a line that is valid UTF-8 as UTF-8, any other with the code page. No legacy
// code page uses the newline byte inside a character, so cutting at it is safe.
import { isUtf8 } from 'node:buffer';
import type { LegacyEncoding } from './decode.js';

const NEWLINE = 0x0a;

/** Decodes bytes line by line (see above); the bytes of a line cut by the end of a read wait for the rest. */
export class LineDecoder {
  private readonly legacy: TextDecoder;
  private carry: Buffer = Buffer.alloc(0);

  constructor(encoding: LegacyEncoding, private readonly maxCarry: number) {
    this.legacy = new TextDecoder(encoding);
  }

  /** The text of the whole lines so far (all of it when `last`); a line longer than maxCarry is handed on in pieces. */
  decode(bytes: Buffer, last: boolean): string {
    const data = this.carry.length > 0 ? Buffer.concat([this.carry, bytes]) : bytes;
    const end = last ? data.length : data.lastIndexOf(NEWLINE) + 1;
    if (!last && end === 0 && data.length <= this.maxCarry) {
      this.carry = Buffer.from(data); // (a copy: the read buffer may be reused)
      return '';
    }
    const upTo = end === 0 ? data.length : end;
    this.carry = upTo < data.length ? Buffer.from(data.subarray(upTo)) : Buffer.alloc(0);
    return decodeLines(data.subarray(0, upTo), this.legacy);
  }
}

/** Each line of the bytes as UTF-8 when it is valid UTF-8, else with the code page; runs of lines of one kind at once. */
function decodeLines(data: Buffer, legacy: TextDecoder): string {
  let out = '';
  let runStart = 0;
  let runUtf8 = true;
  for (let from = 0; from < data.length;) {
    const nl = data.indexOf(NEWLINE, from);
    const to = nl < 0 ? data.length : nl + 1;
    const utf8 = isUtf8(data.subarray(from, to));
    if (utf8 !== runUtf8 && from > runStart) {
      out += decodeRun(data.subarray(runStart, from), runUtf8, legacy);
      runStart = from;
    }
    runUtf8 = utf8;
    from = to;
  }
  return out + decodeRun(data.subarray(runStart), runUtf8, legacy);
}

function decodeRun(bytes: Buffer, utf8: boolean, legacy: TextDecoder): string {
  return utf8 ? bytes.toString('utf8') : legacy.decode(bytes);
}
