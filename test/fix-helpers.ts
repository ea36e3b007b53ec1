// Shared by the fix tests: a temporary HOME / GPU_DOCTOR_HOME, a fake HKCU\Environment, a recording runner.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

export function windowsHost(home: string, doctor: string, registry: FakeRegistry, extra: Partial<FixHost> = {}): FixHost {
  return { os: 'windows', home, env: { USERPROFILE: home, GPU_DOCTOR_HOME: doctor }, run: noRun, registry, ...extra };
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
