// Warm start of long-lived processes: every diagnose worker (the web server's, the Discord bot's) runs the
// engine's warm-up before it says it is ready, so the first log after a start costs what later ones do
// instead of paying JIT and regex compilation (75-350 ms) under its deadline. Timed by the worker itself in
// CPU time of its thread (report.cpuMs, the API's Server-Timing header): queueing and the machine's other
// work do not count (wall-clock time, report.ms, where the system gives no thread CPU time).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createDiagnosePool, type DiagnosePool } from '../src/service/diagnose-pool.js';
import { ensureBuilt, ROOT } from './built-cli.js';
import { startTestServer, type TestServer } from './web-helpers.js';

// two real logs of different kinds: a Windows TF log, a Linux cuDNN log
const LOGS = ['fixtures/logs/tf-zlibwapi-windows.log', 'fixtures/corpus/lib-cudnn-missing-3.log'].map((f) => readFileSync(`${ROOT}/${f}`));

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** A first diagnosis within this of the later ones is warm: a cold first one cost 67-78 ms of CPU against 4-5 ms for the
 * later ones (lib-cudnn-missing-3 with redaction, a loaded machine), a warm one 12-14 ms. */
const warmBound = (later: number[]): number => Math.max(4 * median(later), median(later) + 25);

let pool: DiagnosePool | undefined;
let server: TestServer | undefined;
beforeAll(() => { ensureBuilt(); });
afterEach(async () => {
  await pool?.close();
  await server?.close();
  pool = undefined;
  server = undefined;
});

describe('warm start', () => {
  it('a fresh pool worker diagnoses its first log as fast as its later ones', async () => {
    pool = createDiagnosePool({ size: 1, deadlineMs: 30_000, queueLimit: 4 });
    await pool.ready();
    const timed = async (log: Buffer): Promise<number> => {
      const r = await pool!.diagnose(new Uint8Array(log), { lang: 'en', redactLog: true });
      expect(r.findings.length).toBeGreaterThan(0);
      expect(r.ms).toBeGreaterThan(0);
      return r.cpuMs ?? r.ms!;
    };
    const first = await timed(LOGS[1]!);
    const later: number[] = [];
    for (let i = 0; i < 7; i++) later.push(await timed(LOGS[i % 2]!));
    expect(first).toBeLessThan(warmBound(later));
  });

  it('the web server\'s first diagnosis after start is warm (Server-Timing of POST /api/v1/diagnose)', async () => {
    server = await startTestServer({ workers: 1, rateLimitPerMinute: 0 });
    const timed = async (body: Buffer): Promise<number> => {
      const res = await fetch(`${server!.url}/api/v1/diagnose`, { method: 'POST', body: new Uint8Array(body), headers: { 'content-type': 'text/plain' } });
      expect(res.status).toBe(200);
      await res.arrayBuffer();
      const timing = res.headers.get('server-timing') ?? '';
      expect(timing).toMatch(/^diagnose;dur=[\d.]+/);
      const dur = /diagnose-cpu;dur=([\d.]+)/.exec(timing) ?? /diagnose;dur=([\d.]+)/.exec(timing);
      return Number(dur![1]);
    };
    const first = await timed(LOGS[0]!);
    const later: number[] = [];
    for (let i = 0; i < 7; i++) later.push(await timed(LOGS[i % 2]!));
    expect(first).toBeLessThan(warmBound(later));
  });
});
