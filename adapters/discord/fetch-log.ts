// Downloads a log attachment with bounded memory and time: small files whole; larger ones only their
// head and tail (HTTP Range when the server honours it, else one streamed pass that keeps both ends).
// Only hosts on the allow-list are fetched, so a crafted URL cannot make the bot reach elsewhere.
import { decodeBytes, decodeTail, headAndTailByStreaming, readAtMost } from '../../src/input/http-body.js';
import type { AttachmentRef } from './ingest.js';
import type { BotLimits } from './config.js';

export interface ReadLog {
  text: string;
  /** set when only the head and tail were read */
  partial?: { totalBytes: number; headBytes: number; tailBytes: number };
}

export class FetchError extends Error {}

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
