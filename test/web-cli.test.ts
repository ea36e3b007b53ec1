// `gpu-doctor serve` on the command line: bad usage is one line and exit 2; it starts, answers, and stops
// on SIGTERM.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { ensureBuilt, ROOT } from './built-cli.js';
import { spawnServe } from './web-helpers.js';

function serve(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [ensureBuilt(), 'serve', ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: '/tmp', LANG: 'C' }, timeout: 20_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('gpu-doctor serve (command line)', () => {
  it('bad usage: one line on standard error, exit 2', () => {
    for (const [args, says] of [
      [['--port', 'eighty'], '--port must be a number from 0 to 65535'],
      [['--store', 'http://127.0.0.1:6379'], '--store must be a redis://'],
      [['--public-url', 'example.org'], '--public-url must be an http'],
      [['--rate-limit', '-1'], '--rate-limit must be a number'],
      [['--json'], 'no --json output'],
      [['extra'], 'no arguments'],
    ] as Array<[string[], string]>) {
      const r = serve(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(says);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  }, 60_000);

  it('a port already in use is one line, exit 2', async () => {
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', () => r()));
    const { port } = taken.address() as { port: number };
    try {
      const r = serve(['--port', String(port), '--data', '/tmp/gpu-doctor-serve-cli-test']);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
    } finally {
      taken.close();
    }
  }, 30_000);

  it('--help says how to use it; the server starts, answers and stops on SIGTERM', async () => {
    const help = serve(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--store URL');
    const server = await spawnServe([]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    server.child.kill('SIGTERM');
    const code = await new Promise((r) => server.child.once('exit', (c) => r(c)));
    expect(code).toBe(0);
    await server.stop();
  }, 30_000);
});
