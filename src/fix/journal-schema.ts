// What a journal line may hold. Undo acts on what the journal says, so every line is checked against the
// shapes the executor writes and against what the fix planner could have produced (absolute normalised
// paths, backups named `<seq>-<file>`, a python interpreter by absolute path, plain package names); a line
// that fails is skipped and reported, never acted on.
import { posix, win32 } from 'node:path';
import type { Change, FileState, Risk, RegValue } from './types.js';

/** One line of journal.jsonl, as the executor writes it. */
export type JournalEntry =
  | { type: 'start'; run: number; time: string; os: string; findings: string[]; argv: string[] }
  | { type: 'intent'; seq: number; change: Change; findingIds: string[]; risk?: Risk }
  | { type: 'done'; seq: number }
  | { type: 'failed'; seq: number; error: string }
  | { type: 'end'; time: string; status: 'complete' | 'failed' }
  | { type: 'undone'; time: string; problems: string[] }
  /** one intent taken back by undo (a run is undone only when all of them are) */
  | { type: 'reverted'; seq: number };

type Check<T> = (v: unknown) => T;

class Bad extends Error {}
const fail = (why: string): never => { throw new Bad(why); };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str: Check<string> = (v) => (typeof v === 'string' ? v : fail('expected a string'));
const int: Check<number> = (v) => (Number.isInteger(v) && (v as number) >= 0 ? (v as number) : fail('expected a whole number'));
const strings: Check<string[]> = (v) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : fail('expected a list of strings'));
const oneOf = <T extends string>(...values: T[]): Check<T> => (v) => (values.includes(v as T) ? (v as T) : fail(`expected one of ${values.join(', ')}`));

/** An absolute path with no `.`/`..` segments (Windows or POSIX): what the planner writes. */
export function isPlainAbsolute(p: string): boolean {
  if (p.includes('\0')) return false;
  if (posix.isAbsolute(p)) return posix.normalize(p) === p && !p.endsWith('/');
  return /^[A-Za-z]:\\/.test(p) && win32.normalize(p) === p;
}
const absolutePath: Check<string> = (v) => (isPlainAbsolute(str(v)) ? (v as string) : fail(`not an absolute path: ${String(v)}`));

/** backups are `<seq>-<file name>` inside the run's backups/ folder */
export const BACKUP_NAME = /^\d{1,6}-[^/\\\0]{1,255}$/;
const PACKAGE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const VERSION = /^[A-Za-z0-9][A-Za-z0-9.+!_-]{0,63}$/;
const PYTHON = /^python(?:\d+(?:\.\d+)?)?(?:\.exe)?$/i;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;

function fileState(v: unknown): FileState {
  if (!isObject(v)) return fail('expected a file state');
  const type = oneOf('absent', 'file', 'symlink')(v.type);
  if (type === 'absent') return { type };
  if (type === 'symlink') return { type, target: str(v.target) || fail('empty link target') };
  const sha = str(v.sha256);
  if (!/^[0-9a-f]{64}$/.test(sha)) fail('bad sha256');
  const state: FileState = { type, sha256: sha, mode: int(v.mode) };
  if (v.backup !== undefined) state.backup = BACKUP_NAME.test(str(v.backup)) ? (v.backup as string) : fail(`bad backup name: ${String(v.backup)}`);
  return state;
}

function regValue(v: unknown): RegValue | null {
  if (v === null) return null;
  if (!isObject(v)) return fail('expected a registry value');
  return { type: oneOf('REG_SZ', 'REG_EXPAND_SZ')(v.type), value: str(v.value) };
}

function pythonPath(v: unknown): string {
  const p = absolutePath(v);
  const base = p.split(/[\\/]/).pop()!;
  return PYTHON.test(base) ? p : fail(`not a python interpreter: ${p}`);
}

function change(v: unknown): Change {
  if (!isObject(v)) return fail('expected a change');
  const kind = oneOf('file', 'registry', 'pip')(v.kind);
  if (kind === 'file') {
    const c: Change = { kind, path: absolutePath(v.path), op: oneOf('copy', 'symlink', 'write')(v.op), before: fileState(v.before), after: fileState(v.after) };
    if (v.from !== undefined) c.from = absolutePath(v.from);
    if (v.block !== undefined) c.block = v.block === true;
    return c;
  }
  if (kind === 'registry') {
    const name = str(v.name);
    if (!ENV_NAME.test(name)) fail(`not an environment variable name: ${name}`);
    const c: Change = { kind, name, before: regValue(v.before), after: regValue(v.after) };
    if (v.added !== undefined) c.added = strings(v.added);
    return c;
  }
  const packages = strings(v.packages);
  if (!packages.length || !packages.every((p) => PACKAGE.test(p))) fail('bad package names');
  if (!isObject(v.before)) fail('expected the versions before');
  const before: Record<string, string | null> = {};
  for (const p of packages) {
    const was = (v.before as Record<string, unknown>)[p] ?? null;
    before[p] = was === null ? null : VERSION.test(str(was)) ? (was as string) : fail(`bad version: ${String(was)}`);
  }
  return { kind, python: pythonPath(v.python), args: strings(v.args), packages, before };
}

/** The entry a parsed line holds, or why it is not one. The `mac` field is checked elsewhere. */
export function checkEntry(v: unknown): { entry: JournalEntry } | { bad: string } {
  try {
    if (!isObject(v)) fail('not an object');
    const e = v as Record<string, unknown>;
    const type = oneOf('start', 'intent', 'done', 'failed', 'end', 'undone', 'reverted')(e.type);
    switch (type) {
      case 'start':
        return { entry: { type, run: int(e.run), time: str(e.time), os: str(e.os), findings: strings(e.findings), argv: strings(e.argv) } };
      case 'intent':
        return { entry: { type, seq: int(e.seq), change: change(e.change), findingIds: strings(e.findingIds) } };
      case 'done':
      case 'reverted':
        return { entry: { type, seq: int(e.seq) } };
      case 'failed':
        return { entry: { type, seq: int(e.seq), error: str(e.error) } };
      case 'end':
        return { entry: { type, time: str(e.time), status: oneOf('complete', 'failed')(e.status) } };
      case 'undone':
        return { entry: { type, time: str(e.time), problems: strings(e.problems) } };
    }
  } catch (err) {
    if (err instanceof Bad) return { bad: err.message };
    throw err;
  }
}
