// The live machine behind the Host interface: node:fs for files, fast-glob for patterns, execa for
// commands (never a shell; every command is killed at its timeout).
import { promises as fs } from 'node:fs';
import os from 'node:os';
import { execa } from 'execa';
import fg from 'fast-glob';
import type { Host, HostPlatform, RunOptions, RunResult } from './host.js';

const MAX_OUTPUT = 4 * 1024 * 1024;

export function realHost(env: NodeJS.ProcessEnv = process.env): Host {
  const platform = (['linux', 'win32', 'darwin'].includes(process.platform) ? process.platform : 'linux') as HostPlatform;
  return {
    platform,
    arch: process.arch,
    release: os.release(),
    env: { ...env },
    homedir: os.homedir(),
    async readFile(path) {
      try {
        return await fs.readFile(path, 'utf8');
      } catch {
        return undefined;
      }
    },
    async listDir(path) {
      try {
        return await fs.readdir(path);
      } catch {
        return undefined;
      }
    },
    async exists(path) {
      try {
        await fs.access(path);
        return true;
      } catch {
        return false;
      }
    },
    async isDir(path) {
      try {
        return (await fs.stat(path)).isDirectory();
      } catch {
        return false;
      }
    },
    async realpath(path) {
      try {
        return await fs.realpath(path);
      } catch {
        return path;
      }
    },
    async glob(pattern, options = {}) {
      // fast-glob wants forward slashes; escape what is literal in a Windows path (parentheses in "Program Files (x86)")
      const fixed = platform === 'win32' ? pattern.split('*').map((part) => fg.convertPathToPattern(part)).join('*') : pattern;
      try {
        const found = await fg(fixed, { onlyDirectories: options.onlyDirectories ?? false, onlyFiles: false, suppressErrors: true, followSymbolicLinks: true, dot: false, caseSensitiveMatch: platform !== 'win32' });
        return platform === 'win32' ? found.map((f) => f.replace(/\//g, '\\')) : found;
      } catch {
        return [];
      }
    },
    async run(command: string, args: string[], options: RunOptions): Promise<RunResult> {
      const started = performance.now();
      const r = await execa(command, args, {
        reject: false,
        timeout: options.timeoutMs,
        stdin: 'ignore',
        maxBuffer: MAX_OUTPUT,
        windowsHide: true,
        env: { ...options.env },
        extendEnv: true,
      });
      const notFound = (r as { code?: string }).code === 'ENOENT';
      return {
        ok: !r.failed && r.exitCode === 0,
        exitCode: r.exitCode,
        stdout: typeof r.stdout === 'string' ? r.stdout : '',
        stderr: typeof r.stderr === 'string' ? r.stderr : notFound ? `${command}: command not found` : '',
        notFound,
        timedOut: r.timedOut === true,
        ms: performance.now() - started,
      };
    },
  };
}
