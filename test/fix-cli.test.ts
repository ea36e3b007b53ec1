// `gpu-doctor fix` / `undo` as commands: dry run, confirmation, --only, GPU_DOCTOR_HOME, verification.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runFix, type FixDeps } from '../src/cli/fix-command.js';
import { runUndo } from '../src/cli/undo-command.js';
import { UsageError } from '../src/errors.js';
import { commandDeps, finding, linuxHost, scanOf, setUpFixCommand, tearDownFixCommand, tempDirs } from './fix-helpers.js';
import type { FixHost } from '../src/fix/host.js';

let t: ReturnType<typeof tempDirs>;
let out: string;
let err: string;
let log: string;
beforeEach(() => {
  ({ t, log } = setUpFixCommand());
  out = ''; err = '';
});
afterEach(() => tearDownFixCommand(t));

const deps = (host: FixHost, extra: Partial<FixDeps> = {}): FixDeps => commandDeps(host, (s) => { out += s; }, (s) => { err += s; }, extra);
const snapshot = (): string[] => readdirSync(t.root, { recursive: true }).map(String).sort();

describe('gpu-doctor fix', () => {
  it('--dry-run shows the exact changes and touches nothing', async () => {
    const before = snapshot();
    expect(await runFix(['--log', log, '--dry-run'], deps(linuxHost(t.home, t.doctor)))).toBe(0);
    expect(out).toContain(`create ${join(t.home, '.bashrc')}`);
    expect(out).toContain('+ export LD_LIBRARY_PATH="/usr/lib/wsl/lib${LD_LIBRARY_PATH:+:${LD_LIBRARY_PATH}}"');
    expect(out).toContain(`→ ${join(t.root, 'a.so')} (new file)`);
    expect(out).toMatch(/Dry run: nothing was changed/);
    expect(snapshot()).toEqual(before);
  });

  it('without a terminal and without --yes changes nothing', async () => {
    const before = snapshot();
    expect(await runFix(['--log', log], deps(linuxHost(t.home, t.doctor)))).toBe(0);
    expect(err).toMatch(/nothing was changed .*--yes/);
    expect(snapshot()).toEqual(before);
  });

  it('asks on a terminal; "n" changes nothing, "y" applies into GPU_DOCTOR_HOME', async () => {
    const host = linuxHost(t.home, t.doctor);
    await runFix(['--log', log], deps(host, { interactive: true, ask: async () => false }));
    expect(existsSync(t.doctor)).toBe(false);
    expect(await runFix(['--log', log], deps(host, { interactive: true, ask: async () => true }))).toBe(0);
    expect(readFileSync(join(t.root, 'b.so'), 'utf8')).toBe('lib');
    expect(readdirSync(join(t.doctor, 'runs'))).toEqual(['0001']);
    expect(existsSync(join(t.home, '.gpu-doctor'))).toBe(false); // GPU_DOCTOR_HOME, not ~/.gpu-doctor
    out = '';
    expect(await runUndo(['--list'], host, (s) => { out += s; }, (s) => { err += s; })).toBe(0);
    expect(out).toMatch(/^\s+1 .* complete {2}fix-test-multi/m);
    expect(await runUndo(['1'], host, (s) => { out += s; }, (s) => { err += s; })).toBe(0);
    expect(existsSync(join(t.root, 'b.so')) || existsSync(join(t.home, '.bashrc'))).toBe(false);
    expect(await runUndo(['1'], host, () => {}, (s) => { err += s; })).toBe(2);
    expect(err).toMatch(/already undone/);
  });

  it('--only with an id outside the rule set is a usage error and changes nothing', async () => {
    const host = linuxHost(t.home, t.doctor);
    // the test rule set (fixtures/fix/rules) knows only fix-test-multi
    await expect(runFix(['--log', log, '--only', 'zlibwapi-missing', '--yes'], deps(host))).rejects.toThrow(/no finding with id "zlibwapi-missing"/);
    expect(existsSync(t.doctor)).toBe(false);
    await expect(runFix(['--only', 'Not An Id'], deps(host))).rejects.toBeInstanceOf(UsageError);
    await expect(runUndo(['last'], host, () => {}, () => {})).rejects.toBeInstanceOf(UsageError);
  });

  it('re-scans after applying and reports which findings are gone', async () => {
    const host = linuxHost(t.home, t.doctor);
    // a scan that sees what a new shell would see: the finding is gone once LD_LIBRARY_PATH has the WSL folder
    const scanner = async (h: FixHost) => scanOf([
      ...(h.env.LD_LIBRARY_PATH?.split(':').includes('/usr/lib/wsl/lib') ? [] : [finding('wsl-libcuda-path', [{ kind: 'path-add', variable: 'LD_LIBRARY_PATH', entry: '/usr/lib/wsl/lib' }])]),
      // a probe this fix does not satisfy: still found afterwards
      finding('xla-libdevice-not-found', [{ kind: 'env-set', name: 'XLA_FLAGS', value: '--xla_gpu_cuda_data_dir=/usr/local/cuda' }, { kind: 'manual', text: 'install nvidia-cuda-nvcc' }]),
    ]);
    expect(await runFix(['--yes'], deps(host, { scanner }))).toBe(1);
    expect(out).toMatch(/Fixed \(no longer found\): wsl-libcuda-path\n/);
    expect(out).toMatch(/Still found: xla-libdevice-not-found /);
    // a second run: nothing to change
    out = '';
    expect(await runFix(['--yes'], deps(host, { scanner }))).toBe(0);
    expect(out).toMatch(/already done/);
    expect(out).toMatch(/No change needed/);
  });

  it('--dry-run with manual problems only does not say "No change needed" and exits 1', async () => {
    const scanner = async () => scanOf([finding('container-no-gpu', [{ kind: 'manual', text: 'start the container with --gpus all' }])]);
    expect(await runFix(['--dry-run'], deps(linuxHost(t.home, t.doctor), { scanner }))).toBe(1);
    expect(out).toMatch(/\[manual\] container-no-gpu: start the container with --gpus all\n\s+manual step\n/);
    expect(out).not.toMatch(/No change needed/);
    expect(out).toMatch(/Nothing gpu-doctor can change: 1 problem\(s\) above need the manual steps shown\.\n$/);
  });
});
