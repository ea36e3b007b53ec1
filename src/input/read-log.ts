// Turns a file or a stream into decoded text chunks that always end at a line break,
// so a log of any size is processed with bounded memory.
import { closeSync, constants, fstatSync, openSync, promises as fsPromises, readSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { isUtf8 } from 'node:buffer';
import { guessLegacyEncoding, InputError, nonUtf8Lines, sniffEncoding, type LegacyEncoding, type LogEncoding } from './decode.js';
import { LineDecoder } from './line-decoder.js';

const SNIFF_BYTES = 8192;
/** A line longer than this is handed on in pieces, so one giant line cannot exhaust memory. */
const MAX_CARRY_CHARS = 4 << 20;
const MAX_CARRY_BYTES = 4 << 20;
/** Small reads (a pipe gives 64 KB) are gathered to about this size before they are handed on. */
const MIN_CHUNK_BYTES = 1 << 20;
const NEWLINE = 0x0a;

/**
 * A chunk is valid until the next one is asked for: read from a file, its bytes are a view of the one buffer
 * every read goes into (decodeLines(openLogFile(…))), so a consumer copies what it keeps.
 */
export interface DecodedChunk {
  /** complete lines (the last one may lack its newline only at end of input, or in a piece of a giant line) */
  text: string;
  /** the same lines as UTF-8 bytes, when the input is UTF-8: the scanner reads these and decodes only the lines it needs */
  bytes?: Uint8Array;
}

/** A chunk of UTF-8 input kept as bytes; `text` decodes on demand. */
class Utf8Chunk implements DecodedChunk {
  constructor(readonly bytes: Buffer) {}
  get text(): string {
    return this.bytes.toString('utf8');
  }
}

/**
 * Opens a log file, turning the usual failures into one-line InputErrors. A file is read with synchronous
 * calls (the command line reads one file at a time): Node's promise-based file API is not even loaded, which
 * is a few per cent of a one-line `diagnose`.
 */
export async function openLogFile(path: string): Promise<AsyncIterable<Buffer>> {
  let info;
  try {
    info = statSync(path);
  } catch (err) {
    throw unreadable(path, err);
  }
  if (info.isDirectory()) throw new InputError('input.unreadable.isDirectory', { path });
  if (info.isFIFO()) return openFifo(path);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw unreadable(path, err);
  }
  return new FileReads(fd);
}

/**
 * A file read into one buffer, over and over: a fresh 1 MB buffer per read (what a read stream does) costs a
 * page fault per 4 KB and the garbage collector's time, about 0.3 s of CPU for 300 MB, more than the reads.
 * Each piece is valid only until the next one is asked for (decodeLines copies what it keeps: reusesBuffer).
 */
class FileReads implements AsyncIterable<Buffer> {
  readonly reusesBuffer = true;

  constructor(private readonly fd: number) {}

  async *[Symbol.asyncIterator](): AsyncGenerator<Buffer> {
    const buffer = Buffer.allocUnsafe(MIN_CHUNK_BYTES);
    try {
      for (;;) {
        const bytesRead = readSync(this.fd, buffer, 0, buffer.length, null);
        if (bytesRead === 0) return;
        yield buffer.subarray(0, bytesRead);
      }
    } finally {
      closeSync(this.fd);
    }
  }
}

/**
 * Standard input, read like a file (one buffer, filled by synchronous reads) where it is a pipe, a socket or a
 * redirected file: Node's stream hands a pipe over in 64 KB pieces, each a fresh buffer through the event
 * loop, which cost a 66 MB log 0.81 s of CPU against 0.66 s for the same file. Null for a terminal or on
 * Windows: the caller reads process.stdin (a descriptor something else made non-blocking, where a read says
 * EAGAIN, goes on through it too). process.stdin is not touched otherwise: making it turns a pipe
 * non-blocking and loads node's net and tty modules.
 */
export function openStdin(): AsyncIterable<Buffer> | null {
  if (process.platform === 'win32') return null;
  try {
    const s = fstatSync(0);
    if (s.isFIFO() || s.isSocket() || s.isFile()) return new StdinReads();
  } catch {
    // no standard input to look at: the stream says what there is
  }
  return null;
}

/** Standard input read into one buffer, MIN_CHUNK_BYTES at a time (a pipe gives 64 KB a read): see openStdin(). */
class StdinReads implements AsyncIterable<Buffer> {
  readonly reusesBuffer = true;

  async *[Symbol.asyncIterator](): AsyncGenerator<Buffer> {
    const buffer = Buffer.allocUnsafe(MIN_CHUNK_BYTES);
    for (;;) {
      let filled = 0;
      let ended = false;
      while (filled < buffer.length) {
        let n: number;
        try {
          n = readSync(0, buffer, filled, buffer.length - filled, null);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
          // non-blocking: what was read so far, then the rest through the stream
          if (filled > 0) yield buffer.subarray(0, filled);
          for await (const piece of process.stdin) yield piece as Buffer;
          return;
        }
        if (n === 0) { ended = true; break; }
        filled += n;
      }
      if (filled > 0) yield buffer.subarray(0, filled);
      if (ended) return;
    }
  }
}

/** How long a named pipe may wait for a writer (GPU_DOCTOR_FIFO_WAIT_S; opening one blocks until a writer comes). */
const fifoWaitMs = (): number => {
  const s = Number(process.env.GPU_DOCTOR_FIFO_WAIT_S);
  return (Number.isFinite(s) && s > 0 ? s : 30) * 1000;
};

/**
 * A named pipe (mkfifo) opens only once something writes to it. Without a writer within the limit this is one
 * clear InputError, and the open still waiting in libuv's thread pool is released by opening the pipe for
 * writing for a moment (else it would keep the process alive).
 */
async function openFifo(path: string): Promise<Readable> {
  const limit = fifoWaitMs();
  const opening = fsPromises.open(path, 'r');
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new InputError('input.fifoNoWriter', { path, seconds: limit / 1000 })), limit);
  });
  try {
    const handle = await Promise.race([opening, expired]);
    return handle.createReadStream({ highWaterMark: 1 << 20 });
  } catch (err) {
    try { closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK)); } catch { /* the open already ended */ }
    opening.then((h) => h.close(), () => undefined);
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

/** A file that could not be read, as a message the user reads in their language (locales/cli input.unreadable.*). */
function unreadable(path: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException)?.code;
  const why = code === 'ENOENT' ? 'noSuchFile' : code === 'EACCES' || code === 'EPERM' ? 'permissionDenied' : code === 'EISDIR' ? 'isDirectory' : 'other';
  return new InputError(`input.unreadable.${why}`, { path, reason: (err as Error)?.message ?? String(err) });
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
 * UTF-8 input (the usual case) stays bytes (see Utf8Chunk); other encodings are decoded to text.
 */
export async function* decodeLines(source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, label = 'input', stats: DecodeStats = { nulBytes: 0 }): AsyncGenerator<DecodedChunk> {
  let sniffed = false;
  let utf16 = false; // NUL is half of every ASCII character there: only other encodings drop NUL bytes
  let readsSeen = 0; // flushes after the first
  // set for encodings other than UTF-8: the text of the bytes so far (all of them when `last`)
  let decoder: ChunkDecoder | null = null;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let carryBytes: Buffer = Buffer.alloc(0);
  let carry = '';
  let sawText = false;
  // a source that reads into one buffer again and again (FileReads): what is kept past a read is copied
  const borrowed = (source as { reusesBuffer?: boolean }).reusesBuffer === true;

  const sniff = (head: Buffer): Buffer => {
    sniffed = true;
    const found = sniffEncoding(head);
    utf16 = found.encoding.startsWith('utf-16');
    if (found.encoding !== 'utf-8') decoder = decoderFor(found.encoding);
    return head.subarray(found.bomLength);
  };

  // UTF-8: hand on whole lines as bytes; the line cut by the end of a read is joined with the next read
  function* emitBytes(data: Buffer): Generator<DecodedChunk> {
    const firstNl = data.indexOf(NEWLINE);
    if (firstNl < 0) {
      carryBytes = carryBytes.length > 0 ? Buffer.concat([carryBytes, data]) : Buffer.from(data);
      if (carryBytes.length > MAX_CARRY_BYTES) {
        yield* markText(new Utf8Chunk(carryBytes)); // a piece of one long line: the scanner continues the same line number
        carryBytes = Buffer.alloc(0);
      }
      return;
    }
    const lastNl = data.lastIndexOf(NEWLINE);
    if (carryBytes.length > 0) {
      // the cut line on its own, so the bulk of the read is handed on without a copy
      yield* markText(new Utf8Chunk(Buffer.concat([carryBytes, data.subarray(0, firstNl + 1)])));
      if (lastNl > firstNl) yield* markText(new Utf8Chunk(data.subarray(firstNl + 1, lastNl + 1)));
    } else {
      yield* markText(new Utf8Chunk(data.subarray(0, lastNl + 1)));
    }
    carryBytes = Buffer.from(data.subarray(lastNl + 1)); // (a copy: the read buffer may be reused)
  }

  function* markText(chunk: DecodedChunk): Generator<DecodedChunk> {
    if (!sawText) sawText = chunk.bytes ? hasText(chunk.bytes) : /\S/.test(chunk.text);
    yield chunk;
  }

  // other encodings: decoded text, cut at the last line break
  function* emitText(text: string): Generator<DecodedChunk> {
    const joined = carry + text;
    const lastNl = joined.lastIndexOf('\n');
    if (lastNl < 0) {
      if (joined.length <= MAX_CARRY_CHARS) { carry = joined; return; }
      carry = '';
      yield* markText({ text: joined });
      return;
    }
    carry = joined.slice(lastNl + 1);
    yield* markText({ text: joined.slice(0, lastNl + 1) });
  }

  // `last`: the end of the input, so the final line (often without a newline) stays in the same chunk as the
  // lines before it and a message wrapped onto it can still be joined
  function* flush(last = false): Generator<DecodedChunk> {
    let data = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
    pending = [];
    pendingBytes = 0;
    if (!sniffed) data = sniff(data);
    else readsSeen++;
    if (!utf16) data = dropNuls(data, stats);
    if (!decoder) {
      // a read starts where the previous one ended, possibly inside a line and inside a character: the
      // bytes before its first line break belong to the carried line and are not judged on their own
      const legacy = legacyEncodingOf(data, carryBytes.length > 0 || readsSeen > 0 ? data.indexOf(NEWLINE) + 1 : 0, last);
      if (legacy) {
        // ASCII so far, then lines a Windows code page wrote (a long log whose localised error comes late)
        decoder = decoderFor(legacy);
        if (carryBytes.length > 0) data = Buffer.concat([carryBytes, data]);
        carryBytes = Buffer.alloc(0);
      }
    }
    if (decoder) {
      const text = decoder(data, last);
      if (last && carry.length + text.length <= MAX_CARRY_CHARS) {
        const whole = carry + text;
        carry = '';
        if (whole.length > 0) yield* markText({ text: whole });
      } else yield* emitText(text);
    } else if (last && carryBytes.length + data.length <= MAX_CARRY_BYTES && data.indexOf(NEWLINE) >= 0) {
      yield* markText(new Utf8Chunk(carryBytes.length > 0 ? Buffer.concat([carryBytes, data]) : data));
      carryBytes = Buffer.alloc(0);
    } else yield* emitBytes(data);
  }

  try {
    for await (const piece of source) {
      const buf = typeof piece === 'string' ? Buffer.from(piece) : piece;
      pending.push(buf);
      pendingBytes += buf.length;
      if (pendingBytes >= (sniffed ? MIN_CHUNK_BYTES : SNIFF_BYTES)) yield* flush();
      else if (borrowed) pending[pending.length - 1] = Buffer.from(buf); // kept past the next read
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw unreadable(label, err);
  }
  if (pendingBytes > 0) yield* flush(true);
  if (decoder) {
    const tail = carry + (decoder as ChunkDecoder)(Buffer.alloc(0), true);
    if (tail.length > 0) yield* markText({ text: tail });
  } else if (carryBytes.length > 0) {
    yield* markText(new Utf8Chunk(carryBytes));
  }
  if (!sawText) throw new InputError('input.empty', { label });
}

/** The text of the bytes given so far, all of it when `last` (a decoder keeps what a cut character or line left). */
type ChunkDecoder = (data: Buffer, last: boolean) => string;

/**
 * The decoder of an encoding other than UTF-8: UTF-16 as a stream; a Windows code page line by line, so that
 * UTF-8 lines pasted among the code page's stay UTF-8 (line-decoder.ts).
 */
function decoderFor(encoding: Exclude<LogEncoding, 'utf-8'>): ChunkDecoder {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const utf16 = new TextDecoder(encoding, { fatal: false });
    return (data, last) => utf16.decode(data, { stream: !last });
  }
  const lines = new LineDecoder(encoding, MAX_CARRY_BYTES);
  return (data, last) => lines.decode(data, last);
}

/** What decoding changed, for the caller to tell the user. */
export interface DecodeStats {
  /** NUL bytes dropped (zero padding of a crash log; never part of a character in UTF-8 or the code pages) */
  nulBytes: number;
}

function dropNuls(data: Buffer, stats: DecodeStats): Buffer {
  const first = data.indexOf(0);
  if (first < 0) return data;
  const out = Buffer.allocUnsafe(data.length);
  data.copy(out, 0, 0, first);
  let n = first;
  for (let i = first; i < data.length; i++) {
    const b = data[i]!;
    if (b === 0) stats.nulBytes++;
    else out[n++] = b;
  }
  return out.subarray(0, n);
}

/** The code page of a read that is not valid UTF-8 (whole lines only: a read may end inside a character). */
function legacyEncodingOf(data: Buffer, from: number, last: boolean): LegacyEncoding | null {
  const end = last ? data.length : data.lastIndexOf(NEWLINE) + 1;
  if (end <= from || isUtf8(data.subarray(from, end))) return null;
  let first = from;
  while (first < end && data[first]! < 0x80) first++;
  const lineStart = data.lastIndexOf(NEWLINE, first) + 1;
  // (the code page is told from the lines that are not UTF-8: UTF-8 lines may come among them)
  return guessLegacyEncoding(nonUtf8Lines(data.subarray(lineStart, end)).subarray(0, SNIFF_BYTES));
}

/** Whether UTF-8 bytes hold anything but whitespace (decoding only when a non-ASCII byte comes first). */
function hasText(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x20 || (b >= 0x09 && b <= 0x0d)) continue;
    if (b < 0x80) return true;
    return /\S/.test(Buffer.from(bytes.buffer, bytes.byteOffset + i, bytes.length - i).toString('utf8'));
  }
  return false;
}
