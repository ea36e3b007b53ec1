// The real process runner: execa without a shell, with a timeout, never throwing on a non-zero exit.
import { execa } from 'execa';
import type { Runner } from './types.js';

export const execaRunner: Runner = async (file, args, opts = {}) => {
  const r = await execa(file, args, {
    reject: false,
    timeout: opts.timeoutMs ?? 60_000,
    stdio: opts.inherit ? ['ignore', 'inherit', 'inherit'] : 'pipe',
    windowsHide: true,
  });
  return {
    exitCode: r.exitCode ?? (r.failed ? 1 : 0),
    stdout: typeof r.stdout === 'string' ? r.stdout : '',
    stderr: typeof r.stderr === 'string' ? r.stderr : (r.failed && !r.exitCode ? String(r.message) : ''),
  };
};
