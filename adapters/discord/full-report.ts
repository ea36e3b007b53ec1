// The "full report" link of a reply: the (already redacted) log is shared through the gpu-doctor web server
// at GPU_DOCTOR_PUBLIC_URL, whose share page shows the whole answer and the log with line links. A server
// that is down or slow only costs the link, never the reply.
import type { Lang } from '../../src/engine/rule-types.js';

const SHARE_TIMEOUT_MS = 5000;

/** The share's page address, or null when the server did not make one. */
export async function shareFullReport(publicUrl: string, redactedLog: string, lang: Lang, log: (line: string) => void): Promise<string | null> {
  try {
    const res = await fetch(`${publicUrl}/api/v1/shares?lang=${lang}`, {
      method: 'POST',
      body: redactedLog,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      signal: AbortSignal.timeout(SHARE_TIMEOUT_MS),
    });
    if (res.status !== 201) {
      log(`full report: ${publicUrl} answered ${res.status}`);
      return null;
    }
    const { url } = (await res.json()) as { url?: unknown };
    return typeof url === 'string' && /^https?:\/\//.test(url) ? `${url}?lang=${lang}` : null;
  } catch (err) {
    log(`full report: ${publicUrl} unreachable (${(err as Error).message})`);
    return null;
  }
}
