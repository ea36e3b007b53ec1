// `gpu-doctor fix` installs the torch CUDA wheel the planner chooses: the GPU's compute capability, the OS,
// the driver and the Python of the interpreter all count, and the installed release is kept when it can be.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { buildPlan } from '../src/fix/planner.js';
import { chooseTorchWheel } from '../src/fix/pip.js';
import { plan } from '../src/plan/planner.js';
import type { Runner } from '../src/fix/types.js';
import { finding, linuxHost, scanOf, tempDirs, windowsHost, FakeRegistry } from './fix-helpers.js';

let t: ReturnType<typeof tempDirs>;
beforeEach(() => { t = tempDirs(); mkdirSync(t.home, { recursive: true }); });
afterEach(() => t.cleanup());

/** An interpreter that answers `pip show` from its packages and `-c …version_info…` with its version. */
function interpreter(version: string, installed: Record<string, string>): { run: Runner; calls: string[] } {
  const calls: string[] = [];
  const run: Runner = async (file, args) => {
    calls.push([file, ...args].join(' '));
    if (args[0] === '-c' && /version_info/.test(args[1] ?? '')) return { exitCode: 0, stdout: `${version}\n`, stderr: '' };
    if (args.slice(0, 3).join(' ') === '-m pip show') {
      const names = args.slice(3).filter((p) => installed[p]);
      return { exitCode: names.length === args.length - 3 ? 0 : 1, stdout: names.map((p) => `Name: ${p}\nVersion: ${installed[p]}\n`).join('---\n'), stderr: '' };
    }
    return { exitCode: 0, stdout: '', stderr: '' };
  };
  return { run, calls };
}

const torchCpu = [finding('torch-cpu-build', [{ builder: 'torch-cuda-wheel' }])];
const PY = '/home/me/venv/bin/python';

async function fixFor(facts: Record<string, unknown>, py = interpreter('3.12', { torch: String(facts.torchVersion ?? '') }), host = linuxHost(t.home, t.doctor)) {
  const p = await buildPlan(scanOf(torchCpu, { pythonExecutable: PY, ...facts }), { ...host, run: py.run });
  return { item: p.items[0]!, preview: p.changes[0]?.preview[0] ?? '', calls: py.calls };
}

describe('the GPU changes the wheel', () => {
  // driver 575 reports CUDA 12.9: the driver alone would take torch 2.8.0's newest wheel, cu129
  const machine = { os: 'linux', driverVersion: '575.51.03', driverCudaMax: '12.9', pythonVersion: '3.12.3', torchVersion: '2.8.0+cpu' };

  it('GTX 1080 (CC 6.1): cu128 / cu129 builds of torch 2.8 have no sm_61, so cu126', async () => {
    const { item, preview } = await fixFor({ ...machine, gpuName: ['NVIDIA GeForce GTX 1080'] });
    expect(item.status).toBe('pending');
    expect(preview).toBe(`run ${PY} -m pip install torch==2.8.0+cu126 --index-url https://download.pytorch.org/whl/cu126 --extra-index-url https://pypi.org/simple`);
    expect(item.note).toMatch(/GPU code for CC 6\.1/);
    expect(item.note).toMatch(/keeps the installed 2\.8\.0\+cpu/);
  });

  it('RTX 4090 (CC 8.9) on the same machine gets a CUDA 12.8+ wheel of the same release', async () => {
    const { preview } = await fixFor({ ...machine, gpuName: ['NVIDIA GeForce RTX 4090'] });
    expect(preview).toMatch(/torch==2\.8\.0\+cu12[89] /);
  });

  it('RTX 5090 (CC 12.0): torch 2.5.1 has no sm_120 build, so a release >= 2.7 on cu128 or newer', async () => {
    const { preview, item } = await fixFor({ ...machine, torchVersion: '2.5.1+cpu', gpuCC: '12.0', gpuName: ['NVIDIA GeForce RTX 5090'] });
    const [, version, tag] = /torch==(\d+\.\d+\.\d+)\+cu(\d+) /.exec(preview)!;
    expect(Number(version!.split('.')[1])).toBeGreaterThanOrEqual(7);
    expect(Number(tag)).toBeGreaterThanOrEqual(128);
    expect(item.note).toMatch(/torch 2\.5\.1\+cpu has no wheel that runs here/);
    // the same choice as `gpu-doctor plan` for this machine
    const best = plan({ framework: 'pytorch', os: 'linux', cc: '12.0', driver: '575.51.03', python: '3.12' }).combinations[0]!;
    expect(preview).toContain(`torch==${best.version}+${best.wheelIndex} `);
  });

  it('A100 (CC 8.0) on the CUDA 11.0 GA driver 450.36.06: every wheel with sm_80 needs a newer driver — a manual step', async () => {
    const { item, calls } = await fixFor({ os: 'linux', driverVersion: '450.36.06', gpuName: ['NVIDIA A100-SXM4-40GB'], torchVersion: '2.7.1+cpu', pythonVersion: '3.12.3' });
    const pinned = plan({ framework: 'pytorch', os: 'linux', cc: '8.0', driver: '450.36.06', python: '3.12', version: '2.7.1' }).combinations[0]!;
    expect(pinned.driver).toBe('required');
    expect(item.status).toBe('manual');
    expect(item.title).toContain(`Upgrade the NVIDIA driver to ${pinned.minDriver} or newer (found 450.36.06)`);
    expect(item.title).toContain(`torch==2.7.1 --index-url https://download.pytorch.org/whl/${pinned.wheelIndex}`);
    expect(calls.some((c) => / install /.test(c))).toBe(false);
  });
});

describe('the interpreter and the OS count', () => {
  it('asks the interpreter its Python when the scan judged another one: Python 3.8 cannot keep torch 2.6', async () => {
    const py = interpreter('3.8', { torch: '2.6.0+cpu' });
    const { preview, calls } = await fixFor({ os: 'linux', driverVersion: '550.54.14', gpuCC: '8.6', torchVersion: '2.6.0+cpu', pythonPath: '/usr/bin/python3', pythonVersion: '3.12.3' }, py);
    expect(calls[0]).toMatch(/^\/home\/me\/venv\/bin\/python -c .*version_info/);
    // torch 2.4 is the last release for Python 3.8
    expect(preview).toMatch(/torch==2\.4\.\d\+cu12[14] /);
  });

  it('uses the scan facts of the same interpreter without asking it', async () => {
    const py = interpreter('3.8', { torch: '2.6.0+cpu' });
    const { preview, calls } = await fixFor({ os: 'linux', driverVersion: '550.54.14', gpuCC: '8.6', torchVersion: '2.6.0+cpu', pythonVersion: '3.12.3' }, py);
    expect(calls.some((c) => c.includes(' -c '))).toBe(false);
    expect(preview).toMatch(/torch==2\.6\.0\+cu12[46] /);
  });

  it('Windows: the Windows driver columns and arch lists (GTX 1060 → cu126 through the Windows cu126 list)', async () => {
    const host = windowsHost(t.home, t.doctor, new FakeRegistry());
    const choice = chooseTorchWheel({ os: 'windows', driverVersion: '560.94', gpuName: 'GTX 1060', python: '3.11', torchVersion: '2.8.0+cpu' })!;
    expect(choice).toMatchObject({ torch: '2.8.0', tag: 'cu126', kept: true });
    expect(choice.combination.archInferred).toBeUndefined();
    const { preview } = await fixFor({ os: 'windows', driverVersion: '560.94', gpuName: ['NVIDIA GeForce GTX 1060 6GB'], pythonVersion: '3.11.9', torchVersion: '2.8.0+cpu' }, undefined, host);
    expect(preview).toContain('torch==2.8.0+cu126 ');
  });

  it('keeps torchvision / torchaudio from the planner\'s combination', async () => {
    const py = interpreter('3.11', { torch: '2.3.1+cpu', torchvision: '0.18.1+cpu', torchaudio: '2.3.1+cpu' });
    const { preview } = await fixFor({ os: 'linux', driverVersion: '550.54.14', gpuCC: '8.6', torchVersion: '2.3.1+cpu', pythonVersion: '3.11.4' }, py);
    expect(preview).toBe(`run ${PY} -m pip install torch==2.3.1+cu121 torchvision==0.18.1+cu121 torchaudio==2.3.1+cu121 --index-url https://download.pytorch.org/whl/cu121 --extra-index-url https://pypi.org/simple`);
  });
});
