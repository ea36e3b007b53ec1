// Reverts a fix run from its journal, newest change first. Every intent is reverted, whether or not its
// `done` line was written (a run killed with -9), and each revert first looks at the current state, so undo
// is itself safe to run twice. A file the user edited since is not clobbered: a gpu-doctor block is spliced
// back, anything else is kept aside in the run folder before the backup is restored. Each step taken back is
// journaled; the run counts as undone only when every step is, so a failed step can be tried again.
import { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { atomicCopy, atomicSymlink, atomicWrite, fileState, readText, removePath, sameState } from './files.js';
import { restoreBlock } from './shell-block.js';
import { removeEntries } from './env-windows.js';
import { indexForLocalVersion, installedVersions } from './pip.js';
import { acquireLock, appendEntry, backupsDir, listRuns, readRun, type BadLine, type RunRecord } from './journal.js';
import { sameReg } from './executor.js';
import type { FixHost } from './host.js';
import type { Change } from './types.js';
import { FixError, fixMessages, localise, type Messages } from './messages.js';
import { localTime } from '../i18n/local-time.js';

export interface UndoResult {
  run: number;
  reverted: string[];
  unchanged: string[];
  problems: string[];
  /** steps that could not be taken back: the run stays undoable */
  left: string[];
  /** journal lines of this run that were not used */
  skipped: BadLine[];
}

export class UndoError extends FixError {}

/** The run `undo` takes back by default: the newest one that changed something and is not undone yet. */
export function lastUndoable(home: string): RunRecord | undefined {
  // an unsigned run is one undo cannot act on: it is named rather than skipped for an older run
  return listRuns(home).find((r) => !r.undone && (r.unsigned || r.intents.some((i) => !i.reverted)));
}

/** A problem met while undoing, written in any language: the journal records it in English, the user reads it in theirs. */
type Problem = (t: Messages) => string;

/** `t` gives the problems in the user's language. */
export async function undoRun(home: string, host: FixHost, run?: number, t: Messages = fixMessages()): Promise<UndoResult> {
  const record = run === undefined ? lastUndoable(home) : readRun(home, run);
  if (!record) throw run === undefined ? new UndoError('undo.nothing') : new UndoError('undo.noRun', { run });
  if (record.unsigned) throw new UndoError('undo.unsigned', { run: record.run, file: join(record.dir, 'journal.jsonl') });
  if (record.undone) throw new UndoError('undo.already', { run: record.run, time: localTime(record.undone) });
  const release = acquireLock(home);
  const result: UndoResult = { run: record.run, reverted: [], unchanged: [], problems: [], left: [], skipped: record.bad };
  const problems: Problem[] = [];
  let registryTouched = false;
  try {
    for (const intent of record.intents.filter((i) => !i.reverted).sort((a, b) => b.seq - a.seq)) {
      const label = labelOf(intent.change);
      try {
        const did = await revert(intent.change, intent.seq, record, host, problems);
        (did ? result.reverted : result.unchanged).push(label);
        if (did && intent.change.kind === 'registry') registryTouched = true;
        appendEntry(home, record, { type: 'reverted', seq: intent.seq });
      } catch (err) {
        problems.push((m) => m('undo.problem', { what: label, error: localise(err, m) }));
        result.left.push(label);
      }
    }
    if (registryTouched) await host.registry?.broadcast().catch(() => undefined);
    const english = fixMessages('en');
    if (!result.left.length) appendEntry(home, record, { type: 'undone', time: new Date().toISOString(), problems: problems.map((p) => p(english)) });
    result.problems = problems.map((p) => p(t));
    return result;
  } finally {
    release();
  }
}

function labelOf(c: Change): string {
  if (c.kind === 'file') return c.path;
  if (c.kind === 'registry') return `HKCU\\Environment\\${c.name}`;
  return `${c.python} -m pip ${c.args.join(' ')}`;
}

/** Puts one change back; false when the target was already as before. */
async function revert(c: Change, seq: number, record: RunRecord, host: FixHost, problems: Problem[]): Promise<boolean> {
  if (c.kind === 'file') return revertFile(c, seq, record, problems);
  if (c.kind === 'registry') {
    const reg = host.registry;
    if (!reg) throw new FixError('undo.registryElsewhere');
    const cur = await reg.get(c.name);
    if (sameReg(cur, c.before)) return false;
    if (sameReg(cur, c.after) || !c.added?.length || !cur) {
      if (c.before === null) await reg.delete(c.name);
      else await reg.set(c.name, c.before);
    } else {
      // edited since: take out only the entries gpu-doctor added, keep the user's
      await reg.set(c.name, { type: cur.type, value: removeEntries(cur.value, c.added) });
    }
    return true;
  }
  const now = await installedVersions(host.run, c.python, c.packages);
  let did = false;
  let failure: FixError | undefined;
  for (const pkg of c.packages) {
    const was = c.before[pkg] ?? null;
    if ((now[pkg] ?? null) === was) continue;
    const args = was === null ? ['uninstall', '-y', pkg] : ['install', `${pkg}==${was}`, '--no-deps', ...(indexForLocalVersion(was) ? ['--index-url', indexForLocalVersion(was)!, '--extra-index-url', 'https://pypi.org/simple'] : [])];
    const r = await host.run(c.python, ['-m', 'pip', ...args], { timeoutMs: 15 * 60_000, inherit: true });
    if (r.exitCode !== 0) failure ??= new FixError('undo.pipExit', { command: `${c.python} -m pip ${args.join(' ')}`, code: r.exitCode });
    else did = true;
  }
  // a package left as the fix made it: the step is not taken back, and is tried again by the next undo
  if (failure) throw failure;
  return did;
}

/** The backup a change names, only as a plain file inside this run's backups/ folder. */
function backupOf(c: Extract<Change, { kind: 'file' }>, record: RunRecord): string | undefined {
  if (c.before.type !== 'file' || !c.before.backup) return undefined;
  const dir = resolve(backupsDir(record.dir));
  const path = resolve(dir, c.before.backup);
  if (dirname(path) !== dir) throw new FixError('undo.backupOutside', { name: c.before.backup });
  let st;
  try {
    st = lstatSync(path);
  } catch {
    throw new FixError('undo.backupMissing');
  }
  if (!st.isFile()) throw new FixError('undo.backupNotFile', { name: c.before.backup });
  return path;
}

/** kept/<seq>-<name>, with a number added while that is taken: two files of one name never overwrite each other */
function keptPath(record: RunRecord, seq: number, path: string): string {
  const dir = join(record.dir, 'kept');
  mkdirSync(dir, { recursive: true });
  const base = `${seq}-${basename(path)}`;
  let keep = join(dir, base);
  for (let n = 2; existsSync(keep); n++) keep = join(dir, `${base}.${n}`);
  return keep;
}

function revertFile(c: Extract<Change, { kind: 'file' }>, seq: number, record: RunRecord, problems: Problem[]): boolean {
  const cur = fileState(c.path);
  if (sameState(cur, c.before)) return false;
  const editedSince = !sameState(cur, c.after) && cur.type !== 'absent';
  const backup = backupOf(c, record);
  if (editedSince && c.block && cur.type === 'file') {
    const beforeText = backup ? readFileSync(backup, 'utf8') : undefined;
    atomicWrite(c.path, restoreBlock(readText(c.path)!, beforeText), cur.mode);
    return true;
  }
  if (editedSince) {
    // keep the user's version next to the journal before putting ours back
    const keep = keptPath(record, seq, c.path);
    if (cur.type === 'file') copyFileSync(c.path, keep);
    problems.push((m) => m('undo.kept', { path: c.path, keep }));
  }
  if (c.before.type === 'absent') removePath(c.path);
  else if (c.before.type === 'symlink') atomicSymlink(c.before.target, c.path);
  else {
    if (!backup) throw new FixError('undo.backupMissing');
    atomicCopy(backup, c.path, c.before.mode);
  }
  return true;
}
