// Downloads the text logs an issue links to, from GitHub's own attachment hosts only, with bounded size,
// count and time. The host list is fixed here and cannot be changed by inputs or the environment: a crafted
// link must not make the runner (which holds a token) reach anywhere else. Tests replace only the transport
// (the fetch function), so the same host check runs under test as in production.
import { decodeBytes, decodeTail, headAndTailByStreaming, readAtMost } from '../../src/input/http-body.js';

/** Where GitHub stores what users attach to issues. */
const ATTACHMENT_HOSTS = new Set(['github.com', 'raw.githubusercontent.com']);
/** github.com serves attachments under these paths only (new and old style); the rest of github.com is not a log. */
const GITHUB_ATTACHMENT_PATH = /^\/(?:user-attachments\/files\/\d+\/|[\w.-]+\/[\w.-]+\/files\/\d+\/)[^/]+$/;
const LOG_NAME = /\.(?:log|txt|out|err)$/i;
const MAX_REDIRECTS = 3;

export interface AttachmentLimits {
  /** how many linked logs are read at most */
  maxFiles: number;
  /** a longer file is read as its first headBytes and its last tailBytes */
  maxBytes: number;
  headBytes: number;
  tailBytes: number;
  timeoutMs: number;
}

export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = {
  maxFiles: 3,
  maxBytes: 1 << 20,
  headBytes: 256 << 10,
  tailBytes: 768 << 10,
  timeoutMs: 15_000,
};

export interface AttachedLog {
  name: string;
  url: string;
  text: string;
  /** set when only the head and tail of a longer file were read */
  partial?: boolean;
}

export type FetchFn = typeof fetch;

/** A path as written; a malformed %-escape (which decodeURIComponent throws on) stays as it is. */
function safeDecode(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

/** The links a diagnosis may download: GitHub attachment URLs of text logs. */
export function attachmentLinks(links: string[]): string[] {
  return links.filter((link) => {
    let url: URL;
    try { url = new URL(link); } catch { return false; }
    if (url.protocol !== 'https:' || !ATTACHMENT_HOSTS.has(url.hostname) || url.username || url.password || url.port) return false;
    const path = safeDecode(url.pathname);
    if (url.hostname === 'github.com' && !GITHUB_ATTACHMENT_PATH.test(path)) return false;
    return LOG_NAME.test(path);
  });
}

/** GET that follows at most MAX_REDIRECTS https redirects (GitHub sends attachments on to its storage). */
async function get(url: string, fetchFn: FetchFn, signal: AbortSignal): Promise<Response> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const res = await fetchFn(current, { redirect: 'manual', signal, headers: { accept: 'text/plain, */*' } });
    const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null;
    if (!location) {
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res;
    }
    await res.body?.cancel().catch(() => undefined);
    const next = new URL(location, current);
    if (next.protocol !== 'https:') throw new Error('redirected away from https');
    current = next.href;
  }
  throw new Error('too many redirects');
}

async function readOne(url: string, limits: AttachmentLimits, fetchFn: FetchFn): Promise<AttachedLog> {
  const name = safeDecode(new URL(url).pathname.split('/').pop() ?? 'attachment');
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const res = await get(url, fetchFn, signal);
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (!(declared > limits.maxBytes)) {
    // small, or of unknown length: read up to the cap, and fall back to head + tail if it is passed
    const bytes = await readAtMost(res, limits.maxBytes + 1);
    if (bytes.length <= limits.maxBytes) return { name, url, text: await decodeBytes(bytes, name) };
    const again = await get(url, fetchFn, AbortSignal.timeout(limits.timeoutMs));
    return headAndTail(again, name, url, limits);
  }
  return headAndTail(res, name, url, limits);
}

async function headAndTail(res: Response, name: string, url: string, limits: AttachmentLimits): Promise<AttachedLog> {
  const { head, tail } = await headAndTailByStreaming(res, limits.headBytes, limits.tailBytes);
  const headText = await decodeBytes(head, name);
  // the head's last line is probably cut short (decodeTail drops the tail's first line)
  const headLines = headText.slice(0, headText.lastIndexOf('\n') + 1);
  return { name, url, text: headLines + (await decodeTail(tail, head, name)), partial: true };
}

export interface AttachmentResult {
  logs: AttachedLog[];
  /** "name: reason" for links that could not be read (reported in the job log, not in the comment) */
  failures: string[];
}

/** Reads the allowed links among `links`, at most limits.maxFiles of them, in parallel. */
export async function readAttachments(links: string[], opts: { limits?: AttachmentLimits; fetch?: FetchFn } = {}): Promise<AttachmentResult> {
  const limits = opts.limits ?? DEFAULT_ATTACHMENT_LIMITS;
  const fetchFn = opts.fetch ?? fetch;
  const wanted = attachmentLinks(links).slice(0, limits.maxFiles);
  const settled = await Promise.allSettled(wanted.map((url) => readOne(url, limits, fetchFn)));
  const logs: AttachedLog[] = [];
  const failures: string[] = [];
  settled.forEach((s, i) => {
    if (s.status === 'fulfilled') logs.push(s.value);
    else failures.push(`${wanted[i]}: ${(s.reason as Error)?.message ?? String(s.reason)}`);
  });
  return { logs, failures };
}
