// Share ids and delete keys: random, long enough that nobody can guess or list them (128 and 192 bits).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const SHARE_ID_LENGTH = 22;

export function newShareId(): string {
  return randomBytes(16).toString('base64url');
}

export function newDeleteKey(): string {
  return randomBytes(24).toString('base64url');
}

export function hashDeleteKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function deleteKeyMatches(key: string, hash: string): boolean {
  const given = Buffer.from(hashDeleteKey(key), 'hex');
  const stored = Buffer.from(hash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** base64url of 16 bytes: anything else cannot be a share and is answered 404 without asking the store. */
export function isShareId(id: string): boolean {
  if (id.length !== SHARE_ID_LENGTH) return false;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    const ok = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95;
    if (!ok) return false;
  }
  return true;
}
