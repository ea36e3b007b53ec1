// What a share is and what every share store (files under --data, or Redis) must do with it.
import type { Lang } from '../../../src/engine/rule-types.js';

export interface ShareRecord {
  id: string;
  /** the log after redaction: nothing else of the sharer's input is kept */
  log: string;
  /** the sharer's language when it was shared */
  lang: Lang;
  /** finding ids of the answer at the time of sharing, in order (an opened share is diagnosed again) */
  findingIds: string[];
  createdAt: number;
  expiresAt: number;
  /** sha256 of the delete key: the key itself is only ever shown to the sharer */
  deleteKeyHash: string;
}

export interface ShareStore {
  /** Stores a share until its expiresAt; throws StoreFullError when the size cap would be passed. */
  put(record: ShareRecord): Promise<void>;
  /** The share, or null when there is none (never made, deleted or expired). */
  get(id: string): Promise<ShareRecord | null>;
  /** Removes a share; false when there was none. */
  delete(id: string): Promise<boolean>;
  /** null when the store can be used; otherwise why not (a sentence). */
  problem(): string | null;
  close(): Promise<void>;
}

/** The store's size cap is reached by shares that have not expired: no new share until some do. */
export class StoreFullError extends Error {
  constructor(readonly capBytes: number) {
    super('the share store is full');
  }
}
/** The store cannot be reached (Redis down): the request is answered 503, the server keeps running. */
export class StoreUnavailableError extends Error {}

/** Bytes a record takes in a store (its JSON). */
export function recordBytes(json: string): number {
  return Buffer.byteLength(json);
}
