// The live machine behind the Host interface: node:fs for files, fast-glob for patterns, execa for
// commands (never a shell; every command runs in its own process group, killed whole at its timeout).
import { promises as fs } from 'node:fs';
import os from 'node:os';
import { execa } from 'execa';
import fg from 'fast-glob';
import type { Host, HostPlatform, RunOptions, RunResult } from './host.js';

const MAX_OUTPUT = 4 * 1024 * 1024;

/** What a file-system question answers when the file system refuses it (missing, no permission, not a folder…). */
async function orElse<T>(ask: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await ask();
  } catch {
    return fallback;
  }
}

export function realHost(env: NodeJS.ProcessEnv = process.env): Host {
  const platform = (['linux', 'win32', 'darwin'].includes(process.platform) ? process.platform : 'linux') as HostPlatform;
  return {
    platform,
    arch: process.arch,
    release: os.release(),
    env: { ...env },
    homedir: os.homedir(),
    readFile: (path) => orElse(() => fs.readFile(path, 'utf8'), undefined),
    listDir: (path) => orElse(() => fs.readdir(path), undefined),
    exists: (path) => orElse(async () => { await fs.access(path); return true; }, false),
    isDir: (path) => orElse(async () => (await fs.stat(path)).isDirectory(), false),
    realpath: (path) => orElse(() => fs.realpath(path), path),
    async glob(pattern, options = {}) {
      // fast-glob wants forward slashes; escape what is literal in a Windows path (parentheses in "Program Files (x86)")
      const fixed = platform === 'win32' ? pattern.split('*').map((part) => fg.convertPathToPattern(part)).join('*') : pattern;
      return orElse(async () => {
        const found = await fg(fixed, { onlyDirectories: options.onlyDirectories ?? false, onlyFiles: false, suppressErrors: true, followSymbolicLinks: true, dot: false, caseSensitiveMatch: platform !== 'win32' });
        return platform === 'win32' ? found.map((f) => f.replace(/\//g, '\\')) : found;
      }, []);
    },
    run: runProbeCommand,
  };
}

/** After a probe's deadline, how long its pipes may take to close before they are abandoned. */
const ABANDON_AFTER_MS = 1000;
/** After the probe itself exits, how long a child it left behind may keep the pipes open. */
const ORPHAN_GRACE_MS = 500;

/**
 * Runs a probe in a process group of its own (POSIX), so that at its deadline the whole group is killed:
 * a fake or wedged nvidia-smi that leaves a grandchild holding the output pipe cannot hold the scan. If
 * even that does not close the pipes (a process stuck in the kernel), they are abandoned: the scan
 * reports and exits instead of waiting.
 */
async function runProbeCommand(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  const started = performance.now();
  const group = process.platform !== 'win32';
  const sub = execa(command, args, {
    reject: false,
    stdin: 'ignore',
    maxBuffer: MAX_OUTPUT,
    windowsHide: true,
    env: { ...options.env },
    extendEnv: true,
    detached: group,
  });
  let timedOut = false;
  let settled = false; // once the result is in, the group id may be reused: never signal it again
  const killAll = (): void => {
    if (sub.pid === undefined || settled) return;
    try {
      if (group) process.kill(-sub.pid, 'SIGKILL');
      else sub.kill('SIGKILL');
    } catch { /* already gone */ }
  };
  let abandon: NodeJS.Timeout | undefined;
  const abandoned = new Promise<'abandoned'>((resolve) => {
    const giveUp = (): void => {
      if (settled) return;
      killAll();
      abandon ??= setTimeout(() => resolve('abandoned'), ABANDON_AFTER_MS);
    };
    const deadline = setTimeout(() => { timedOut = true; giveUp(); }, options.timeoutMs);
    // the probe exited but what it started may still hold stdout: give it a moment, then the same end
    sub.once('exit', () => { clearTimeout(deadline); setTimeout(giveUp, ORPHAN_GRACE_MS).unref(); });
  });
  const r = await Promise.race([sub, abandoned]);
  settled = true;
  clearTimeout(abandon);
  if (r === 'abandoned') {
    sub.stdout?.destroy();
    sub.stderr?.destroy();
    sub.unref();
    return { ok: false, exitCode: undefined, stdout: '', stderr: '', notFound: false, timedOut: true, ms: performance.now() - started };
  }
  const notFound = (r as { code?: string }).code === 'ENOENT';
  return {
    ok: !r.failed && r.exitCode === 0 && !timedOut,
    exitCode: r.exitCode,
    stdout: typeof r.stdout === 'string' ? r.stdout : '',
    stderr: typeof r.stderr === 'string' ? r.stderr : notFound ? `${command}: command not found` : '',
    notFound,
    timedOut: timedOut || r.timedOut === true,
    ms: performance.now() - started,
  };
}
