// A recorded machine for tests: fixtures/hosts/<name>/host.json (platform, environment, recorded command
// outputs) plus a root/ tree standing in for its disks (C:\Program Files\… lives at root/C/Program Files/…).
import { promises as fs, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import fg from 'fast-glob';
import { KnownError } from '../errors.js';
import { pathOf, type Host, type HostPlatform, type RunResult } from './host.js';

interface RecordedCommand {
  /** a command name ("nvidia-smi") or the full path of an executable */
  command: string;
  /** the call matches when the joined arguments contain this text (default: any arguments) */
  args?: string;
  /** literal output, or "@path" relative to fixtures/ */
  stdout?: string;
  stderr?: string;
  exitCode?: number;
  /** the command hangs and is killed at its timeout */
  hang?: boolean;
}

interface HostFile {
  platform: HostPlatform;
  arch?: string;
  release?: string;
  homedir?: string;
  env?: Record<string, string>;
  /** symlinks: host path → host path */
  links?: Record<string, string>;
  commands?: RecordedCommand[];
}

export class FixtureHostError extends KnownError {}

export function fixtureHost(dir: string): Host {
  let spec: HostFile;
  try {
    spec = JSON.parse(readFileSync(join(dir, 'host.json'), 'utf8')) as HostFile;
  } catch (err) {
    throw new FixtureHostError(`cannot read fixture host ${dir}: ${(err as Error).message}`);
  }
  const fixturesDir = resolve(dir, '..', '..');
  const root = join(dir, 'root');
  const platform = spec.platform;
  const p = pathOf({ platform });
  const win = platform === 'win32';
  const norm = (hostPath: string): string => {
    const n = p.normalize(hostPath).replace(/[\\/]+$/, '');
    return win ? n.toLowerCase() : n;
  };
  const links = new Map(Object.entries(spec.links ?? {}).map(([from, to]) => [norm(from), to]));
  const resolveLinks = (hostPath: string): string => {
    for (let i = 0; i < 8; i++) {
      const n = norm(hostPath);
      const hit = [...links.keys()].find((l) => n === l || n.startsWith(l + (win ? '\\' : '/')));
      if (!hit) return hostPath;
      hostPath = links.get(hit)! + p.normalize(hostPath).slice(hit.length);
    }
    return hostPath;
  };
  /** host path → path inside root/ */
  const local = (hostPath: string): string => {
    const real = resolveLinks(hostPath);
    if (win) {
      const m = /^([a-zA-Z]):[\\/]?(.*)$/.exec(real);
      if (!m) return join(root, '__relative__', real);
      return join(root, m[1]!.toUpperCase(), ...m[2]!.split(/[\\/]+/).filter(Boolean));
    }
    return join(root, ...real.split('/').filter(Boolean));
  };
  const readOutput = (value: string | undefined): string => {
    if (!value) return '';
    if (value.startsWith('@')) return readFileSync(join(fixturesDir, value.slice(1)), 'utf8');
    return value;
  };
  const strip = (c: string): string => {
    const b = win ? c.split(/[\\/]/).pop()! : basename(c);
    return (win ? b.toLowerCase().replace(/\.(exe|bat|cmd)$/, '') : b);
  };

  return {
    platform,
    arch: spec.arch ?? 'x64',
    release: spec.release ?? '',
    env: { ...(spec.env ?? {}) },
    homedir: spec.homedir ?? (win ? 'C:\\Users\\user' : '/root'),
    async readFile(path) {
      try {
        return await fs.readFile(local(path), 'utf8');
      } catch {
        return undefined;
      }
    },
    async listDir(path) {
      try {
        return (await fs.readdir(local(path))).filter((n) => n !== '.gitkeep');
      } catch {
        return undefined;
      }
    },
    async exists(path) {
      try {
        await fs.access(local(path));
        return true;
      } catch {
        return false;
      }
    },
    async isDir(path) {
      try {
        return (await fs.stat(local(path))).isDirectory();
      } catch {
        return false;
      }
    },
    async realpath(path) {
      return resolveLinks(path);
    },
    async glob(pattern, options = {}) {
      // the wildcard parts stay as they are, the literal parts are mapped into root/
      const star = pattern.indexOf('*');
      const base = star < 0 ? pattern : pattern.slice(0, pattern.slice(0, star).search(/[\\/][^\\/]*$/));
      const baseLocal = local(base);
      const rest = pattern.slice(base.length).replace(/\\/g, '/').replace(/^\//, '');
      const found = await fg(`${fg.convertPathToPattern(baseLocal)}/${rest}`, { onlyDirectories: options.onlyDirectories ?? false, onlyFiles: false, suppressErrors: true, caseSensitiveMatch: !win });
      return found.filter((f) => basename(f) !== '.gitkeep').map((f) => {
        const rel = f.slice(fg.convertPathToPattern(baseLocal).length).split('/').filter(Boolean);
        return rel.length ? p.join(base, ...rel) : base;
      }).sort();
    },
    async run(command, args, options): Promise<RunResult> {
      const joined = args.join(' ');
      const entry = (spec.commands ?? []).find((c) => {
        const sameCommand = c.command.includes(win ? '\\' : '/') ? norm(c.command) === norm(command) : strip(c.command) === strip(command);
        return sameCommand && (c.args === undefined || joined.includes(c.args));
      });
      if (!entry) return { ok: false, stdout: '', stderr: `${command}: command not found`, notFound: true, timedOut: false, ms: 0 };
      if (entry.hang) return { ok: false, stdout: '', stderr: '', notFound: false, timedOut: true, ms: options.timeoutMs };
      const exitCode = entry.exitCode ?? 0;
      return { ok: exitCode === 0, exitCode, stdout: readOutput(entry.stdout), stderr: readOutput(entry.stderr), notFound: false, timedOut: false, ms: 1 };
    },
  };
}
