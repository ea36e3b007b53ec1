// Making, opening and deleting shares: the log is redacted before it is stored, and an opened share is
// diagnosed again with today's rules (the answer it had when shared is kept to say when it changed).
import type { Lang } from '../../src/engine/rule-types.js';
import type { Diagnoser, WebDiagnosis } from './diagnoser.js';
import { HttpError } from './http-error.js';
import { RecentAnswers } from './recent-answers.js';
import { formatBytes } from './log-input.js';
import { StoreFullError, StoreUnavailableError, type ShareRecord, type ShareStore } from './store/share-store.js';
import { deleteKeyMatches, hashDeleteKey, isShareId, newDeleteKey, newShareId } from './store/share-ids.js';

export interface NewShare { record: ShareRecord; deleteKey: string; diagnosis: WebDiagnosis }
export interface OpenedShare { record: ShareRecord; diagnosis: WebDiagnosis; changed: boolean }

export class ShareService {
  constructor(
    private readonly store: ShareStore,
    private readonly diagnoser: Diagnoser,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly answers: RecentAnswers = new RecentAnswers(256, 10 * 60_000, now),
  ) {}

  /** `input` is the log as sent; only its redacted form is diagnosed and stored. */
  async create(input: Uint8Array | string, lang: Lang): Promise<NewShare> {
    const diagnosis = await this.diagnoser.diagnose(input, lang, { redactLog: true });
    const log = diagnosis.log!;
    const deleteKey = newDeleteKey();
    const createdAt = this.now();
    const record: ShareRecord = {
      id: newShareId(), log, lang, findingIds: diagnosis.views.map((v) => v.id),
      createdAt, expiresAt: createdAt + this.ttlMs, deleteKeyHash: hashDeleteKey(deleteKey),
    };
    await this.guard(() => this.store.put(record));
    return { record, deleteKey, diagnosis };
  }

  async open(id: string, lang: Lang): Promise<OpenedShare> {
    // the store is asked every time, so a deleted or expired share is gone at once, on every instance
    const record = await this.find(id);
    const key = `${record.id}:${lang}`;
    let diagnosis = this.answers.get(key);
    if (!diagnosis) {
      diagnosis = await this.diagnoser.diagnose(record.log, lang);
      this.answers.set(key, diagnosis);
    }
    const now = diagnosis.views.map((v) => v.id);
    const changed = now.length !== record.findingIds.length || now.some((v, i) => v !== record.findingIds[i]);
    return { record, diagnosis, changed };
  }

  /** Checks the delete key before anything is removed; a wrong key is 403, an unknown share 404. */
  async remove(id: string, key: string | undefined): Promise<void> {
    await this.checkKey(id, key);
    await this.guard(() => this.store.delete(id));
    this.answers.forget(`${id}:`);
  }

  /** The record, checking the key without removing anything (the page's delete confirmation). */
  async checkKey(id: string, key: string | undefined): Promise<ShareRecord> {
    const record = await this.find(id);
    if (!key || !deleteKeyMatches(key, record.deleteKeyHash)) throw new HttpError(403, 'forbidden', 'this delete key does not belong to the share');
    return record;
  }

  /** The stored share as it is (no diagnosis): 404 when there is none or it has expired. */
  record(id: string): Promise<ShareRecord> {
    return this.find(id);
  }

  private async find(id: string): Promise<ShareRecord> {
    const record = isShareId(id) ? await this.guard(() => this.store.get(id)) : null;
    if (!record || record.expiresAt <= this.now()) throw new HttpError(404, 'not-found', 'no such share (it may have expired or been deleted)');
    return record;
  }

  private async guard<T>(op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (err) {
      if (err instanceof StoreFullError) {
        const days = Math.round(this.ttlMs / 86_400_000);
        throw new HttpError(503, 'store-full', `the share store is full: shares that have not expired yet fill its size cap (${formatBytes(err.capBytes)}; expired ones were removed first), so nothing was stored; try again later (shares expire after ${days} days)`, { 'retry-after': '3600' });
      }
      if (err instanceof StoreUnavailableError) throw new HttpError(503, 'store-down', err.message, { 'retry-after': '5' });
      throw err;
    }
  }
}
