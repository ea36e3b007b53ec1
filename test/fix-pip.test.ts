// pip in the interpreter the finding is about, torch CUDA wheels from download.pytorch.org/whl/cuXXX chosen
// from the driver, and an undo that puts the previous builds back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { chooseTorchWheel, parsePipShow, indexForLocalVersion } from '../src/fix/pip.js';
import { satisfies, parseRequirement } from '../src/fix/requirement.js';
import { buildPlan, requirementArgs } from '../src/fix/planner.js';
import { applyPlan } from '../src/fix/executor.js';
import { undoRun } from '../src/fix/undo.js';
import type { Runner } from '../src/fix/types.js';
import { finding, linuxHost, scanOf, tempDirs } from './fix-helpers.js';

let t: ReturnType<typeof tempDirs>;
beforeEach(() => { t = tempDirs(); mkdirSync(t.home, { recursive: true }); });
afterEach(() => t.cleanup());

/** A fake interpreter: answers `pip show` from its package set, and `pip install name==v` changes it. */
function fakePython(installed: Record<string, string>): { run: Runner; calls: string[] } {
  const calls: string[] = [];
  const run: Runner = async (file, args) => {
    calls.push([file, ...args].join(' '));
    if (args.slice(0, 3).join(' ') === '-m pip show') {
      const blocks = args.slice(3).filter((p) => installed[p]).map((p) => `Name: ${p}\nVersion: ${installed[p]}\nSummary: x`);
      return { exitCode: blocks.length === args.length - 3 ? 0 : 1, stdout: blocks.join('\n---\n'), stderr: '' };
    }
    if (args[2] === 'install') {
      for (const r of requirementArgs(args.slice(2))) {
        const [, n, op, v] = /^([\w-]+)(==|<)(.+)$/.exec(r)!;
        installed[n!] = op === '==' ? v! : '1.26.4'; // "numpy<2" installs the last 1.x
      }
    }
    if (args[2] === 'uninstall') delete installed[args.at(-1)!];
    return { exitCode: 0, stdout: '', stderr: '' };
  };
  return { run, calls };
}

describe('torch CUDA wheel choice', () => {
  it('picks a cuXXX the driver runs, keeping the installed release (the planner decides)', () => {
    // driver 535 → CUDA 12.2 at most: torch 2.1.2 offers cu118 and cu121
    expect(chooseTorchWheel({ driverVersion: '535.104.05', os: 'linux', torchVersion: '2.1.2+cpu' })).toMatchObject({ torch: '2.1.2', tag: 'cu121', indexUrl: 'https://download.pytorch.org/whl/cu121' });
    // a driver for CUDA 11.4: torch 2.1.2's cu118 runs through minor-version compatibility (11.x floor 450.80.02)
    const compat = chooseTorchWheel({ driverCudaMax: '11.4', torchVersion: '2.1.2' })!;
    expect(compat).toMatchObject({ torch: '2.1.2', tag: 'cu118', kept: true });
    expect(compat.combination.driver).toBe('recommended');
    // a driver for CUDA 10.2: no torch 2.1.2 wheel runs, so an older release with a CUDA 10.x wheel
    const old = chooseTorchWheel({ driverCudaMax: '10.2', torchVersion: '2.1.2' })!;
    expect(old.kept).toBe(false);
    expect(Number(old.tag.slice(2))).toBeLessThanOrEqual(102);
    expect(chooseTorchWheel({ os: 'linux' })).toBeUndefined();
  });

  it('reads pip show output and versions with local tags', () => {
    expect(parsePipShow('Name: torch\nVersion: 2.1.2+cpu\n---\nName: Torchvision\nVersion: 0.16.2+cpu\n')).toEqual(new Map([['torch', '2.1.2+cpu'], ['torchvision', '0.16.2+cpu']]));
    expect(indexForLocalVersion('2.1.2+cpu')).toBe('https://download.pytorch.org/whl/cpu');
    expect(indexForLocalVersion('2.1.2')).toBeUndefined();
    expect(satisfies('2.1.2+cu121', parseRequirement('torch==2.1.2+cu121')!.specs)).toBe(true);
    expect(satisfies('2.1.2+cpu', parseRequirement('torch==2.1.2+cu121')!.specs)).toBe(false);
    expect(satisfies('1.26.4', parseRequirement('numpy<2')!.specs)).toBe(true);
    expect(satisfies('3.20.3', parseRequirement('protobuf==3.20.*')!.specs)).toBe(true);
  });
});

describe('pip actions', () => {
  it('reinstalls torch and its companions in the named interpreter, once, and undo puts the CPU builds back', async () => {
    const py = fakePython({ torch: '2.1.2+cpu', torchvision: '0.16.2+cpu' });
    const host = { ...linuxHost(t.home, t.doctor), run: py.run };
    const scan = scanOf([finding('torch-cpu-build', [{ builder: 'torch-cuda-wheel' }])], { pythonExecutable: '/home/me/venv/bin/python', driverVersion: '535.104.05', torchVersion: '2.1.2+cpu' });
    const plan = await buildPlan(scan, host);
    expect(plan.items[0]).toMatchObject({ risk: 'caution', status: 'pending' });
    expect(plan.changes[0]!.preview[0]).toBe('run /home/me/venv/bin/python -m pip install torch==2.1.2+cu121 torchvision==0.16.2+cu121 --index-url https://download.pytorch.org/whl/cu121 --extra-index-url https://pypi.org/simple');
    await applyPlan(plan, host, t.doctor, { findings: [], argv: [] });
    expect(py.calls.filter((c) => / install /.test(c))).toHaveLength(1);
    expect((await buildPlan(scan, host)).items[0]!.status).toBe('done');

    py.calls.length = 0;
    await undoRun(t.doctor, host);
    expect(py.calls.filter((c) => / install /.test(c))).toEqual([
      '/home/me/venv/bin/python -m pip install torch==2.1.2+cpu --no-deps --index-url https://download.pytorch.org/whl/cpu --extra-index-url https://pypi.org/simple',
      '/home/me/venv/bin/python -m pip install torchvision==0.16.2+cpu --no-deps --index-url https://download.pytorch.org/whl/cpu --extra-index-url https://pypi.org/simple',
    ]);
  });

  it('without a known interpreter it is a manual step with the exact command', async () => {
    const host = linuxHost(t.home, t.doctor);
    const plan = await buildPlan(scanOf([finding('torch-cpu-build', [{ builder: 'torch-cuda-wheel' }])], { driverCudaMax: '12.4', torchVersion: '2.3.1' }), host);
    expect(plan.items[0]).toMatchObject({ status: 'manual' });
    expect(plan.items[0]!.title).toContain('--index-url https://download.pytorch.org/whl/cu121');
  });
});

describe('fixes of the real rules', () => {
  it('a NumPy ABI error in a log becomes `python -m pip install "numpy<2"` in the scanned interpreter', async () => {
    const { diagnoseText } = await import('../src/engine/diagnose.js');
    const { fromDiagnosis } = await import('../src/fix/scan-source.js');
    const d = fromDiagnosis(await diagnoseText('A module that was compiled using NumPy 1.x cannot be run in\nNumPy 2.0.1 as it may crash.'));
    expect(d.findings.map((f) => f.id)).toContain('numpy-abi-mismatch');
    const py = fakePython({ numpy: '2.0.1' });
    const host = { ...linuxHost(t.home, t.doctor), run: py.run };
    // from a log alone the interpreter is unknown: not applied, and the plan says why
    const fromLog = await buildPlan(d, host, { only: 'numpy-abi-mismatch' });
    expect(fromLog.items[0]).toMatchObject({ status: 'skipped', note: expect.stringMatching(/needs the fact "python"/) });
    d.facts.set('pythonPath', { value: '/opt/conda/bin/python', evidence: [] } as never);
    const plan = await buildPlan(d, host, { only: 'numpy-abi-mismatch' });
    expect(plan.changes.map((c) => c.preview[0])).toEqual(['run /opt/conda/bin/python -m pip install numpy<2']);
    await applyPlan(plan, host, t.doctor, { findings: [], argv: [] });
    expect((await buildPlan(d, host, { only: 'numpy-abi-mismatch' })).items[0]!.status).toBe('done');
  });
});
