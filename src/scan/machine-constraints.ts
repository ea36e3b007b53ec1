// Constraints read from this machine when flags leave them open: a (non-deep) gpu-doctor scan, whose raw
// facts carry the OS, driver, GPUs and Python. If the scan cannot run, the OS alone (platform + WSL kernel).
import { readFileSync } from 'node:fs';
import type { FactMap } from '../facts/derive.js';
import { realHost } from './real-host.js';
import { runScan } from './scan.js';
import { rawScanFacts } from './facts.js';
import { constraintsFromFacts } from '../plan/constraints.js';
import type { Constraints } from '../plan/types.js';

export function localOs(platform: NodeJS.Platform = process.platform, procVersion?: string): Constraints['os'] | undefined {
  if (platform === 'win32') return 'windows';
  if (platform === 'darwin') return 'macos';
  if (platform !== 'linux') return undefined;
  let v = procVersion;
  if (v === undefined) {
    try { v = readFileSync('/proc/version', 'utf8'); } catch { v = ''; }
  }
  return /microsoft/i.test(v) ? 'wsl' : 'linux';
}

export async function machineConstraints(): Promise<Partial<Constraints>> {
  try {
    const run = await runScan(realHost());
    const facts: FactMap = new Map([...rawScanFacts(run.data).facts].map(([name, f]) => [name, { value: f.value, evidence: [] }]));
    const found = constraintsFromFacts(facts);
    return { os: localOs(), ...found };
  } catch {
    const os = localOs(); // a scan that fails must not stop a plan the flags can still answer
    return os ? { os } : {};
  }
}
