// Folders that enter a fix (issue 10, item 2): a log names versions and other machines' paths, so only an
// absolute folder that exists here, of the kind the fix expects, may go on PATH / LD_LIBRARY_PATH or into
// XLA_FLAGS; anything else becomes a manual step that says why.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPlan } from '../src/fix/planner.js';
import { runFix } from '../src/cli/fix-command.js';
import { commandDeps, finding, linuxHost, scanOf, tempDirs } from './fix-helpers.js';

let t: ReturnType<typeof tempDirs>;
beforeEach(() => { t = tempDirs(); mkdirSync(t.home, { recursive: true }); });
afterEach(() => t.cleanup());

async function dryRun(logText: string): Promise<string> {
  const log = join(t.root, 'run.log');
  writeFileSync(log, logText);
  let out = '';
  await runFix(['--log', log, '--dry-run'], commandDeps(linuxHost(t.home, t.doctor), (s) => { out += s; }, (s) => { out += s; }));
  return out;
}

/** A toolkit folder as the installers leave it: bin/nvcc. */
function toolkit(): string {
  const root = join(t.root, 'cuda-12.1');
  mkdirSync(join(root, 'bin'), { recursive: true });
  writeFileSync(join(root, 'bin', 'nvcc'), '#!/bin/sh\n');
  return root;
}

describe('folders in fixes', () => {
  it('fix --log never turns a version number from a path into a relative folder', async () => {
    const out = await dryRun("I installed CUDA 12.1 in /usr/local/cuda-12.1\n$ nvcc -V\nCommand 'nvcc' not found, but can be installed with:\nsudo apt install nvidia-cuda-toolkit\n");
    expect(out).toContain('cuda-path-not-set');
    expect(out).not.toMatch(/12\.1\/(bin|lib64)/);
    expect(out).not.toContain('.bashrc');
    expect(existsSync(join(t.home, '.bashrc'))).toBe(false);
  });

  it('fix --log of a JAX log sets no --xla_gpu_cuda_data_dir to a version', async () => {
    const out = await dryRun("Can't find libdevice directory ${CUDA_DIR}/nvvm/libdevice\nsearched /usr/local/cuda-12.2\nerror: libdevice not found at ./libdevice.10.bc\n");
    expect(out).toContain('xla-libdevice-not-found');
    expect(out).not.toContain('xla_gpu_cuda_data_dir=12.2');
  });

  const cases: Array<[string, () => Record<string, string>, RegExp]> = [
    ['a version, not a folder', () => ({ cudaRoot: '12.1' }), /cudaRoot is "12\.1", not an absolute folder/],
    ['a relative folder', () => ({ cudaHome: 'cuda/12.1' }), /cudaRoot is "cuda\/12\.1", not an absolute folder/],
    ['a folder of another machine', () => ({ cudaRoot: '/opt/nowhere/cuda-12.1' }), /"\/opt\/nowhere\/cuda-12\.1", which is not a folder on this machine/],
    ['a folder that is not a toolkit', () => { mkdirSync(join(t.root, 'empty'), { recursive: true }); return { cudaRoot: join(t.root, 'empty') }; }, /has no bin\/nvcc and no version\.json/],
  ];
  it.each(cases)('cuda-on-path with %s is a manual step with the reason', async (_what, facts, reason) => {
    const plan = await buildPlan(scanOf([finding('cuda-path-not-set', [{ builder: 'cuda-on-path' }])], facts()), linuxHost(t.home, t.doctor));
    expect(plan.changes).toEqual([]);
    expect(plan.items).toHaveLength(1);
    expect(plan.items[0]).toMatchObject({ status: 'manual', action: { kind: 'manual' } });
    expect((plan.items[0]!.action as { text: string }).text).toMatch(reason);
  });

  it('a relative CUDA_HOME does not reach XLA_FLAGS', async () => {
    const host = linuxHost(t.home, t.doctor, { CUDA_HOME: 'cuda' });
    const plan = await buildPlan(scanOf([finding('xla-libdevice-not-found', [{ builder: 'xla-cuda-data-dir' }])]), host);
    expect(plan.changes).toEqual([]);
    expect(plan.items[0]!.status).toBe('manual');
  });

  it('a rule action with {{cudaRoot}} is shown as manual, with the reason as its note', async () => {
    const f = finding('custom', [{ kind: 'env-set', name: 'CUDA_HOME', value: '{{cudaRoot}}' }]);
    const plan = await buildPlan(scanOf([f], { cudaRoot: '12.1' }), linuxHost(t.home, t.doctor));
    expect(plan.changes).toEqual([]);
    expect(plan.items[0]).toMatchObject({ status: 'manual', note: expect.stringMatching(/not an absolute folder/) });
  });

  it('a real toolkit folder here is used, with absolute entries', async () => {
    const root = toolkit();
    const plan = await buildPlan(scanOf([finding('cuda-path-not-set', [{ builder: 'cuda-on-path' }])], { cudaRoot: root }), linuxHost(t.home, t.doctor));
    expect(plan.items.map((i) => [i.status, i.action])).toEqual([
      ['pending', { kind: 'path-add', variable: 'PATH', entry: `${root}/bin` }],
      ['pending', { kind: 'path-add', variable: 'LD_LIBRARY_PATH', entry: `${root}/lib64` }],
    ]);
  });
});
