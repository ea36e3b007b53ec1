// Downloads a log attachment with bounded memory and time: small files whole; larger ones only their
// head and tail (HTTP Range when the server honours it, else one streamed pass that keeps both ends).
// Only origins on the allow-list are fetched (scheme, host and port: https on the default port for Discord's
// CDN), and every redirect hop is checked again, so a crafted URL or a redirect cannot make the bot reach
// elsewhere. A network failure is a FetchError, which the user is told about.
import { decodeBytes, decodeTail, headAndTailByStreaming, readAtMost } from '../../src/input/http-body.js';
import type { AttachmentRef } from './ingest.js';
import type { BotLimits } from './config.js';

export interface ReadLog {
  text: string;
  /** set when only the head and tail were read */
  partial?: { totalBytes: number; headBytes: number; tailBytes: number };
}

export class FetchError extends Error {}

const MAX_REDIRECTS = 3;

/** The URL, if its origin is allowed; `cdn.discordapp.com@localhost`, another port or plain http are not. */
function checkOrigin(url: string, origins: Set<string>): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FetchError('the attachment URL is not valid');
  }
  if (!origins.has(parsed.origin)) throw new FetchError(`attachments from ${parsed.protocol}//${parsed.host} are not fetched`);
  return parsed;
}

/** Why a download failed, in a few words (undici keeps the reason in `cause`). */
function networkReason(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (err as Error)?.message ?? String(err);
}

/** GET with redirects followed by hand, each hop's origin checked like the first. */
async function get(url: URL, origins: Set<string>, signal: AbortSignal, range?: string): Promise<Response> {
  let current = url;
  for (let hop = 0; ; hop++) {
    let res: Response;
    try {
      res = await fetch(current, { signal, redirect: 'manual', headers: range ? { range } : {} });
    } catch (err) {
      if (signal.aborted) throw err;
      throw new FetchError(`the download failed (${networkReason(err)})`);
    }
    if (res.status >= 300 && res.status < 400) {
      await res.body?.cancel().catch(() => undefined);
      const location = res.headers.get('location');
      if (!location) throw new FetchError(`download failed (HTTP ${res.status} without a location)`);
      if (hop >= MAX_REDIRECTS) throw new FetchError('download failed (too many redirects)');
      current = checkOrigin(new URL(location, current).href, origins);
      continue;
    }
    if (!res.ok) throw new FetchError(`download failed (HTTP ${res.status})`);
    return res;
  }
}

export async function readAttachment(a: AttachmentRef, limits: BotLimits, origins: Set<string>, signal: AbortSignal): Promise<ReadLog> {
  const url = checkOrigin(a.url, origins);
  try {
    return await download(a, url, limits, origins, signal);
  } catch (err) {
    // a connection reset half-way through a body: tell the user, as for any other unreadable log
    if (err instanceof FetchError || signal.aborted) throw err;
    throw new FetchError(`the download failed (${networkReason(err)})`);
  }
}

async function download(a: AttachmentRef, url: URL, limits: BotLimits, origins: Set<string>, signal: AbortSignal): Promise<ReadLog> {
  if (a.size <= limits.maxAttachmentBytes) {
    const bytes = await readAtMost(await get(url, origins, signal), limits.maxAttachmentBytes);
    return { text: await decodeBytes(bytes, a.name) };
  }
  const headRes = await get(url, origins, signal, `bytes=0-${limits.headBytes - 1}`);
  let head: Buffer;
  let tail: Buffer;
  let total = a.size;
  if (headRes.status === 206) {
    head = await readAtMost(headRes, limits.headBytes);
    const tailRes = await get(url, origins, signal, `bytes=-${limits.tailBytes}`);
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
