// What a scan may touch on a machine: files, directories, environment, and commands (each with a timeout).
// Collectors never call node:fs or child_process directly, so tests can hand them a fixture host.
import { posix, win32 } from 'node:path';

export type HostPlatform = 'linux' | 'win32' | 'darwin';

export interface RunOptions {
  /** hard limit; the process is killed after it */
  timeoutMs: number;
  /** extra environment for the command */
  env?: Record<string, string>;
}

export interface RunResult {
  /** exited with status 0 */
  ok: boolean;
  exitCode?: number;
  stdout: string;
  stderr: string;
  /** the command does not exist */
  notFound: boolean;
  timedOut: boolean;
  /** how long it ran */
  ms: number;
}

export interface Host {
  platform: HostPlatform;
  arch: string;
  /** kernel release (os.release()) */
  release: string;
  env: Record<string, string | undefined>;
  homedir: string;
  readFile(path: string): Promise<string | undefined>;
  /** entry names of a directory, undefined when it does not exist */
  listDir(path: string): Promise<string[] | undefined>;
  exists(path: string): Promise<boolean>;
  isDir(path: string): Promise<boolean>;
  /** the target of symlinks resolved (the path itself when it cannot be resolved) */
  realpath(path: string): Promise<string>;
  /** absolute paths matching an absolute pattern with `*` wildcards (in the host's own path syntax) */
  glob(pattern: string, options?: { onlyDirectories?: boolean }): Promise<string[]>;
  run(command: string, args: string[], options: RunOptions): Promise<RunResult>;
}

export const pathOf = (host: Pick<Host, 'platform'>) => (host.platform === 'win32' ? win32 : posix);

/** Case-insensitive environment lookup on Windows (Path vs PATH). */
export function envGet(host: Pick<Host, 'platform' | 'env'>, name: string): string | undefined {
  if (host.platform !== 'win32') return host.env[name];
  const key = Object.keys(host.env).find((k) => k.toUpperCase() === name.toUpperCase());
  return key === undefined ? undefined : host.env[key];
}

/** PATH entries in order (empty entries dropped). */
export function pathEntries(host: Pick<Host, 'platform' | 'env'>, name = 'PATH'): string[] {
  const sep = host.platform === 'win32' ? ';' : ':';
  return (envGet(host, name) ?? '').split(sep).map((p) => p.trim().replace(/^"(.*)"$/, '$1')).filter((p) => p.length > 0);
}

/** Where a command would be found on PATH (with PATHEXT on Windows), like `which`. */
export async function which(host: Host, command: string): Promise<string | undefined> {
  return (await whichAll(host, command, 1))[0];
}

/** Every match on PATH in order, like `which -a` (at most `limit`). */
export async function whichAll(host: Host, command: string, limit = 8): Promise<string[]> {
  const found: string[] = [];
  const p = pathOf(host);
  const exts = host.platform === 'win32' ? ['', ...(envGet(host, 'PATHEXT') ?? '.COM;.EXE;.BAT;.CMD').split(';').map((e) => e.toLowerCase())] : [''];
  for (const dir of pathEntries(host)) {
    for (const ext of exts) {
      const candidate = p.join(dir, command + ext);
      if (host.platform === 'win32' && ext === '' && !/\.\w+$/.test(command)) continue;
      if ((await host.exists(candidate)) && !(await host.isDir(candidate))) {
        found.push(candidate);
        if (found.length >= limit) return found;
        break;
      }
    }
  }
  return found;
}

/** Same path on this host? (case-insensitive, separators and trailing slashes ignored on Windows) */
export function samePath(host: Pick<Host, 'platform'>, a: string, b: string): boolean {
  const norm = (s: string): string => {
    const n = pathOf(host).normalize(s).replace(/[\\/]+$/, '');
    return host.platform === 'win32' ? n.toLowerCase() : n;
  };
  return norm(a) === norm(b);
}
