// `gpu-doctor fix` / `undo` as commands: dry run, confirmation, --only, GPU_DOCTOR_HOME, verification.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runFix } from '../src/cli/fix-command.js';
import { runUndo } from '../src/cli/undo-command.js';
import { UsageError } from '../src/errors.js';
import { finding, linuxHost, scanOf, useFixCommand } from './fix-helpers.js';
import type { FixHost } from '../src/fix/host.js';

const c = useFixCommand();
const snapshot = (): string[] => readdirSync(c.t.root, { recursive: true }).map(String).sort();

describe('gpu-doctor fix', () => {
  it('--dry-run shows the exact changes and touches nothing', async () => {
    const before = snapshot();
    expect(await runFix(['--log', c.log, '--dry-run'], c.deps(linuxHost(c.t.home, c.t.doctor)))).toBe(0);
    expect(c.out).toContain(`create ${join(c.t.home, '.bashrc')}`);
    expect(c.out).toContain('+ export LD_LIBRARY_PATH="/usr/lib/wsl/lib${LD_LIBRARY_PATH:+:${LD_LIBRARY_PATH}}"');
    expect(c.out).toContain(`→ ${join(c.t.root, 'a.so')} (new file)`);
    expect(c.out).toMatch(/Dry run: nothing was changed/);
    expect(snapshot()).toEqual(before);
  });

  it('without a terminal and without --yes changes nothing', async () => {
    const before = snapshot();
    expect(await runFix(['--log', c.log], c.deps(linuxHost(c.t.home, c.t.doctor)))).toBe(0);
    expect(c.err).toMatch(/nothing was changed .*--yes/);
    expect(snapshot()).toEqual(before);
  });

  it('asks on a terminal; "n" changes nothing, "y" applies into GPU_DOCTOR_HOME', async () => {
    const host = linuxHost(c.t.home, c.t.doctor);
    await runFix(['--log', c.log], c.deps(host, { interactive: true, ask: async () => false }));
    expect(existsSync(c.t.doctor)).toBe(false);
    expect(await runFix(['--log', c.log], c.deps(host, { interactive: true, ask: async () => true }))).toBe(0);
    expect(readFileSync(join(c.t.root, 'b.so'), 'utf8')).toBe('lib');
    expect(readdirSync(join(c.t.doctor, 'runs'))).toEqual(['0001']);
    expect(existsSync(join(c.t.home, '.gpu-doctor'))).toBe(false); // GPU_DOCTOR_HOME, not ~/.gpu-doctor
    c.out = '';
    expect(await c.undo(['--list'], host)).toBe(0);
    expect(c.out).toMatch(/^\s+1 .* complete {2}fix-test-multi/m);
    expect(await c.undo(['1'], host)).toBe(0);
    expect(existsSync(join(c.t.root, 'b.so')) || existsSync(join(c.t.home, '.bashrc'))).toBe(false);
    expect(await runUndo(['1'], host, () => {}, (s) => { c.err += s; })).toBe(2);
    expect(c.err).toMatch(/already undone/);
  });

  it('--only with an id outside the rule set is a usage error and changes nothing', async () => {
    const host = linuxHost(c.t.home, c.t.doctor);
    // the test rule set (fixtures/fix/rules) knows only fix-test-multi
    await expect(runFix(['--log', c.log, '--only', 'zlibwapi-missing', '--yes'], c.deps(host))).rejects.toThrow(/no finding with id "zlibwapi-missing"/);
    expect(existsSync(c.t.doctor)).toBe(false);
    await expect(runFix(['--only', 'Not An Id'], c.deps(host))).rejects.toBeInstanceOf(UsageError);
    await expect(runUndo(['last'], host, () => {}, () => {})).rejects.toBeInstanceOf(UsageError);
  });

  it('re-scans after applying and reports which findings are gone', async () => {
    const host = linuxHost(c.t.home, c.t.doctor);
    // a scan that sees what a new shell would see: the finding is gone once LD_LIBRARY_PATH has the WSL folder
    const scanner = async (h: FixHost) => scanOf([
      ...(h.env.LD_LIBRARY_PATH?.split(':').includes('/usr/lib/wsl/lib') ? [] : [finding('wsl-libcuda-path', [{ kind: 'path-add', variable: 'LD_LIBRARY_PATH', entry: '/usr/lib/wsl/lib' }])]),
      // a probe this fix does not satisfy: still found afterwards
      finding('xla-libdevice-not-found', [{ kind: 'env-set', name: 'XLA_FLAGS', value: '--xla_gpu_cuda_data_dir=/usr/local/cuda' }, { kind: 'manual', text: 'install nvidia-cuda-nvcc' }]),
    ]);
    expect(await runFix(['--yes'], c.deps(host, { scanner }))).toBe(1);
    expect(c.out).toMatch(/Fixed \(no longer found\): wsl-libcuda-path\n/);
    expect(c.out).toMatch(/Still found: xla-libdevice-not-found /);
    // a second run: nothing to change
    c.out = '';
    expect(await runFix(['--yes'], c.deps(host, { scanner }))).toBe(0);
    expect(c.out).toMatch(/already done/);
    expect(c.out).toMatch(/No change needed/);
  });

  it('--dry-run with manual problems only does not say "No change needed" and exits 1', async () => {
    const scanner = async () => scanOf([finding('container-no-gpu', [{ kind: 'manual', text: 'start the container with --gpus all' }])]);
    expect(await runFix(['--dry-run'], c.deps(linuxHost(c.t.home, c.t.doctor), { scanner }))).toBe(1);
    expect(c.out).toMatch(/\[manual\] container-no-gpu: start the container with --gpus all\n\s+manual step\n/);
    expect(c.out).not.toMatch(/No change needed/);
    expect(c.out).toMatch(/Nothing gpu-doctor can change: 1 problem\(s\) above need the manual steps shown\.\n$/);
  });
});
