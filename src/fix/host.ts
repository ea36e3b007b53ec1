// What the fix code needs from the machine. The real host is the current process; tests give a temporary
// HOME, a fake registry and a fake process runner. File changes always go to the real filesystem.
import { homedir } from 'node:os';
import type { Registry } from './registry.js';
import type { OsKind, Runner } from './types.js';
import { RegExeRegistry } from './registry.js';
import { execaRunner } from './runner.js';
import { existsSync, readFileSync } from 'node:fs';

export interface FixHost {
  os: OsKind;
  env: NodeJS.ProcessEnv;
  home: string;
  run: Runner;
  /** HKCU\Environment; present on Windows */
  registry?: Registry;
  /** folders searched for files already on the machine (zlibwapi.dll); default: Program Files */
  searchRoots?: string[];
  /** whether a file or folder is there (default: the real filesystem; tests stand in for a C: drive) */
  exists?: (path: string) => boolean;
}

export function currentOs(): OsKind {
  if (process.platform === 'win32') return 'windows';
  if (process.platform === 'darwin') return 'macos';
  try {
    const release = readFileSync('/proc/sys/kernel/osrelease', 'utf8');
    if (/microsoft/i.test(release)) return existsSync('/usr/lib/wsl') || /WSL2/i.test(release) ? 'wsl2' : 'wsl1';
  } catch { /* not Linux proper */ }
  return 'linux';
}

export function realHost(env: NodeJS.ProcessEnv = process.env): FixHost {
  const os = currentOs();
  return {
    os,
    env,
    home: env.HOME || env.USERPROFILE || homedir(),
    run: execaRunner,
    ...(os === 'windows' ? { registry: new RegExeRegistry(execaRunner) } : {}),
  };
}
