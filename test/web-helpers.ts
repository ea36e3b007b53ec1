// Shared set-up of the web server tests: a server in this process on 127.0.0.1 (any free port), the built
// CLI's `serve` as a separate process, and a real redis-server of our own on a random port.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultOptions, type ServeOptions } from '../adapters/web/options.js';
import { startServer } from '../adapters/web/server.js';
import { ensureBuilt, ROOT } from './built-cli.js';

export interface TestServer { url: string; dataDir: string; close(): Promise<void> }

/** A server in this process; `overrides` change the defaults (limits, store…). */
export async function startTestServer(overrides: Partial<ServeOptions> = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gpu-doctor-web-'));
  const server = await startServer({ ...defaultOptions({}), dataDir, port: 0, ...overrides });
  return {
    url: server.url,
    dataDir,
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** `redis-server` on 127.0.0.1 with nothing saved to disk; stop() and start() again keep the port. */
export class TestRedis {
  private child: ChildProcess | undefined;
  private constructor(readonly port: number) {}

  static async start(): Promise<TestRedis> {
    const redis = new TestRedis(await freePort());
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    let out = '';
    child.stdout!.on('data', (d: Buffer) => { out += d.toString(); });
    const failed = new Promise<never>((_resolve, reject) => child.once('error', (err) => reject(new Error(`cannot start redis-server (apt-get install redis-server): ${err.message}`))));
    await Promise.race([failed, waitFor(async () => out.includes('Ready to accept connections'), `redis-server on port ${this.port}`)]);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await gone;
    this.child = undefined;
  }
}

export interface ServeProcess { url: string; child: ChildProcess; output(): string; stop(): Promise<void> }

/** `gpu-doctor serve` from dist/, on a free port; resolves once it says where it listens. */
export async function spawnServe(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ServeProcess> {
  const main = ensureBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'gpu-doctor-serve-'));
  const child = spawn(process.execPath, [main, 'serve', '--port', '0', '--data', dataDir, ...args], {
    cwd: ROOT, env: { PATH: process.env.PATH, HOME: dataDir, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr!.on('data', (d: Buffer) => { out += d.toString(); });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  try {
    // 30 s: two servers starting side by side on a loaded 2-core machine took over 15 s
    await waitFor(async () => {
      if (child.exitCode !== null) throw new Error(`serve exited: ${out}`);
      return out.includes('listening on ');
    }, 'gpu-doctor serve to listen', 30_000);
  } catch (err) {
    // no handle reaches the caller, so nothing else would ever stop this server
    if (child.exitCode === null) { child.kill('SIGTERM'); await exited; }
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  const url = out.slice(out.indexOf('listening on ') + 13).split(' ')[0]!;
  return {
    url,
    child,
    output: () => out,
    async stop() {
      if (child.exitCode === null) { child.kill('SIGTERM'); await exited; }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export { waitFor };
