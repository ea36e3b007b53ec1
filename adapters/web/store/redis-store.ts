// Shares in Redis, for several server processes behind one proxy: each share is a key that Redis expires
// itself; the bytes held are counted by small Lua scripts (atomic on the server) so every process sees the
// same size cap. The same connection carries the rate-limit counters (see ../rate-limit.ts).
import { Redis } from 'ioredis';
import { recordBytes, StoreFullError, StoreUnavailableError, type ShareRecord, type ShareStore } from './share-store.js';

// KEYS: share key, expiry index (zset id -> expiresAt), sizes (hash id -> bytes), total bytes
// ARGV: id, json, ttl ms, expiresAt, now, bytes, cap. Expired shares leave the count first (in batches, at most
// 100,000 a call), so the cap is never reached by shares Redis has already dropped.
const PUT = `
for _ = 1, 100 do
  local expired = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[5], 'LIMIT', 0, 1000)
  for _, id in ipairs(expired) do
    local size = redis.call('HGET', KEYS[3], id)
    if size then redis.call('DECRBY', KEYS[4], size) redis.call('HDEL', KEYS[3], id) end
    redis.call('ZREM', KEYS[2], id)
  end
  if #expired < 1000 then break end
end
local total = tonumber(redis.call('GET', KEYS[4]) or '0')
if total + tonumber(ARGV[6]) > tonumber(ARGV[7]) then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[4], ARGV[1])
redis.call('HSET', KEYS[3], ARGV[1], ARGV[6])
redis.call('INCRBY', KEYS[4], ARGV[6])
return 1`;

// KEYS: share key, expiry index, sizes, total bytes; ARGV: id
const DELETE = `
local gone = redis.call('DEL', KEYS[1])
local size = redis.call('HGET', KEYS[3], ARGV[1])
if size then redis.call('DECRBY', KEYS[4], size) redis.call('HDEL', KEYS[3], ARGV[1]) end
redis.call('ZREM', KEYS[2], ARGV[1])
return gone`;

type Scripted = Redis & {
  sharePut(k1: string, k2: string, k3: string, k4: string, ...args: Array<string | number>): Promise<number>;
  shareDelete(k1: string, k2: string, k3: string, k4: string, id: string): Promise<number>;
};

/** One ioredis connection made for a web server: commands fail at once while Redis is away (no queue that
 *  grows without bound), and it keeps reconnecting so the server recovers by itself. */
export function connectRedis(url: string): Redis {
  return new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(100 * times, 1000),
  });
}

export class RedisShareStore implements ShareStore {
  private readonly redis: Scripted;

  constructor(redis: Redis, private readonly maxBytes: number, private readonly prefix = 'gpu-doctor:', private readonly now: () => number = Date.now) {
    redis.defineCommand('sharePut', { numberOfKeys: 4, lua: PUT });
    redis.defineCommand('shareDelete', { numberOfKeys: 4, lua: DELETE });
    this.redis = redis as Scripted;
  }

  async put(record: ShareRecord): Promise<void> {
    const json = JSON.stringify(record);
    const ttl = Math.max(1, record.expiresAt - this.now());
    const stored = await this.call(() => this.redis.sharePut(...this.keys(record.id), record.id, json, ttl, record.expiresAt, this.now(), recordBytes(json), this.maxBytes));
    if (stored !== 1) throw new StoreFullError(this.maxBytes);
  }

  async get(id: string): Promise<ShareRecord | null> {
    const json = await this.call(() => this.redis.get(this.shareKey(id)));
    return json ? (JSON.parse(json) as ShareRecord) : null;
  }

  async delete(id: string): Promise<boolean> {
    return (await this.call(() => this.redis.shareDelete(...this.keys(id), id))) > 0;
  }

  problem(): string | null {
    return this.redis.status === 'ready' ? null : 'the share store (Redis) cannot be reached';
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }

  private async call<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (err) {
      throw new StoreUnavailableError(`the share store (Redis) cannot be reached: ${(err as Error).message}`);
    }
  }

  private shareKey(id: string): string {
    return `${this.prefix}share:${id}`;
  }

  private keys(id: string): [string, string, string, string] {
    return [this.shareKey(id), `${this.prefix}share-expiry`, `${this.prefix}share-bytes`, `${this.prefix}share-total`];
  }
}
