// Reading the facts a fix needs from a scan, under the names the collectors may use. The aliases are data:
// a fix template's {{python}} or {{cudaRoot}} finds the fact whichever collector produced it.
// A folder that enters a fix is checked first: a log names versions and other machines' paths, and a
// relative or made-up folder on PATH / LD_LIBRARY_PATH would let any current directory supply binaries.
import { existsSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import type { FactLookup } from './types.js';
import type { FixHost } from './host.js';
import { fixMessages, type Messages } from './messages.js';

const ALIASES: Record<string, string[]> = {
  python: ['pythonExecutable', 'pythonPath', 'python', 'pythonExe'],
  // (cudaToolkitPath is the version a path names, "12.1": not a folder)
  cudaRoot: ['cudaRoot', 'cudaHome', 'cudaPath', 'cudaToolkitRoot'],
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

/** A folder a fix may use, or why it may not (in the user's language). */
export type Folder = { path: string } | { rejected: string };

/** C:\ or C:/ or \\server\share */
const WINDOWS_ABSOLUTE = /^(?:[A-Za-z]:[\\/]|\\\\[^\\]+\\)/;
// a POSIX path counts on Windows too: the tests' stand-in for C:\ is a temporary folder
const isAbsoluteFor = (host: FixHost, p: string): boolean => posix.isAbsolute(p) || (host.os === 'windows' && WINDOWS_ABSOLUTE.test(p));
/** joins with the separator the folder already uses (C:\CUDA\bin, or a POSIX path) */
export const joinLike = (dir: string, ...parts: string[]): string => {
  const sep = dir.includes('\\') ? '\\' : '/';
  return [dir.replace(/[\\/]+$/, ''), ...parts].join(sep);
};

function isDirectory(host: FixHost, path: string): boolean {
  if (host.exists) return host.exists(path);
  try { return statSync(path).isDirectory(); } catch { return false; }
}
const exists = (host: FixHost, path: string): boolean => (host.exists ? host.exists(path) : existsSync(path));

/** An absolute folder that exists here; `what` names the fact for the message. */
function checkFolder(path: string, what: string, host: FixHost, t: Messages): Folder {
  if (!isAbsoluteFor(host, path)) {
    return { rejected: t('note.notAbsolute', { fact: what, value: path }) };
  }
  if (!isDirectory(host, path)) return { rejected: t('note.noSuchFolder', { fact: what, value: path }) };
  return { path };
}

/** The CUDA toolkit folder: a scanned fact, else CUDA_PATH (Windows installer) / CUDA_HOME; undefined when none is named. */
export function cudaRootFolder(facts: FactLookup, host: FixHost, t: Messages = fixMessages()): Folder | undefined {
  const named = fact(facts, 'cudaRoot') ?? host.env.CUDA_PATH ?? host.env.CUDA_HOME ?? undefined;
  if (named === undefined) return undefined;
  const folder = checkFolder(named, 'cudaRoot', host, t);
  if ('rejected' in folder) return folder;
  // a toolkit root has nvcc in bin/, or the version file the installers write
  const marks = [['bin', 'nvcc'], ['bin', 'nvcc.exe'], ['version.json'], ['version.txt']];
  if (!marks.some((m) => exists(host, joinLike(folder.path, ...m)))) return { rejected: t('note.notAToolkit', { path: folder.path }) };
  return folder;
}

/** The CUDA bin folder: a scanned fact (an existing absolute folder), else the checked root's bin. */
export function cudaBinFolder(facts: FactLookup, host: FixHost, t: Messages = fixMessages()): Folder | undefined {
  const bin = fact(facts, 'cudaBin');
  if (bin) return checkFolder(bin, 'cudaBin', host, t);
  const root = cudaRootFolder(facts, host, t);
  if (!root || 'rejected' in root) return root;
  return { path: joinLike(root.path, 'bin') };
}

/**
 * Fills {{name}} from captures and facts; `missing` names a fact that is not there (the fix then does not
 * apply), `rejected` says why a folder that is there may not be used.
 */
export function fillTemplate(text: string, facts: FactLookup, captures: Record<string, string>, host: FixHost, t: Messages = fixMessages()): { text?: string; missing?: string; rejected?: string } {
  let missing: string | undefined;
  let rejected: string | undefined;
  const out = text.replace(/\{\{(\w+)\}\}/g, (_a, name: string) => {
    let v: string | undefined;
    if (name === 'cudaRoot' || name === 'cudaBin') {
      const folder = name === 'cudaRoot' ? cudaRootFolder(facts, host, t) : cudaBinFolder(facts, host, t);
      if (folder && 'rejected' in folder) rejected ??= folder.rejected;
      else v = folder?.path;
    } else v = fact(facts, name, captures);
    if (v === undefined && !rejected) missing ??= name;
    return v ?? '';
  });
  if (rejected) return { rejected };
  return missing ? { missing } : { text: out };
}
