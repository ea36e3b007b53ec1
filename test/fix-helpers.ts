// Shared by the fix tests: a temporary HOME / GPU_DOCTOR_HOME, a fake HKCU\Environment, a recording runner.
import { afterEach, beforeEach } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { clearRuleCache } from '../src/engine/load-rules.js';
import type { FixDeps } from '../src/cli/fix-command.js';
import { runUndo } from '../src/cli/undo-command.js';
import type { Registry } from '../src/fix/registry.js';
import type { FixHost } from '../src/fix/host.js';
import type { Action, FixFinding, RegValue, Runner, ScanResult, Risk } from '../src/fix/types.js';

export function tempDirs(): { root: string; home: string; doctor: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'gpu-doctor-fix-'));
  return { root, home: join(root, 'home'), doctor: join(root, 'doctor-home'), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export class FakeRegistry implements Registry {
  values = new Map<string, { name: string; v: RegValue }>();
  broadcasts = 0;
  writes: string[] = [];
  constructor(initial: Record<string, RegValue> = {}) {
    for (const [k, v] of Object.entries(initial)) this.values.set(k.toLowerCase(), { name: k, v });
  }
  async get(name: string): Promise<RegValue | null> { const e = this.values.get(name.toLowerCase()); return e ? { ...e.v } : null; }
  async set(name: string, v: RegValue): Promise<void> {
    const old = this.values.get(name.toLowerCase());
    this.values.set(name.toLowerCase(), { name: old?.name ?? name, v: { ...v } });
    this.writes.push(`set ${name}`);
  }
  async delete(name: string): Promise<void> { this.values.delete(name.toLowerCase()); this.writes.push(`delete ${name}`); }
  async broadcast(): Promise<void> { this.broadcasts++; }
}

export const noRun: Runner = async (file) => ({ exitCode: 127, stdout: '', stderr: `${file}: not found` });

export function linuxHost(home: string, doctor: string, env: Record<string, string> = {}): FixHost {
  return { os: 'linux', home, env: { HOME: home, SHELL: '/bin/bash', GPU_DOCTOR_HOME: doctor, PATH: '/usr/bin:/bin', ...env }, run: noRun };
}

/** The CUDA toolkit the Windows tests name on their (absent) C: drive: its folders and bin\nvcc.exe are "there". */
export const WINDOWS_CUDA = 'C:\\Program Files\\NVIDIA GPU Computing Toolkit\\CUDA\\v11.8';
const onFakeDrive = (path: string): boolean => path === WINDOWS_CUDA || path.startsWith(`${WINDOWS_CUDA}\\bin`);

export function windowsHost(home: string, doctor: string, registry: FakeRegistry, extra: Partial<FixHost> = {}): FixHost {
  return { os: 'windows', home, env: { USERPROFILE: home, GPU_DOCTOR_HOME: doctor }, run: noRun, registry, exists: (p) => onFakeDrive(p) || existsSync(p), ...extra };
}

/** A finding whose fixes carry the given actions (as a rule file would). */
export function finding(id: string, actions: (Action & { risk?: Risk } | { builder: string; risk?: Risk })[], captures: Record<string, string> = {}): FixFinding {
  return {
    id,
    captures,
    fixes: actions.map((action) => ({ title: { en: id, 'zh-CN': id }, steps: { en: [], 'zh-CN': [] }, auto: true, action })),
  };
}

export function scanOf(findings: FixFinding[], facts: Record<string, unknown> = {}): ScanResult {
  return { findings, facts: new Map(Object.entries(facts).map(([k, value]) => [k, { value }])) };
}

/**
 * What the fix / undo command tests start from: a temporary HOME, the test rule set (fixtures/fix/rules)
 * and a log naming a source library and two copy targets. Undo it with tearDownFixCommand.
 */
export function setUpFixCommand(): { t: ReturnType<typeof tempDirs>; log: string; src: string } {
  const t = tempDirs();
  mkdirSync(t.home, { recursive: true });
  process.env.GPU_DOCTOR_RULES = join(resolve(import.meta.dirname, '..'), 'fixtures/fix/rules');
  clearRuleCache();
  const src = join(t.root, 'lib.so.1');
  writeFileSync(src, 'lib');
  const log = join(t.root, 'run.log');
  writeFileSync(log, `gpu-doctor-fix-test src=${src} dst=${join(t.root, 'a.so')} dst2=${join(t.root, 'b.so')}\n`);
  return { t, log, src };
}

export function tearDownFixCommand(t: ReturnType<typeof tempDirs>): void {
  delete process.env.GPU_DOCTOR_RULES;
  clearRuleCache();
  t.cleanup();
}

/** Non-interactive command dependencies that hand output to the test and fail if the command asks. */
export function commandDeps(host: FixHost, out: (s: string) => void, err: (s: string) => void, extra: Partial<FixDeps> = {}): FixDeps {
  return { host, interactive: false, ask: async () => { throw new Error('must not ask'); }, out, err, ...extra };
}

/** One `fix` / `undo` command test: its folders and log (fresh before each test) and what the command printed. */
export interface FixCommandTest {
  t: ReturnType<typeof tempDirs>;
  log: string;
  /** the command's stdout and stderr in this test so far (a test may empty them) */
  out: string;
  err: string;
  /** non-interactive command dependencies whose output goes to `out` / `err` */
  deps(host: FixHost, extra?: Partial<FixDeps>): FixDeps;
  /** `gpu-doctor undo argv`, its output to `out` / `err` */
  undo(argv: string[], host: FixHost): Promise<number>;
}

/** Registers the beforeEach / afterEach a command test file needs (setUpFixCommand / tearDownFixCommand). */
export function useFixCommand(): FixCommandTest {
  const c = {
    out: '', err: '',
    deps: (host: FixHost, extra: Partial<FixDeps> = {}) => commandDeps(host, (s) => { c.out += s; }, (s) => { c.err += s; }, extra),
    undo: (argv: string[], host: FixHost) => runUndo(argv, host, (s) => { c.out += s; }, (s) => { c.err += s; }),
  } as FixCommandTest;
  beforeEach(() => {
    ({ t: c.t, log: c.log } = setUpFixCommand());
    c.out = ''; c.err = '';
  });
  afterEach(() => tearDownFixCommand(c.t));
  return c;
}
