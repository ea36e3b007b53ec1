// Undo against a journal it cannot trust blindly, and undo that does not finish (issue 10, items 4, 6, 13,
// 14, 15): kept copies never overwrite each other, a run is undone only when every step is, bad journal
// lines are skipped and reported per run, an unwritable GPU_DOCTOR_HOME is one line, and undo acts only on
// lines signed with the key beside the journal that describe what the planner could have produced.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFileSync, chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPlan } from '../src/fix/planner.js';
import { applyPlan } from '../src/fix/executor.js';
import { undoRun } from '../src/fix/undo.js';
import { listRuns, readRun } from '../src/fix/journal.js';
import { readKey, sign } from '../src/fix/journal-key.js';
import { runUndo } from '../src/cli/undo-command.js';
import { runFix } from '../src/cli/fix-command.js';
import { KnownError } from '../src/errors.js';
import { commandDeps, finding, linuxHost, scanOf, setUpFixCommand, tearDownFixCommand, tempDirs } from './fix-helpers.js';
import { ensureBuilt, ROOT } from './built-cli.js';
import type { FixHost } from '../src/fix/host.js';
import type { Runner } from '../src/fix/types.js';

let t: ReturnType<typeof tempDirs>;
beforeEach(() => { t = tempDirs(); mkdirSync(t.home, { recursive: true }); });
afterEach(() => t.cleanup());

const journalOf = (run: number): string => join(t.doctor, 'runs', String(run).padStart(4, '0'), 'journal.jsonl');

/** A fix run that replaces each of `targets` (existing files, so each gets a backup) with `new <name>`. */
async function fixRun(host: FixHost, targets: string[]): Promise<number> {
  const actions = targets.map((to, i) => {
    const from = join(t.root, `src-${i}`);
    writeFileSync(from, `new ${to}`);
    return { kind: 'copy-file' as const, from, to };
  });
  const r = await applyPlan(await buildPlan(scanOf([finding('cudnn-missing', actions)]), host), host, t.doctor, { findings: ['cudnn-missing'], argv: [] });
  expect(r.failed).toBeUndefined();
  return r.run!;
}

function existing(...parts: string[]): string {
  const path = join(t.root, ...parts);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `old ${path}`);
  return path;
}

/** Appends a line signed with this home's key, chained as the executor chains them (after the last good line). */
function appendSigned(run: number, entry: unknown): void {
  const record = readRun(t.doctor, run)!;
  const body = JSON.stringify(entry);
  const mac = sign(readKey(t.doctor)!, run, record.lastMac, body);
  appendFileSync(journalOf(run), `${body.slice(0, -1)},"mac":"${mac}"}\n`);
}

async function undoCli(args: string[], host: FixHost): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runUndo(args, host, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
}

describe('undo keeps what the user edited, under names that never collide (item 4)', () => {
  it('two edited files of the same name are both kept, and each message gives its own path', async () => {
    const host = linuxHost(t.home, t.doctor);
    const a = existing('env-a', 'lib', 'libcudnn.so.8');
    const b = existing('env-b', 'lib', 'libcudnn.so.8');
    await fixRun(host, [a, b]);
    writeFileSync(a, 'user edit of a');
    writeFileSync(b, 'user edit of b');
    const r = await undoCli([], host);
    const kept = [...r.err.matchAll(/kept in (\S+)/g)].map((m) => m[1]!);
    expect(kept).toHaveLength(2);
    expect(new Set(kept).size).toBe(2);
    expect(kept.map((k) => readFileSync(k, 'utf8')).sort()).toEqual(['user edit of a', 'user edit of b']);
    expect(readFileSync(a, 'utf8')).toBe(`old ${a}`);
    expect(readFileSync(b, 'utf8')).toBe(`old ${b}`);
  });
});

describe('an undo that fails part-way (item 6)', () => {
  it('leaves the run undoable, says which steps are left, and finishes them on the next undo', async () => {
    const host = linuxHost(t.home, t.doctor);
    const a = existing('a', 'libcublas.so.11');
    const b = existing('b', 'libcufft.so.10');
    const run = await fixRun(host, [a, b]);
    const backups = join(t.doctor, 'runs', '0001', 'backups');
    const aside = join(t.root, 'aside');
    renameSync(join(backups, '0-libcublas.so.11'), aside); // the backup of a is gone for now

    const first = await undoCli([String(run)], host);
    expect(first.code).toBe(1);
    expect(first.out).toContain('Fix run 1 is only partly undone: 1 step(s) left');
    expect(first.out).toContain(`left: ${a}`);
    expect(readFileSync(b, 'utf8')).toBe(`old ${b}`);
    expect(readFileSync(a, 'utf8')).toBe(`new ${a}`);
    expect(readRun(t.doctor, run)!.undone).toBeUndefined();
    expect((await undoCli(['--list'], host)).out).toMatch(/partly undone \(1 left\)/);

    renameSync(aside, join(backups, '0-libcublas.so.11'));
    const second = await undoCli([String(run)], host);
    expect(second).toMatchObject({ code: 0 });
    expect(second.out).toContain('Undid fix run 1: 1 change(s) reverted');
    expect(readFileSync(a, 'utf8')).toBe(`old ${a}`);
    expect((await undoCli([String(run)], host)).err).toMatch(/already undone/);
  });

  it('a pip step whose revert fails is left too, not counted as done', async () => {
    const calls: string[][] = [];
    let pipWorks = true;
    const run: Runner = async (file, args) => {
      calls.push([file, ...args]);
      if (args.includes('list') || args.includes('freeze') || args.includes('show') || args[0] === '-c') return { exitCode: 0, stdout: '[{"name": "numpy", "version": "2.1.0"}]', stderr: '' };
      return pipWorks ? { exitCode: 0, stdout: '', stderr: '' } : { exitCode: 1, stdout: '', stderr: 'network down' };
    };
    const host: FixHost = { ...linuxHost(t.home, t.doctor), run };
    const python = join(t.root, 'venv', 'bin', 'python');
    const plan = { items: [], changes: [{ change: { kind: 'pip' as const, python, args: ['install', 'numpy<2'], packages: ['numpy'], before: { numpy: '1.26.4' } }, preview: [], findingIds: ['numpy-abi-mismatch'] }] };
    const r = await applyPlan(plan, host, t.doctor, { findings: [], argv: [] });
    pipWorks = false;
    const u = await undoRun(t.doctor, host, r.run);
    expect(u.left).toHaveLength(1);
    expect(readRun(t.doctor, r.run!)!.undone).toBeUndefined();
    expect(calls.some((c) => c.includes('numpy==1.26.4'))).toBe(true);
  });
});

describe('journal lines are checked, skipped and reported per run (item 13)', () => {
  it('null, an intent without a change and an unknown kind neither break --list nor block another run', async () => {
    const host = linuxHost(t.home, t.doctor);
    const one = await fixRun(host, [existing('one', 'lib.so')]);
    const two = await fixRun(host, [existing('two', 'lib.so')]);
    appendFileSync(journalOf(one), 'null\n');
    appendSigned(one, { type: 'intent', seq: 9, findingIds: [] });
    appendSigned(one, { type: 'teleport', seq: 3 });
    appendFileSync(journalOf(one), '{"type":"done","seq":0}\n'); // valid shape, no signature

    const list = await undoCli(['--list'], host);
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/4 journal line\(s\) skipped: .*not an object.*expected a change.*expected one of.*not signed/);

    expect((await undoCli([String(two)], host)).code).toBe(0);
    expect(readFileSync(join(t.root, 'two', 'lib.so'), 'utf8')).toBe(`old ${join(t.root, 'two', 'lib.so')}`);
    const r = await undoCli([String(one)], host);
    expect(r.code).toBe(0);
    expect(r.err.split('\n').filter((l) => /fix run 1: journal line \d+ skipped/.test(l))).toHaveLength(4);
    expect(readFileSync(join(t.root, 'one', 'lib.so'), 'utf8')).toBe(`old ${join(t.root, 'one', 'lib.so')}`);
  });
});

describe('an unwritable GPU_DOCTOR_HOME (item 14)', () => {
  it('is one clear line naming the folder, not an internal error', async () => {
    const file = join(t.root, 'a-file');
    writeFileSync(file, '');
    const home = join(file, 'doctor');
    const host = linuxHost(t.home, home);
    const err = await applyPlan(await buildPlan(scanOf([finding('cudnn-missing', [{ kind: 'copy-file', from: file, to: join(t.root, 'x.so') }])]), host), host, home, { findings: [], argv: [] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KnownError);
    expect((err as Error).message).toBe(`cannot write to GPU_DOCTOR_HOME ${home}: a part of the path is a file (set GPU_DOCTOR_HOME to a folder you can write to)`);
  });

  it('gpu-doctor fix --yes as a user who may not write there: exit 2, one line', () => {
    const cli = ensureBuilt();
    const root = mkdtempSync(join(tmpdir(), 'gpu-doctor-ro-'));
    try {
      chmodSync(root, 0o755);
      const locked = join(root, 'locked');
      mkdirSync(locked, { mode: 0o755 });
      const log = join(root, 'run.log');
      writeFileSync(log, `gpu-doctor-fix-test src=${log} dst=${join(root, 'a.so')} dst2=${join(root, 'b.so')}\n`);
      chmodSync(log, 0o644);
      const asOther = process.getuid?.() === 0; // root writes anywhere: run as nobody, or use a path under a file
      const home = asOther ? join(locked, 'doctor') : join(log, 'doctor');
      const r = spawnSync(process.execPath, [cli, 'fix', '--log', log, '--yes'], {
        encoding: 'utf8', cwd: ROOT, ...(asOther ? { uid: 65534, gid: 65534 } : {}),
        env: { PATH: process.env.PATH ?? '', HOME: root, SHELL: '/bin/sh', LANG: 'C', GPU_DOCTOR_HOME: home, GPU_DOCTOR_RULES: join(ROOT, 'fixtures/fix/rules') },
      });
      expect(r.status).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^gpu-doctor: cannot write to GPU_DOCTOR_HOME ${home}: (permission denied|a part of the path is a file)`));
      expect(r.stderr).not.toMatch(/internal error|EACCES|at /);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('undo trusts only what gpu-doctor wrote and could have planned (item 15)', () => {
  it('a forged intent copying a file from outside GPU_DOCTOR_HOME is refused, even when signed', async () => {
    const host = linuxHost(t.home, t.doctor);
    const target = existing('lib', 'libcudnn.so.8');
    const run = await fixRun(host, [target]);
    const secret = join(t.root, 'outside-secret');
    writeFileSync(secret, 'outside');
    const before = { type: 'file', sha256: '0'.repeat(64), mode: 0o644, backup: '../../../../outside-secret' };
    appendSigned(run, { type: 'intent', seq: 5, change: { kind: 'file', op: 'copy', path: target, before, after: { type: 'absent' } }, findingIds: [] });
    const r = await undoCli([String(run)], host);
    expect(r.err).toMatch(/journal line \d+ skipped \(bad backup name: \.\.\/\.\.\/\.\.\/\.\.\/outside-secret\)/);
    expect(readFileSync(target, 'utf8')).toBe(`old ${target}`); // the real backup, not the outside file
  });

  it('a backup swapped for a symlink to another file is refused and the step left', async () => {
    const host = linuxHost(t.home, t.doctor);
    const target = existing('lib', 'libcudnn.so.8');
    const run = await fixRun(host, [target]);
    const backup = join(t.doctor, 'runs', '0001', 'backups', '0-libcudnn.so.8');
    rmSync(backup);
    writeFileSync(join(t.root, 'shadow'), 'not the backup');
    symlinkSync(join(t.root, 'shadow'), backup);
    const r = await undoCli([String(run)], host);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/the backup 0-libcudnn\.so\.8 is not a plain file: refused/);
    expect(readFileSync(target, 'utf8')).toBe(`new ${target}`);
  });

  it('unsigned or foreign lines (a symlink to recreate, a python to run) are skipped: nothing runs, nothing is linked', async () => {
    const calls: string[][] = [];
    const run: Runner = async (file, args) => { calls.push([file, ...args]); return { exitCode: 0, stdout: '', stderr: '' }; };
    const host: FixHost = { ...linuxHost(t.home, t.doctor), run };
    const target = existing('lib', 'libcudnn.so.8');
    const n = await fixRun(host, [target]);
    const link = join(t.root, 'planted-link');
    appendFileSync(journalOf(n), `${JSON.stringify({ type: 'intent', seq: 7, change: { kind: 'file', op: 'copy', path: link, before: { type: 'symlink', target: '/etc/passwd' }, after: { type: 'absent' } }, findingIds: [] })}\n`);
    // signed, but with another home's key (a journal copied from elsewhere)
    const other = Buffer.alloc(32, 7);
    const record = readRun(t.doctor, n)!;
    const body = JSON.stringify({ type: 'intent', seq: 8, change: { kind: 'pip', python: '/usr/bin/python3', args: ['install', 'x'], packages: ['evil'], before: { evil: null } }, findingIds: [] });
    appendFileSync(journalOf(n), `${body.slice(0, -1)},"mac":"${sign(other, n, record.lastMac, body)}"}\n`);
    // signed with this key, but a "python" that is a shell
    appendSigned(n, { type: 'intent', seq: 9, change: { kind: 'pip', python: '/bin/sh', args: ['install', 'x'], packages: ['evil'], before: { evil: null } }, findingIds: [] });

    const r = await undoCli([String(n)], host);
    expect(r.err).toMatch(/skipped \(not signed\)/);
    expect(r.err).toMatch(/skipped \(the signature does not match/);
    expect(r.err).toMatch(/skipped \(not a python interpreter: \/bin\/sh\)/);
    expect(existsSync(link)).toBe(false);
    expect(calls).toEqual([]);
    expect(readFileSync(target, 'utf8')).toBe(`old ${target}`);
  });

  it('the key lives beside the runs, readable by its owner only, and a run without it is not acted on', async () => {
    const host = linuxHost(t.home, t.doctor);
    const target = existing('lib', 'libcudnn.so.8');
    await fixRun(host, [target]);
    expect(readdirSync(t.doctor).sort()).toEqual(['journal.key', 'runs']);
    const { statSync } = await import('node:fs');
    expect(statSync(join(t.doctor, 'journal.key')).mode & 0o777).toBe(0o600);
    rmSync(join(t.doctor, 'journal.key'));
    expect(listRuns(t.doctor)[0]!.intents).toEqual([]);
    expect((await undoCli([], host)).err).toMatch(/nothing to undo/);
    expect(readFileSync(target, 'utf8')).toBe(`new ${target}`);
  });
});

describe('fix and undo commands still work end to end with signed journals', () => {
  it('fix --yes then undo', async () => {
    const { t: tt, log } = setUpFixCommand();
    try {
      const host = linuxHost(tt.home, tt.doctor);
      expect(await runFix(['--log', log, '--yes'], commandDeps(host, () => {}, () => {}))).toBe(0);
      expect(readFileSync(join(tt.doctor, 'runs', '0001', 'journal.jsonl'), 'utf8')).toMatch(/"mac":"[0-9a-f]{64}"\}\n$/);
      let out = '';
      expect(await runUndo([], host, (s) => { out += s; }, () => {})).toBe(0);
      expect(out).toMatch(/Undid fix run 1/);
    } finally {
      tearDownFixCommand(tt);
    }
  });
});
