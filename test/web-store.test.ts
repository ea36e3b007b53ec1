// Both share stores at their size cap: shares past their expiry are removed before a new one is refused,
// and a refusal says the store is full and what its cap is. The clock is the store's own (injected), so
// nothing here waits for real time; Redis is a real redis-server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileShareStore } from '../adapters/web/store/file-store.js';
import { connectRedis, RedisShareStore } from '../adapters/web/store/redis-store.js';
import { StoreFullError, type ShareRecord, type ShareStore } from '../adapters/web/store/share-store.js';
import { newShareId } from '../adapters/web/store/share-ids.js';
import { TestRedis, waitFor } from './web-helpers.js';

const CAP = 3000;
/** about a third of the cap: two fit, three do not */
const LOG = 'Could not locate zlibwapi.dll. Please make sure it is in your library path!\n'.repeat(12);

function record(now: number, ttlMs: number): ShareRecord {
  return { id: newShareId(), log: LOG, lang: 'en', findingIds: ['zlibwapi-missing'], createdAt: now, expiresAt: now + ttlMs, deleteKeyHash: 'x'.repeat(64) };
}

/** Fills the store with two short-lived shares, then checks what a full store does before and after they expire. */
async function fullStoreEvictsExpiredFirst(store: ShareStore, clock: { now: number }): Promise<ShareRecord[]> {
  const short = [record(clock.now, 60_000), record(clock.now, 60_000)];
  for (const r of short) await store.put(r);
  const err = await store.put(record(clock.now, 3_600_000)).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(StoreFullError);
  expect((err as StoreFullError).capBytes).toBe(CAP);
  clock.now += 61_000;
  // no read, no sweep in between: the put itself makes room from the expired shares
  const long = [record(clock.now, 3_600_000), record(clock.now, 3_600_000)];
  for (const r of long) await store.put(r);
  // the store holds live shares only now, and is full of them
  await expect(store.put(record(clock.now, 3_600_000))).rejects.toBeInstanceOf(StoreFullError);
  for (const r of long) expect((await store.get(r.id))?.log).toBe(LOG);
  return short;
}

describe('a full share store', () => {
  let redis: TestRedis;
  beforeAll(async () => { redis = await TestRedis.start(); }, 30_000);
  afterAll(async () => { await redis?.stop(); });

  it('files: removes expired shares (and their files) before refusing a new one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gpu-doctor-store-'));
    const clock = { now: Date.now() };
    const store = await FileShareStore.open(dir, CAP, () => clock.now);
    try {
      const expired = await fullStoreEvictsExpiredFirst(store, clock);
      for (const r of expired) expect(existsSync(join(dir, 'shares', `${r.id}.json`))).toBe(false);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('Redis: the same, counted on the Redis server', async () => {
    const connection = connectRedis(redis.url);
    connection.on('error', () => undefined);
    const clock = { now: Date.now() };
    const store = new RedisShareStore(connection, CAP, `test-${newShareId()}:`, () => clock.now);
    try {
      await waitFor(async () => store.problem() === null, 'Redis');
      await fullStoreEvictsExpiredFirst(store, clock);
    } finally {
      await store.close();
    }
  });
});
