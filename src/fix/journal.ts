// The fix journal: one folder per fix run under GPU_DOCTOR_HOME/runs/NNNN with journal.jsonl and backups/.
// Every change is appended (and fsync'd) as an `intent` BEFORE it is made and as `done` after, so a run
// killed half-way can still be undone: undo reverts every intent, whether its `done` line made it or not.
// Each line is signed (journal-key.ts) and checked against the shapes the executor writes
// (journal-schema.ts) when read: a line that fails either is skipped and reported with its run.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync,
  writeSync, unlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Change } from './types.js';
import { FixError } from './messages.js';
import { checkEntry, type JournalEntry } from './journal-schema.js';
import { ensureKey, readKey, sign, verify } from './journal-key.js';

export function doctorHome(env: NodeJS.ProcessEnv = process.env): string {
  return env.GPU_DOCTOR_HOME || join(homedir(), '.gpu-doctor');
}

export type { JournalEntry };

/** A journal line that was not used, and why (English; shown by undo and undo --list). */
export interface BadLine { line: number; reason: string }

export interface RunRecord {
  run: number;
  dir: string;
  start?: Extract<JournalEntry, { type: 'start' }>;
  intents: { seq: number; change: Change; findingIds: string[]; done: boolean; failed?: string; reverted: boolean }[];
  status: 'complete' | 'failed' | 'interrupted';
  undone?: string;
  /** lines skipped: unsigned, signed with another key, or not of a shape the executor writes */
  bad: BadLine[];
  /** no line is signed: a journal written before journals were signed (or stripped of its signatures) */
  unsigned?: boolean;
  /** the signature of the last good line, which the next appended line is chained to */
  lastMac: string;
}

const RUN_DIR = /^\d{4,}$/;
const runsDir = (home: string): string => join(home, 'runs');
export const backupsDir = (runDir: string): string => join(runDir, 'backups');

/** GPU_DOCTOR_HOME cannot be written: one line that names it and says why. */
export function homeError(home: string, err: unknown): FixError {
  const code = (err as NodeJS.ErrnoException)?.code ?? '';
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EROFS' ? 'read-only file system'
    : code === 'ENOTDIR' ? 'a part of the path is a file' : code === 'ENOSPC' ? 'no space left on the device' : code === 'ENOENT' ? 'cannot create it there'
      : (err as Error)?.message ?? String(err);
  return new FixError('error.homeUnwritable', { home, reason });
}

/** Runs a filesystem step on GPU_DOCTOR_HOME, turning its failure into homeError. */
function inHome<T>(home: string, step: () => T): T {
  try {
    return step();
  } catch (err) {
    if (err instanceof FixError) throw err;
    throw homeError(home, err);
  }
}

/** `{...entry,"mac":"<hex>"}`: the signature is the last key, so the signed text is the line without it. */
const MAC_SUFFIX = /,"mac":"([0-9a-f]{64})"\}$/;
const signedLine = (key: Buffer, run: number, previous: string, entry: JournalEntry): { line: string; mac: string } => {
  const body = JSON.stringify(entry);
  const mac = sign(key, run, previous, body);
  return { line: `${body.slice(0, -1)},"mac":"${mac}"}\n`, mac };
};

export class Journal {
  private fd: number;
  private lastMac = '';

  private constructor(readonly run: number, readonly dir: string, private readonly key: Buffer) {
    this.fd = openSync(join(dir, 'journal.jsonl'), 'a');
  }

  /** Opens a new run folder (the next number; mkdir without `recursive` fails if another process took it). */
  static begin(home: string, meta: Omit<Extract<JournalEntry, { type: 'start' }>, 'type' | 'run' | 'time'>): Journal {
    return inHome(home, () => {
      mkdirSync(runsDir(home), { recursive: true });
      const key = ensureKey(home);
      for (let attempt = 0; ; attempt++) {
        const run = nextRunNumber(home) + attempt;
        const dir = join(runsDir(home), String(run).padStart(4, '0'));
        try {
          mkdirSync(dir);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code === 'EEXIST' && attempt < 20) continue;
          throw err;
        }
        mkdirSync(backupsDir(dir));
        const j = new Journal(run, dir, key);
        j.write({ type: 'start', run, time: new Date().toISOString(), ...meta });
        return j;
      }
    });
  }

  write(entry: JournalEntry): void {
    const { line, mac } = signedLine(this.key, this.run, this.lastMac, entry);
    writeSync(this.fd, line);
    fsyncSync(this.fd);
    this.lastMac = mac;
  }

  close(): void {
    closeSync(this.fd);
  }
}

function nextRunNumber(home: string): number {
  const numbers = existsSync(runsDir(home)) ? readdirSync(runsDir(home)).filter((d) => RUN_DIR.test(d)).map(Number) : [];
  return numbers.length ? Math.max(...numbers) + 1 : 1;
}

/**
 * Reads one run. A last line cut off by a kill is ignored (it was never followed by the change it
 * announced); any other line that is not signed with this home's key, or not of a known shape, is skipped
 * and listed in `bad`.
 */
export function readRun(home: string, run: number): RunRecord | undefined {
  const dir = join(runsDir(home), String(run).padStart(4, '0'));
  const file = join(dir, 'journal.jsonl');
  if (!existsSync(file)) return undefined;
  const record: RunRecord = { run, dir, intents: [], status: 'interrupted', bad: [], lastMac: '' };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    record.bad.push({ line: 0, reason: `cannot read the journal: ${(err as Error).message}` });
    return record;
  }
  const key = readKey(home);
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const bad = (reason: string): void => { record.bad.push({ line: i + 1, reason }); };
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      if (i < lines.length - 1 || text.endsWith('\n')) bad('not JSON');
      return;
    }
    if (parsed && typeof parsed === 'object') delete (parsed as Record<string, unknown>).mac;
    const checked = checkEntry(parsed);
    if ('bad' in checked) return bad(checked.bad);
    const mac = MAC_SUFFIX.exec(line);
    if (!mac) return bad('not signed');
    if (!key) return bad('signed, but the journal key beside the runs is missing');
    if (!verify(key, run, record.lastMac, `${line.slice(0, mac.index)}}`, mac[1]!)) return bad('the signature does not match (edited, moved or from another home)');
    record.lastMac = mac[1]!;
    apply(record, checked.entry);
  });
  if (record.bad.length > 0 && record.lastMac === '' && record.bad.every((b) => b.reason === 'not signed')) record.unsigned = true;
  return record;
}

function apply(record: RunRecord, e: JournalEntry): void {
  if (e.type === 'start') record.start = e;
  else if (e.type === 'intent') record.intents.push({ seq: e.seq, change: e.change, findingIds: e.findingIds, done: false, reverted: false });
  else if (e.type === 'done' || e.type === 'failed' || e.type === 'reverted') {
    const i = record.intents.find((x) => x.seq === e.seq);
    if (i && e.type === 'done') i.done = true;
    if (i && e.type === 'failed') i.failed = e.error;
    if (i && e.type === 'reverted') i.reverted = true;
  } else if (e.type === 'end') record.status = e.status;
  else if (e.type === 'undone') record.undone = e.time;
}

/** All runs, newest first. */
export function listRuns(home: string): RunRecord[] {
  if (!existsSync(runsDir(home))) return [];
  return readdirSync(runsDir(home)).filter((d) => RUN_DIR.test(d)).map(Number).sort((a, b) => b - a)
    .map((n) => readRun(home, n)).filter((r): r is RunRecord => !!r);
}

/** Appends a signed line to a run read with readRun (undo's progress). */
export function appendEntry(home: string, record: RunRecord, entry: JournalEntry): void {
  inHome(home, () => {
    const { line, mac } = signedLine(ensureKey(home), record.run, record.lastMac, entry);
    const fd = openSync(join(record.dir, 'journal.jsonl'), 'a');
    try {
      writeSync(fd, line);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    record.lastMac = mac;
  });
}

/** One fix or undo at a time: a lock file holding the pid; a lock left by a killed process is taken over. */
export function acquireLock(home: string): () => void {
  inHome(home, () => mkdirSync(home, { recursive: true }));
  const path = join(home, 'lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => { try { unlinkSync(path); } catch { /* already gone */ } };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw homeError(home, err);
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (pid && pid !== process.pid && isAlive(pid)) throw new LockError('error.lockBusy', { pid });
      try { unlinkSync(path); } catch { /* raced with another taker */ }
    }
  }
  throw new LockError('error.lockFailed', { path });
}

export class LockError extends FixError {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
