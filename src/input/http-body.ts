// Reading a log from an HTTP response with bounded memory: the whole body up to a cap, or its head and
// tail in one pass, decoded with the CLI's decoder. Shared by the presenters that download attachments
// (the Discord bot, the GitHub action).
import { decodeLines } from './read-log.js';
import { sniffEncoding } from './decode.js';

/** Decodes raw bytes to text with the CLI's decoder (UTF-8 / UTF-16 / GBK sniffing). */
export async function decodeBytes(bytes: Buffer, label: string): Promise<string> {
  let text = '';
  async function* once(): AsyncGenerator<Buffer> { yield bytes; }
  for await (const chunk of decodeLines(once(), label)) text += chunk.text;
  return text;
}

const BOMS: Record<string, Buffer> = {
  'utf-8': Buffer.from([0xef, 0xbb, 0xbf]),
  'utf-16le': Buffer.from([0xff, 0xfe]),
  'utf-16be': Buffer.from([0xfe, 0xff]),
};

/**
 * Decodes a tail that starts mid-file: it gets the head's encoding (by borrowing its byte-order mark),
 * its first, probably partial, line is dropped.
 */
export async function decodeTail(tail: Buffer, head: Buffer, label: string): Promise<string> {
  let encoding: string;
  try {
    encoding = sniffEncoding(head).encoding;
  } catch {
    encoding = 'utf-8';
  }
  let bytes = tail;
  if (encoding.startsWith('utf-16') && bytes.length % 2 === 1) bytes = bytes.subarray(1); // keep code units aligned
  const bom = BOMS[encoding];
  const text = await decodeBytes(bom ? Buffer.concat([bom, bytes]) : bytes, label).catch(() => '');
  const nl = text.indexOf('\n');
  return nl < 0 ? '' : text.slice(nl + 1);
}

/** Reads a response body up to `max` bytes, then stops the download. */
export async function readAtMost(res: Response, max: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const piece of res.body ?? []) {
    const buf = Buffer.from(piece as Uint8Array);
    parts.push(buf);
    size += buf.length;
    if (size >= max) break;
  }
  await res.body?.cancel().catch(() => undefined);
  return Buffer.concat(parts).subarray(0, max);
}

/** One pass over a server that ignores Range: keep the head, and a rolling window as the tail. */
export async function headAndTailByStreaming(res: Response, headMax: number, tailMax: number): Promise<{ head: Buffer; tail: Buffer; total: number }> {
  const head: Buffer[] = [];
  let headSize = 0;
  let tail: Buffer[] = [];
  let tailSize = 0;
  let total = 0;
  for await (const piece of res.body ?? []) {
    let buf = Buffer.from(piece as Uint8Array);
    total += buf.length;
    if (headSize < headMax) {
      const take = buf.subarray(0, headMax - headSize);
      head.push(take);
      headSize += take.length;
      buf = buf.subarray(take.length);
    }
    if (buf.length === 0) continue;
    tail.push(buf);
    tailSize += buf.length;
    while (tail.length > 1 && tailSize - tail[0]!.length >= tailMax) tailSize -= tail.shift()!.length;
  }
  const tailBuf = Buffer.concat(tail);
  return { head: Buffer.concat(head), tail: tailBuf.subarray(Math.max(0, tailBuf.length - tailMax)), total };
}
