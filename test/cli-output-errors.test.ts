// Output that cannot be written (issue 10, item 8): `diagnose … > /dev/full` lost the whole report and exited 1
// ("an error was found") without a word. Now: one line on standard error, exit status 2.
import { closeSync, existsSync, openSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './built-cli.js';

const LOG = join(ROOT, 'fixtures', 'logs', 'tf-zlibwapi-windows.log');
let CLI: string;
beforeAll(() => { CLI = ensureBuilt(); });

function toDevFull(args: string[]): { status: number | null; stderr: string } {
  const full = openSync('/dev/full', 'w');
  try {
    const r = spawnSync(process.execPath, [CLI, ...args], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8', env: { ...process.env, LANG: 'C', GPU_DOCTOR_LANG: '' }, timeout: 30_000 });
    return { status: r.status, stderr: r.stderr };
  } finally {
    closeSync(full);
  }
}

describe.runIf(existsSync('/dev/full'))('standard output that cannot be written', () => {
  it.each([[['diagnose', LOG]], [['diagnose', '--json', LOG]], [['explain']]])('gpu-doctor %j > /dev/full: one line, exit 2', (args) => {
    const r = toDevFull(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('gpu-doctor: cannot write the output: ENOSPC: no space left on device, write\n');
  });
});
