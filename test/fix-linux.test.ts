// Linux / WSL actions for real, in a temporary HOME: the start-up file block, conda activate.d, file copies.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPlan } from '../src/fix/planner.js';
import { applyPlan } from '../src/fix/executor.js';
import { undoRun } from '../src/fix/undo.js';
import { listRuns } from '../src/fix/journal.js';
import { finding, linuxHost, scanOf, tempDirs } from './fix-helpers.js';

let t: ReturnType<typeof tempDirs>;
beforeEach(() => { t = tempDirs(); mkdirSync(t.home, { recursive: true }); });
afterEach(() => t.cleanup());

const BASHRC = '# ~/.bashrc\n[ -z "$PS1" ] && return\nexport PATH="$HOME/bin:$PATH"\n';
const wslFinding = finding('wsl-libcuda-path', [
  { kind: 'path-add', variable: 'LD_LIBRARY_PATH', entry: '/usr/lib/wsl/lib' },
  { kind: 'env-unset', name: 'CUDA_VISIBLE_DEVICES' },
  { kind: 'env-set', name: 'XLA_FLAGS', value: '--xla_gpu_cuda_data_dir=/usr/local/cuda-12.4' },
]);

/** What a new interactive bash sees after reading the file (the block must be valid shell). */
function shellSees(rc: string, names: string[], env: Record<string, string>): string[] {
  const script = `. "${rc}"; ${names.map((n) => `printf '%s\\n' "\${${n}-<unset>}"`).join('; ')}`;
  return execFileSync('bash', ['--norc', '-i', '-c', script], { env: { PATH: '/usr/bin:/bin', ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trimEnd().split('\n');
}

describe('Linux start-up file block', () => {
  it('adds one block, is idempotent, and undo restores the file byte for byte', async () => {
    const rc = join(t.home, '.bashrc');
    writeFileSync(rc, BASHRC);
    const host = linuxHost(t.home, t.doctor, { CUDA_VISIBLE_DEVICES: '-1' });
    const plan = await buildPlan(scanOf([wslFinding]), host);
    expect(plan.changes).toHaveLength(1); // three actions, one file
    expect(plan.changes[0]!.preview.join('\n')).toContain('/usr/lib/wsl/lib');
    const r = await applyPlan(plan, host, t.doctor, { findings: ['wsl-libcuda-path'], argv: [] });
    expect(r).toMatchObject({ run: 1, applied: 1 });

    const text = readFileSync(rc, 'utf8');
    expect(text.startsWith(BASHRC)).toBe(true);
    expect(text.match(/# >>> gpu-doctor >>>/g)).toHaveLength(1);
    expect(shellSees(rc, ['LD_LIBRARY_PATH', 'CUDA_VISIBLE_DEVICES', 'XLA_FLAGS'], { CUDA_VISIBLE_DEVICES: '-1', LD_LIBRARY_PATH: '/opt/x' }))
      .toEqual(['/usr/lib/wsl/lib:/opt/x', '<unset>', '--xla_gpu_cuda_data_dir=/usr/local/cuda-12.4']);
    expect(shellSees(rc, ['LD_LIBRARY_PATH'], {})).toEqual(['/usr/lib/wsl/lib']);

    // second run: everything already in place, nothing planned, file untouched
    const again = await buildPlan(scanOf([wslFinding]), host);
    expect(again.changes).toHaveLength(0);
    expect(again.items.every((i) => i.status === 'done')).toBe(true);
    expect(await applyPlan(again, host, t.doctor, { findings: [], argv: [] })).toEqual({ applied: 0 });
    expect(readFileSync(rc, 'utf8')).toBe(text);
    expect(listRuns(t.doctor)).toHaveLength(1); // a no-op run leaves no journal

    const u = await undoRun(t.doctor, host);
    expect(u.reverted).toEqual([rc]);
    expect(readFileSync(rc, 'utf8')).toBe(BASHRC);
    expect(listRuns(t.doctor)[0]!.undone).toBeTruthy();
    await expect(undoRun(t.doctor, host)).rejects.toThrow(/nothing to undo/);
  });

  it('creates ~/.zshrc for zsh users and undo removes the file it created', async () => {
    const host = { ...linuxHost(t.home, t.doctor), env: { ...linuxHost(t.home, t.doctor).env, SHELL: '/usr/bin/zsh' } };
    const plan = await buildPlan(scanOf([wslFinding]), host);
    await applyPlan(plan, host, t.doctor, { findings: [], argv: [] });
    expect(existsSync(join(t.home, '.zshrc'))).toBe(true);
    expect(existsSync(join(t.home, '.bashrc'))).toBe(false);
    await undoRun(t.doctor, host);
    expect(readdirSync(t.home)).toEqual([]);
  });

  it('keeps edits the user made after the fix when undoing', async () => {
    const rc = join(t.home, '.bashrc');
    writeFileSync(rc, BASHRC);
    const host = linuxHost(t.home, t.doctor);
    await applyPlan(await buildPlan(scanOf([wslFinding]), host), host, t.doctor, { findings: [], argv: [] });
    writeFileSync(rc, readFileSync(rc, 'utf8') + 'alias gs="git status"\n');
    await undoRun(t.doctor, host);
    expect(readFileSync(rc, 'utf8')).toBe(BASHRC + 'alias gs="git status"\n');
  });

  it('writes conda activate.d / deactivate.d when a conda env is active, and deactivate puts the variables back', async () => {
    const prefix = join(t.root, 'envs', 'tf');
    const host = linuxHost(t.home, t.doctor, { CONDA_PREFIX: prefix });
    const plan = await buildPlan(scanOf([wslFinding]), host);
    await applyPlan(plan, host, t.doctor, { findings: [], argv: [] });
    const act = join(prefix, 'etc/conda/activate.d/gpu-doctor.sh');
    const deact = join(prefix, 'etc/conda/deactivate.d/gpu-doctor.sh');
    expect(existsSync(join(t.home, '.bashrc'))).toBe(false);
    const out = execFileSync('bash', ['--norc', '-c',
      `. "${act}"; echo "$LD_LIBRARY_PATH|\${CUDA_VISIBLE_DEVICES-unset}"; . "${deact}"; echo "$LD_LIBRARY_PATH|\${CUDA_VISIBLE_DEVICES-unset}|\${XLA_FLAGS-unset}"`],
    { env: { PATH: '/usr/bin:/bin', LD_LIBRARY_PATH: '/opt/lib', CUDA_VISIBLE_DEVICES: '-1' }, encoding: 'utf8' });
    expect(out.trim().split('\n')).toEqual(['/usr/lib/wsl/lib:/opt/lib|unset', '/opt/lib|-1|unset']);
    expect((await buildPlan(scanOf([wslFinding]), host)).changes).toHaveLength(0);
    await undoRun(t.doctor, host);
    expect(existsSync(act) || existsSync(deact)).toBe(false);
  });

  it('copies a file, backing up the one it replaces, and undo puts the old one back', async () => {
    const src = join(t.root, 'libfoo.so.8.9.7');
    const dst = join(t.root, 'lib', 'libfoo.so.8');
    writeFileSync(src, 'new library');
    mkdirSync(join(t.root, 'lib'));
    writeFileSync(dst, 'old library');
    const host = linuxHost(t.home, t.doctor);
    const f = finding('cudnn-missing', [{ kind: 'copy-file', from: src, to: dst }]);
    const plan = await buildPlan(scanOf([f]), host);
    expect(plan.changes[0]!.preview.join(' ')).toMatch(/backed up/);
    const r = await applyPlan(plan, host, t.doctor, { findings: [], argv: [] });
    expect(readFileSync(dst, 'utf8')).toBe('new library');
    const backups = readdirSync(join(t.doctor, 'runs', '0001', 'backups'));
    expect(backups).toEqual(['0-libfoo.so.8']);
    expect((await buildPlan(scanOf([f]), host)).items[0]!.status).toBe('done');
    await undoRun(t.doctor, host, r.run);
    expect(readFileSync(dst, 'utf8')).toBe('old library');
  });

  it('refuses to apply a change whose target moved after the plan was made', async () => {
    const rc = join(t.home, '.bashrc');
    writeFileSync(rc, BASHRC);
    const host = linuxHost(t.home, t.doctor);
    const plan = await buildPlan(scanOf([wslFinding]), host);
    writeFileSync(rc, BASHRC + '# edited meanwhile\n');
    const r = await applyPlan(plan, host, t.doctor, { findings: [], argv: [] });
    expect(r.failed).toMatch(/changed since the plan was made/);
    expect(readFileSync(rc, 'utf8')).toBe(BASHRC + '# edited meanwhile\n');
  });
});
