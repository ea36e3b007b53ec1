// `fix --log FILE` checks this machine before it changes anything (issue 11 item 2): a log describes the
// machine that wrote it, and a fix from it applies only where a scan of this machine agrees. Real processes
// (the built CLI with its real scan probes) for a WSL and a Windows log; recorded machines for the rest.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt, ROOT } from './built-cli.js';
import { runFix } from '../src/cli/fix-command.js';
import { currentOs } from '../src/fix/host.js';
import { fromDiagnosis } from '../src/fix/scan-source.js';
import { runScan } from '../src/scan/scan.js';
import { fixtureHost } from '../src/scan/fixture-host.js';
import { diagnoseScanData } from '../src/scan/diagnose-scan.js';
import { commandDeps, linuxHost, scanOf, tempDirs } from './fix-helpers.js';
import { loadRuleSet } from '../src/engine/load-rules.js';
import { sameBuild } from '../src/fix/machine-check.js';
import { buildPlan } from '../src/fix/planner.js';
import type { Scanner } from '../src/fix/verify.js';

const WSL_LOG = join(ROOT, 'fixtures/corpus/app-bnb-wsl-1.log');
const WINDOWS_LOG = join(ROOT, 'fixtures/logs/tf-zlibwapi-windows.log');
const hostDir = (name: string) => fileURLToPath(new URL(`../fixtures/hosts/${name}`, import.meta.url));
/** "this machine" is a recorded one: the real scan code over its recorded probe outputs */
const recorded = (name: string): Scanner => async () => fromDiagnosis(await diagnoseScanData((await runScan(fixtureHost(hostDir(name)), { importTimeoutMs: 1500 })).data));

let t: ReturnType<typeof tempDirs>;
beforeEach(() => { t = tempDirs(); mkdirSync(t.home, { recursive: true }); });
afterEach(() => t.cleanup());

function gpuDoctorFix(args: string[]): { status: number | null; out: string; err: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: t.home, SHELL: '/bin/bash', GPU_DOCTOR_HOME: t.doctor, LANG: 'C' };
  delete env.CONDA_PREFIX; delete env.GPU_DOCTOR_LANG; delete env.LC_ALL;
  const r = spawnSync(process.execPath, [ensureBuilt(), 'fix', ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

describe('fix --log on a machine the log does not describe (real process, real scan)', () => {
  it.skipIf(currentOs().startsWith('wsl'))('a WSL log never puts /usr/lib/wsl/lib into .bashrc here, and says why in one line', () => {
    for (const args of [['--dry-run'], ['--yes']]) {
      const r = gpuDoctorFix(['--log', WSL_LOG, ...args]);
      expect(r.status).toBe(1);
      const refusal = r.out.split('\n').filter((l) => /refused on this machine/.test(l));
      expect(refusal).toHaveLength(1);
      expect(refusal[0]).toMatch(/the log is from WSL2; this machine is (?:Linux|macOS|Windows)/);
      expect(r.out).not.toMatch(/will apply|No change needed/);
      expect(existsSync(join(t.home, '.bashrc'))).toBe(false);
      expect(existsSync(t.doctor)).toBe(false);
    }
  }, 240_000);

  it.skipIf(process.platform === 'win32')('a Windows log (zlibwapi.dll) is refused here too, in Chinese as well', () => {
    const r = gpuDoctorFix(['--log', WINDOWS_LOG, '--yes', '--lang', 'zh-CN']);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/zlibwapi-missing：.*\n\s+在本机不执行——日志来自 Windows 系统；本机是 /);
    expect(readdirSync(t.home)).toEqual([]);
  }, 120_000);
});

describe('fix --log compares the log with a scan of this machine (recorded machines)', () => {
  const out = { text: '', err: '' };
  const deps = (scanner: Scanner) => commandDeps(linuxHost(t.home, t.doctor), (s) => { out.text += s; }, (s) => { out.err += s; }, { scanner });
  beforeEach(() => { out.text = ''; out.err = ''; });

  it('a container log on a machine that is not a container: the pip fix is refused, saying so', async () => {
    const log = join(t.root, 'container.log');
    writeFileSync(log, 'root@3f4e5d6c7b8a:/workspace# python train.py\nA module that was compiled using NumPy 1.x cannot be run in\nNumPy 2.0.0 as it may crash.\n');
    expect(await runFix(['--log', log, '--dry-run'], deps(recorded('linux-gpu-cpu-torch')))).toBe(1);
    expect(out.text).toMatch(/numpy-abi-mismatch: .*\n\s+refused on this machine — the log is from Linux in a container; this machine is Linux\n/);
    // the same log inside a container: no refusal (the fix needs the interpreter, which the log does not name)
    out.text = '';
    await runFix(['--log', log, '--dry-run'], deps(recorded('linux-two-toolkits')));
    expect(out.text).not.toMatch(/refused/);
  });

  it('another torch build than the one installed here: refused with both versions named', async () => {
    const log = join(t.root, 'torch.log');
    writeFileSync(log, 'Ubuntu 22.04\ntorch.__version__ 2.1.0+cpu\nAssertionError: Torch not compiled with CUDA enabled\n');
    expect(await runFix(['--log', log, '--dry-run'], deps(recorded('linux-gpu-cpu-torch')))).toBe(1);
    expect(out.text).toMatch(/torch-cpu-build: .*\n\s+refused on this machine — the log shows torch 2\.1\.0\+cpu; this machine has torch 2\.3\.1\+cpu\n/);
    // the build installed here: the fix is planned (not refused)
    writeFileSync(log, 'Ubuntu 22.04\ntorch.__version__ 2.3.1+cpu\nAssertionError: Torch not compiled with CUDA enabled\n');
    out.text = '';
    await runFix(['--log', log, '--dry-run'], deps(recorded('linux-gpu-cpu-torch')));
    expect(out.text).toMatch(/torch-cpu-build/);
    expect(out.text).not.toMatch(/refused/);
  });

  it('manual steps only: the disagreement is still said, on stderr, and the exit status is 1', async () => {
    expect(await runFix(['--log', join(ROOT, 'fixtures/corpus/drv-container-no-gpu-1.log'), '--dry-run'], deps(recorded('linux-gpu-cpu-torch')))).toBe(1);
    expect(out.err).toMatch(/this log is not from this machine \(the log is from Linux in a container; this machine is Linux; the log shows torch 2\.1\.0; this machine has torch 2\.3\.1\+cpu\)/);
    expect(out.text).not.toMatch(/No change needed/);
  });

  it('without a scan the host\'s own OS is compared: a WSL log on a Linux host is refused', async () => {
    const host = linuxHost(t.home, t.doctor);
    expect(await runFix(['--log', WSL_LOG, '--yes'], commandDeps(host, (s) => { out.text += s; }, () => {}))).toBe(1);
    expect(out.text).toMatch(/the log is from WSL2; this machine is Linux/);
    expect(existsSync(join(t.home, '.bashrc'))).toBe(false);
  });

  it('a fix meant for WSL is refused on a Linux machine even when a scan reports its finding', async () => {
    const rule = loadRuleSet().rules.find((r) => r.id === 'wsl-libcuda-path')!;
    const scanner: Scanner = async () => scanOf([{ id: rule.id, severity: 'error', fixes: rule.fixes }], { os: 'linux' });
    expect(await runFix(['--dry-run'], deps(scanner))).toBe(1);
    expect(out.text).toMatch(/wsl-libcuda-path: .*\n\s+refused on this machine — this fix is for WSL; this machine is Linux\n/);
    expect(existsSync(join(t.home, '.bashrc'))).toBe(false);
  });
});

describe('one build, as far as both say', () => {
  it('compares the release to the shorter precision and the local tags when both carry one', () => {
    expect(sameBuild('2.10', '2.10.1')).toBe(true);
    expect(sameBuild('1.13.0', '1.13.0a0')).toBe(true);
    expect(sameBuild('2.3.1', '2.3.1+cpu')).toBe(true);
    expect(sameBuild('2.3.1+cpu', '2.3.1+cu121')).toBe(false);
    expect(sameBuild('2.1.0', '2.3.1')).toBe(false);
    expect(sameBuild('2.1', '2.10.0')).toBe(false);
  });
});

describe('the driver step of a CPU torch names where the driver comes from', () => {
  const rule = () => loadRuleSet().rules.find((r) => r.id === 'torch-cpu-build')!;
  const plan = async (facts: Record<string, unknown>) => (await buildPlan(scanOf([{ id: 'torch-cpu-build', severity: 'error', fixes: rule().fixes }], facts), linuxHost(t.home, t.doctor))).items.map((i) => i.title).join('\n');
  it('a container: start it with the host\'s GPU, never install a driver in it', async () => {
    const text = await plan({ os: 'linux', inContainer: true });
    expect(text).toMatch(/host's GPU .*--gpus all/);
    expect(text).not.toMatch(/Install or update the NVIDIA driver/);
  });
  it('WSL: the Windows driver; a Linux host: install the driver', async () => {
    expect(await plan({ os: 'wsl2' })).toMatch(/NVIDIA driver on Windows first \(never a Linux driver inside WSL\)/);
    expect(await plan({ os: 'linux' })).toMatch(/^Install or update the NVIDIA driver first/);
  });
});
