// A named pipe with no writer (review of issue 11): opening one blocks until something writes, and gpu-doctor
// used to wait without a word. Now the wait is bounded and ends in one line, exit 2; a pipe that gets a writer
// is diagnosed as usual.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './built-cli.js';

const LOG = join(ROOT, 'fixtures', 'logs', 'tf-zlibwapi-windows.log');
let CLI: string;
let dir: string;
beforeAll(() => { CLI = ensureBuilt(); dir = mkdtempSync(join(tmpdir(), 'gpu-doctor-fifo-')); }, 180_000);
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });
const env = { ...process.env, LANG: 'C', LC_ALL: '', GPU_DOCTOR_LANG: '', GPU_DOCTOR_FIFO_WAIT_S: '1' };

describe.skipIf(process.platform === 'win32')('diagnose of a named pipe', () => {
  it('with no writer: one line naming the pipe and the limit, exit 2 (the 1 s limit, not a hang)', () => {
    const fifo = join(dir, 'nobody.fifo');
    execFileSync('mkfifo', [fifo]);
    // a hang would be killed at spawnSync's 60 s (status null); the message names the 1 s limit that stopped it
    const r = spawnSync(process.execPath, [CLI, 'diagnose', fifo], { encoding: 'utf8', env, timeout: 60_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`gpu-doctor: nothing wrote to the named pipe ${fifo} within 1 s (start the program that writes to it first, or pipe the log into gpu-doctor instead)\n`);
  }, 90_000);

  it('with a writer: the log is diagnosed', async () => {
    const fifo = join(dir, 'writer.fifo');
    execFileSync('mkfifo', [fifo]);
    const child = spawn(process.execPath, [CLI, 'diagnose', '--json', fifo], { env: { ...env, GPU_DOCTOR_FIFO_WAIT_S: '20' } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    await writeFile(fifo, readFileSync(LOG)); // waits (off the main thread) until the reader has it open
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(1); // a finding
    expect((JSON.parse(out) as { findings: Array<{ id: string }> }).findings[0]!.id).toBe('zlibwapi-missing');
  }, 30_000);
});
