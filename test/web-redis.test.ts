// `serve --store redis://…`: two server processes against one real redis-server (started here on a random
// port): a share made on one opens on the other, a client over the limit on one is limited on both, a
// stopped Redis gives 503 with a clear message and the servers recover when it is back. Expiry and the
// size cap with Redis's own expiry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnServe, startTestServer, TestRedis, waitFor, type ServeProcess } from './web-helpers.js';
import { ROOT } from './built-cli.js';

const LOG = readFileSync(join(ROOT, 'fixtures/logs/tf-zlibwapi-windows.log'));
const post = (url: string, body: BodyInit): Promise<Response> => fetch(url, { method: 'POST', body, headers: { 'content-type': 'text/plain' } });

describe('serve with a Redis store, two processes', () => {
  let redis: TestRedis;
  let a: ServeProcess;
  let b: ServeProcess;

  beforeAll(async () => {
    redis = await TestRedis.start();
    const started = await Promise.allSettled([spawnServe(['--store', redis.url, '--rate-limit', '40']), spawnServe(['--store', redis.url, '--rate-limit', '40'])]);
    // one that started stops in afterAll even when the other failed to
    [a, b] = started.map((s) => (s.status === 'fulfilled' ? s.value : undefined!));
    for (const s of started) if (s.status === 'rejected') throw s.reason;
  }, 60_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  it('a share made on one process opens, and is deleted, on the other', async () => {
    const made = await post(`${a.url}/api/v1/shares`, LOG);
    expect(made.status).toBe(201);
    const share = (await made.json()) as { id: string; deleteKey: string };
    const got = await fetch(`${b.url}/api/v1/shares/${share.id}`);
    expect(got.status).toBe(200);
    expect(((await got.json()) as { findings: Array<{ id: string }> }).findings[0]!.id).toBe('zlibwapi-missing');
    const page = await fetch(`${b.url}/s/${share.id}`);
    expect(await page.text()).toContain('cuDNN cannot find zlibwapi.dll');
    expect((await fetch(`${b.url}/api/v1/shares/${share.id}?key=${share.deleteKey}`, { method: 'DELETE' })).status).toBe(204);
    expect((await fetch(`${a.url}/api/v1/shares/${share.id}`)).status).toBe(404);
  });

  it('a client over the limit on one process is limited on both', async () => {
    let status = 200;
    for (let i = 0; i < 60 && status !== 429; i++) status = (await fetch(`${a.url}/api/v1/findings`)).status;
    expect(status).toBe(429);
    const onB = await fetch(`${b.url}/api/v1/findings`);
    expect(onB.status).toBe(429);
    expect(Number(onB.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('a stopped Redis gives 503 with a clear message, not a crash; both recover when it is back', async () => {
    await redis.stop();
    for (const server of [a, b]) {
      // each process notices the closed connection on its own, within moments
      await waitFor(async () => (await fetch(`${server.url}/healthz`)).status === 503, 'the server to see Redis gone', 5000);
      const res = await post(`${server.url}/api/v1/diagnose`, LOG);
      expect(res.status).toBe(503);
      expect(((await res.json()) as { message: string }).message).toMatch(/Redis/);
      const page = await fetch(`${server.url}/s/AAAAAAAAAAAAAAAAAAAAAA`);
      expect(page.status).toBe(503);
    }
    expect(a.child.exitCode).toBeNull();
    expect(b.child.exitCode).toBeNull();

    await redis.start();
    for (const server of [a, b]) {
      await waitFor(async () => (await fetch(`${server.url}/healthz`)).status === 200, 'the server to see Redis again');
      expect((await post(`${server.url}/api/v1/shares`, LOG)).status).toBe(201);
    }
    // no log text in either server's own output
    for (const server of [a, b]) expect(server.output()).not.toContain('zlibwapi');
  }, 60_000);
});

describe('Redis store: expiry and size cap', () => {
  it('Redis expires shares itself, and the cap holds', async () => {
    const redis = await TestRedis.start();
    // about two shares of this log fit; they live 2 s
    const server = await startTestServer({ store: redis.url, shareTtlMs: 2000, maxStoreBytes: 3000, rateLimitPerMinute: 0 });
    try {
      await waitFor(async () => (await fetch(`${server.url}/healthz`)).status === 200, 'Redis');
      const share = (await (await post(`${server.url}/api/v1/shares`, LOG)).json()) as { id: string };
      expect((await fetch(`${server.url}/api/v1/shares/${share.id}`)).status).toBe(200);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await post(`${server.url}/api/v1/shares`, LOG)).status);
      expect(statuses[0]).toBe(201);
      expect(statuses).toContain(503);
      await new Promise((r) => setTimeout(r, 2100));
      expect((await fetch(`${server.url}/api/v1/shares/${share.id}`)).status).toBe(404);
      // the expired ones no longer count against the cap
      expect((await post(`${server.url}/api/v1/shares`, LOG)).status).toBe(201);
    } finally {
      await server.close();
      await redis.stop();
    }
  });
});
