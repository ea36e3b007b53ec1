// Constraints read from this machine when flags leave them open. Without a scan module only the OS is
// known (from the platform and, on Linux, whether the kernel is WSL's).
import { readFileSync } from 'node:fs';
import type { Constraints } from './types.js';

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
  const os = localOs();
  return os ? { os } : {};
}
