// Downloads a log attachment with bounded memory and time: small files whole; larger ones only their
// head and tail (HTTP Range when the server honours it, else one streamed pass that keeps both ends).
// Only hosts on the allow-list are fetched, so a crafted URL cannot make the bot reach elsewhere.
import { decodeLines } from '../../src/input/read-log.js';
import { sniffEncoding } from '../../src/input/decode.js';
import type { AttachmentRef } from './ingest.js';
import type { BotLimits } from './config.js';

export interface ReadLog {
  text: string;
  /** set when only the head and tail were read */
  partial?: { totalBytes: number; headBytes: number; tailBytes: number };
}

export class FetchError extends Error {}

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
async function decodeTail(tail: Buffer, head: Buffer, label: string): Promise<string> {
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

function checkHost(url: string, hosts: Set<string>): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FetchError('the attachment URL is not valid');
  }
  if (!hosts.has(parsed.hostname) || !/^https?:$/.test(parsed.protocol)) throw new FetchError(`attachments from ${parsed.hostname} are not fetched`);
  return parsed;
}

async function get(url: URL, signal: AbortSignal, range?: string): Promise<Response> {
  const res = await fetch(url, { signal, headers: range ? { range } : {} });
  if (!res.ok) throw new FetchError(`download failed (HTTP ${res.status})`);
  return res;
}

/** Reads a response body up to `max` bytes, then stops the download. */
async function readAtMost(res: Response, max: number): Promise<Buffer> {
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
async function headAndTailByStreaming(res: Response, headMax: number, tailMax: number): Promise<{ head: Buffer; tail: Buffer; total: number }> {
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

export async function readAttachment(a: AttachmentRef, limits: BotLimits, hosts: Set<string>, signal: AbortSignal): Promise<ReadLog> {
  const url = checkHost(a.url, hosts);
  if (a.size <= limits.maxAttachmentBytes) {
    const bytes = await readAtMost(await get(url, signal), limits.maxAttachmentBytes);
    return { text: await decodeBytes(bytes, a.name) };
  }
  const headRes = await get(url, signal, `bytes=0-${limits.headBytes - 1}`);
  let head: Buffer;
  let tail: Buffer;
  let total = a.size;
  if (headRes.status === 206) {
    head = await readAtMost(headRes, limits.headBytes);
    const tailRes = await get(url, signal, `bytes=-${limits.tailBytes}`);
    tail = tailRes.status === 206 ? await readAtMost(tailRes, limits.tailBytes) : (await headAndTailByStreaming(tailRes, 0, limits.tailBytes)).tail;
  } else {
    ({ head, tail, total } = await headAndTailByStreaming(headRes, limits.headBytes, limits.tailBytes));
  }
  const headText = await decodeBytes(head, a.name);
  const cut = headText.lastIndexOf('\n'); // the head's last line is probably cut short
  const tailText = await decodeTail(tail, head, a.name);
  return {
    text: `${cut > 0 ? headText.slice(0, cut + 1) : headText}${tailText}`,
    partial: { totalBytes: total, headBytes: head.length, tailBytes: tail.length },
  };
}

/** The same head + tail cut for a long pasted text. */
export function clipText(text: string, limits: BotLimits): ReadLog {
  if (text.length <= limits.maxTextChars) return { text };
  const half = Math.floor(limits.maxTextChars / 2);
  const head = text.slice(0, text.lastIndexOf('\n', half) + 1 || half);
  const tailStart = text.indexOf('\n', text.length - half);
  const tail = tailStart < 0 ? text.slice(text.length - half) : text.slice(tailStart + 1);
  return { text: head + tail, partial: { totalBytes: Buffer.byteLength(text), headBytes: Buffer.byteLength(head), tailBytes: Buffer.byteLength(tail) } };
}
