// Reading the facts a fix needs from a scan, under the names the collectors may use. The aliases are data:
// a fix template's {{python}} or {{cudaRoot}} finds the fact whichever collector produced it.
import type { FactLookup } from './types.js';
import type { FixHost } from './host.js';

const ALIASES: Record<string, string[]> = {
  python: ['pythonExecutable', 'pythonPath', 'python', 'pythonExe'],
  cudaRoot: ['cudaRoot', 'cudaHome', 'cudaToolkitPath', 'cudaPath', 'cudaToolkitRoot'],
  cudaBin: ['cudaBin', 'cudaBinDir'],
  driverVersion: ['driverVersion'],
  driverCudaMax: ['driverCudaMax'],
  torchVersion: ['torchVersion'],
};

function scalar(v: unknown): string | undefined {
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
  if (v && typeof v === 'object' && typeof (v as { path?: unknown }).path === 'string') return (v as { path: string }).path;
  return undefined;
}

export function fact(facts: FactLookup, name: string, captures: Record<string, string> = {}): string | undefined {
  for (const n of ALIASES[name] ?? [name]) {
    const c = captures[n];
    if (c) return c;
    const v = scalar(facts.get(n)?.value);
    if (v) return v;
  }
  return undefined;
}

/** The CUDA toolkit folder: a scanned fact, else CUDA_PATH (Windows installer) / CUDA_HOME. */
export function cudaRoot(facts: FactLookup, host: FixHost): string | undefined {
  return fact(facts, 'cudaRoot') ?? host.env.CUDA_PATH ?? host.env.CUDA_HOME ?? undefined;
}

export function cudaBin(facts: FactLookup, host: FixHost): string | undefined {
  const bin = fact(facts, 'cudaBin');
  if (bin) return bin;
  const root = cudaRoot(facts, host);
  if (!root) return undefined;
  const sep = root.includes('\\') ? '\\' : '/';
  return root.replace(/[\\/]+$/, '') + sep + 'bin';
}

/** Fills {{name}} from captures and facts; undefined when one is missing (the fix then does not apply). */
export function fillTemplate(text: string, facts: FactLookup, captures: Record<string, string>, host: FixHost): { text?: string; missing?: string } {
  let missing: string | undefined;
  const out = text.replace(/\{\{(\w+)\}\}/g, (_a, name: string) => {
    const v = name === 'cudaRoot' ? cudaRoot(facts, host) : name === 'cudaBin' ? cudaBin(facts, host) : fact(facts, name, captures);
    if (v === undefined) missing ??= name;
    return v ?? '';
  });
  return missing ? { missing } : { text: out };
}
