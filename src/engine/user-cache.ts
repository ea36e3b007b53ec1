// Where a checkout keeps what it derived from its own rules when dist/ does not hold them: the rules changed
// since the last `npm run build` (a `git pull` without a build, a rule being edited), so the saved rule set,
// automaton and pattern verdicts in dist/ are refused (rule-set-cache.ts) and a start reads, parses and checks
// every rule file again (0.3 s to 10 s, by how many patterns changed). The first such start saves its result
// here (rule-set-save.ts) and later starts read it back. One folder per package folder, under the user's cache
// folder (GPU_DOCTOR_CACHE, else XDG_CACHE_HOME or ~/.cache, ~/Library/Caches on macOS, LOCALAPPDATA on Windows).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { packageRoot } from '../package-root.js';

/** A short stable hash of a text, for file names (two 32-bit FNV-1a-style hashes; what a file holds is checked). */
export function textKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x2f0ec0a7;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}

/** The cache folder of this package folder (not created). */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.GPU_DOCTOR_CACHE
    || (process.platform === 'win32' ? join(env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'), 'gpu-doctor', 'Cache')
      : process.platform === 'darwin' ? join(homedir(), 'Library', 'Caches', 'gpu-doctor')
        : join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'gpu-doctor'));
  const root = packageRoot();
  return join(base, `${basename(root)}-${textKey(root)}`);
}

export function userCacheFile(name: string): string {
  return join(userCacheDir(), name);
}

/** Writes a cache file whole or not at all (another process may be reading or writing the same one). */
export function writeCacheFile(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const part = `${path}.${process.pid}.part`;
  writeFileSync(part, data);
  renameSync(part, path);
}
