// Starts `gpu-doctor serve`: the share store (files under --data, or Redis with --store), the diagnosis
// workers, then the HTTP server. Returns the address it listens on and a close() that stops all of it.
import type { Redis } from 'ioredis';
import { loadRuleSet } from '../../src/engine/load-rules.js';
import type { ServeOptions } from './options.js';
import type { WebContext } from './context.js';
import { buildApp } from './app.js';
import { createDiagnoser } from './diagnoser.js';
import { Pages } from './pages.js';
import { ShareService } from './share-service.js';
import { FileShareStore } from './store/file-store.js';
import { connectRedis, RedisShareStore } from './store/redis-store.js';
import type { ShareStore } from './store/share-store.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

async function openStore(options: ServeOptions): Promise<{ store: ShareStore; redis?: Redis }> {
  if (!options.store) return { store: await FileShareStore.open(options.dataDir, options.maxStoreBytes) };
  const redis = connectRedis(options.store);
  // until Redis answers, requests get 503 from the store; the connection keeps retrying in the background
  redis.on('error', () => undefined);
  return { store: new RedisShareStore(redis, options.maxStoreBytes), redis };
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const rules = loadRuleSet();
  const { store, redis } = await openStore(options);
  const diagnoser = createDiagnoser(options);
  try {
    // the workers compile the rules before the first request (a broken rule folder stops start-up here)
    await diagnoser.ready();
  } catch (err) {
    await Promise.all([diagnoser.close(), store.close()]);
    throw err;
  }
  const ctx: WebContext = {
    options, diagnoser, store, rules, pages: new Pages(),
    shares: new ShareService(store, diagnoser, options.shareTtlMs),
  };
  const app = await buildApp(ctx, redis);
  const address = await app.listen({ host: options.host, port: options.port });
  return {
    url: address,
    async close() {
      await app.close();
      await diagnoser.close();
      await store.close();
    },
  };
}
