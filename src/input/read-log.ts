// Turns a file or a stream into decoded text chunks that always end at a line break,
// so a log of any size is processed with bounded memory.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { InputError, sniffEncoding } from './decode.js';

const SNIFF_BYTES = 8192;
/** A line longer than this is handed on in pieces, so one giant line cannot exhaust memory. */
const MAX_CARRY_CHARS = 4 << 20;

export interface DecodedChunk {
  /** complete lines (the last one may lack its newline only at end of input) */
  text: string;
}

/** Opens a log file, turning the usual failures into one-line InputErrors. */
export async function openLogFile(path: string): Promise<Readable> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    throw new InputError(`cannot read ${path}: ${describeFsError(err)}`);
  }
  if (info.isDirectory()) throw new InputError(`cannot read ${path}: it is a directory`);
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  // surface EACCES & co. as an InputError at the first read
  return stream;
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return (err as Error)?.message ?? String(err);
}

/**
 * Decodes a byte stream into chunks of whole lines. The encoding is sniffed from the first bytes;
 * a stream that is empty or only whitespace is an InputError, as is binary data.
 */
export async function* decodeLines(source: AsyncIterable<Buffer | string>, label = 'input'): AsyncGenerator<DecodedChunk> {
  let decoder: TextDecoder | null = null;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let carry = '';
  let sawText = false;

  const start = (head: Buffer): string => {
    const sniff = sniffEncoding(head);
    decoder = new TextDecoder(sniff.encoding, { fatal: false });
    return decoder.decode(head.subarray(sniff.bomLength), { stream: true });
  };

  const emit = (text: string): DecodedChunk | null => {
    const joined = carry + text;
    const lastNl = joined.lastIndexOf('\n');
    if (lastNl < 0) {
      if (joined.length <= MAX_CARRY_CHARS) { carry = joined; return null; }
      carry = '';
      if (!sawText && /\S/.test(joined)) sawText = true;
      return { text: joined }; // a piece of one long line: the scanner continues the same line number
    }
    carry = joined.slice(lastNl + 1);
    const out = joined.slice(0, lastNl + 1);
    if (!sawText && /\S/.test(out)) sawText = true;
    return { text: out };
  };

  try {
    for await (const piece of source) {
      const buf = typeof piece === 'string' ? Buffer.from(piece) : piece;
      if (!decoder) {
        pending.push(buf);
        pendingBytes += buf.length;
        if (pendingBytes < SNIFF_BYTES) continue;
        const head = Buffer.concat(pending);
        pending = [];
        const chunk = emit(start(head));
        if (chunk) yield chunk;
        continue;
      }
      const chunk = emit((decoder as TextDecoder).decode(buf, { stream: true }));
      if (chunk) yield chunk;
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read ${label}: ${describeFsError(err)}`);
  }
  if (!decoder && pendingBytes > 0) {
    const chunk = emit(start(Buffer.concat(pending)));
    if (chunk) yield chunk;
  }
  const tail = carry + (decoder ? (decoder as TextDecoder).decode() : '');
  if (tail.length > 0) {
    if (/\S/.test(tail)) sawText = true;
    yield { text: tail };
  }
  if (!sawText) throw new InputError(`${label} is empty`);
}
