// Probes run in a process group of their own (issue 10, item 3): a fake or wedged nvidia-smi that leaves a
// grandchild holding the output pipe used to keep scan waiting until that child ended (killed at 300 s,
// orphans left). Now the whole group is killed at the deadline and scan finishes right after its report.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realHost } from '../src/scan/real-host.js';
import { ensureBuilt } from './built-cli.js';

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'gpu-doctor-probe-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Running (a killed orphan may stay a zombie until its new parent reaps it: that counts as gone). */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Gone within the wait: SIGKILL is delivered at once, but on a loaded machine the process may take a moment to exit. */
async function goneWithin(pid: number, waitMs = 15_000): Promise<boolean> {
  const until = performance.now() + waitMs;
  while (alive(pid)) {
    if (performance.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

/** A script that starts `sleep 300` holding its stdout (pid written to a file), prints, then exits or hangs. */
function fakeProbe(name: string, hang: boolean): { path: string; grandchild: () => number } {
  const path = join(dir, name);
  const pidFile = join(dir, `${name}.pid`);
  writeFileSync(path, `#!/bin/sh\nsleep 300 &\necho $! > '${pidFile}'\necho "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver."\n${hang ? 'sleep 300\n' : 'exit 9\n'}`);
  chmodSync(path, 0o755);
  return { path, grandchild: () => Number(readFileSync(pidFile, 'utf8').trim()) };
}

describe.runIf(process.platform === 'linux')('scan probes in their own process group', () => {
  it('a probe that exits but leaves a grandchild on its stdout returns at once, and the grandchild is killed', async () => {
    const probe = fakeProbe('nvidia-smi-orphan', false);
    const r = await realHost().run(probe.path, [], { timeoutMs: 30_000 });
    // back through the probe's exit (a short grace for its pipes), not at its 30 s deadline: that one sets timedOut
    expect(r.timedOut).toBe(false);
    expect(r.stdout).toContain('NVIDIA-SMI has failed');
    expect(await goneWithin(probe.grandchild())).toBe(true);
  }, 60_000);

  it('a probe that hangs is stopped at its deadline with its whole group', async () => {
    const probe = fakeProbe('nvidia-smi-hang', true);
    // stopped by its deadline (timedOut); that the whole group went with it is the grandchild's check below
    const r = await realHost().run(probe.path, [], { timeoutMs: 1000 });
    expect(r.timedOut).toBe(true);
    expect(await goneWithin(probe.grandchild())).toBe(true);
  }, 60_000);

  it('gpu-doctor scan with such an nvidia-smi on PATH reports and exits', async () => {
    const cli = ensureBuilt();
    const bin = join(dir, 'bin');
    spawnSync('mkdir', ['-p', bin]);
    const probe = fakeProbe('bin/nvidia-smi', false);
    // waiting for the grandchild (300 s) would be killed at spawnSync's limit: signal set, no report
    const r = spawnSync(process.execPath, [cli, 'scan', '--no-color'], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, LANG: 'C' } });
    expect(r.signal).toBeNull();
    expect(r.stdout).toContain("nvidia-smi failed: NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.");
    expect(await goneWithin(probe.grandchild())).toBe(true);
  }, 180_000);
});
