// The journal's signature: every line carries an HMAC made with a key kept beside the runs
// (GPU_DOCTOR_HOME/journal.key, readable by its owner only), chained to the line before it, so a line that
// was edited, added, moved from another run or taken out does not verify and undo does not act on it.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const keyPath = (home: string): string => join(home, 'journal.key');

/** The key, or undefined when there is none (nothing was ever journaled here, or it was deleted). */
export function readKey(home: string): Buffer | undefined {
  try {
    const hex = readFileSync(keyPath(home), 'utf8').trim();
    return /^[0-9a-f]{64}$/.test(hex) ? Buffer.from(hex, 'hex') : undefined;
  } catch {
    return undefined;
  }
}

/** The key, made on first use (`wx`: two fix runs starting at once end up with the same key). */
export function ensureKey(home: string): Buffer {
  const existing = readKey(home);
  if (existing) return existing;
  try {
    writeFileSync(keyPath(home), randomBytes(32).toString('hex') + '\n', { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const key = readKey(home);
  if (!key) throw new Error(`${keyPath(home)} is not a journal key`);
  return key;
}

/** The signature of one line: its run, the signature of the line before it, its content. */
export function sign(key: Buffer, run: number, previous: string, body: string): string {
  return createHmac('sha256', key).update(`${run}\n${previous}\n${body}`).digest('hex');
}

export function verify(key: Buffer, run: number, previous: string, body: string, mac: string): boolean {
  const want = Buffer.from(sign(key, run, previous, body), 'hex');
  const got = Buffer.from(/^[0-9a-f]{64}$/.test(mac) ? mac : '', 'hex');
  return got.length === want.length && timingSafeEqual(got, want);
}
