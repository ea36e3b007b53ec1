// The Windows user environment (HKCU\Environment) behind an interface, so the same executor and journal run
// against a fake in tests. The real one drives reg.exe (never setx: it truncates values at 1,024 characters)
// and broadcasts WM_SETTINGCHANGE so new terminals and Explorer see the change without a log-off.
import type { RegValue, Runner } from './types.js';
import { FixError } from './messages.js';

export interface Registry {
  get(name: string): Promise<RegValue | null>;
  set(name: string, value: RegValue): Promise<void>;
  delete(name: string): Promise<void>;
  /** tell running programs that the environment changed */
  broadcast(): Promise<void>;
}

const KEY = 'HKCU\\Environment';

/** Parses `reg query HKCU\Environment /v NAME` output: "    Path    REG_EXPAND_SZ    C:\a;C:\b". */
export function parseRegQuery(output: string, name: string): RegValue | null {
  for (const line of output.split(/\r?\n/)) {
    const m = /^\s+(.+?)\s{4}(REG_SZ|REG_EXPAND_SZ)\s{4}(.*)$/.exec(line) ?? /^\s+(.+?)\s{4}(REG_SZ|REG_EXPAND_SZ)$/.exec(line);
    if (m && m[1]!.toLowerCase() === name.toLowerCase()) return { type: m[2] as RegValue['type'], value: m[3] ?? '' };
  }
  return null;
}

// SendMessageTimeout(HWND_BROADCAST, WM_SETTINGCHANGE, 0, "Environment") — what the System dialog does.
const BROADCAST_PS = `Add-Type -Namespace GpuDoctor -Name Env -MemberDefinition '[DllImport("user32.dll", CharSet=CharSet.Unicode)] public static extern System.IntPtr SendMessageTimeout(System.IntPtr h, uint m, System.UIntPtr w, string l, uint f, uint t, out System.UIntPtr r);'; $r=[System.UIntPtr]::Zero; [void][GpuDoctor.Env]::SendMessageTimeout([System.IntPtr]0xffff, 0x1A, [System.UIntPtr]::Zero, 'Environment', 2, 5000, [ref]$r)`;

export class RegExeRegistry implements Registry {
  constructor(private readonly run: Runner) {}

  async get(name: string): Promise<RegValue | null> {
    const r = await this.run('reg.exe', ['query', KEY, '/v', name], { timeoutMs: 10_000 });
    if (r.exitCode !== 0) return null; // "unable to find the specified registry key or value"
    return parseRegQuery(r.stdout, name);
  }

  async set(name: string, value: RegValue): Promise<void> {
    // arguments go to reg.exe directly (no shell), so %VARS% stay unexpanded and nothing is truncated
    const r = await this.run('reg.exe', ['add', KEY, '/v', name, '/t', value.type, '/d', value.value, '/f'], { timeoutMs: 10_000 });
    if (r.exitCode !== 0) throw new FixError('error.regFailed', { op: 'add', target: `${KEY}\\${name}`, detail: r.stderr.trim() || r.stdout.trim() });
    const check = await this.get(name);
    if (!check || check.value !== value.value || check.type !== value.type) throw new FixError('error.regNotStored', { target: `${KEY}\\${name}` });
  }

  async delete(name: string): Promise<void> {
    if (!(await this.get(name))) return;
    const r = await this.run('reg.exe', ['delete', KEY, '/v', name, '/f'], { timeoutMs: 10_000 });
    if (r.exitCode !== 0) throw new FixError('error.regFailed', { op: 'delete', target: `${KEY}\\${name}`, detail: r.stderr.trim() || r.stdout.trim() });
  }

  async broadcast(): Promise<void> {
    // best effort: the registry already holds the change; a new log-on picks it up regardless
    await this.run('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', BROADCAST_PS], { timeoutMs: 15_000 });
  }
}
