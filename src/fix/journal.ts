// The fix journal: one folder per fix run under GPU_DOCTOR_HOME/runs/NNNN with journal.jsonl and backups/.
// Every change is appended (and fsync'd) as an `intent` BEFORE it is made and as `done` after, so a run
// killed half-way can still be undone: undo reverts every intent, whether its `done` line made it or not.
import { appendFileSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync,
  writeSync, unlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Change, Risk } from './types.js';
import { FixError } from './messages.js';

export function doctorHome(env: NodeJS.ProcessEnv = process.env): string {
  return env.GPU_DOCTOR_HOME || join(homedir(), '.gpu-doctor');
}

export type JournalEntry =
  | { type: 'start'; run: number; time: string; os: string; findings: string[]; argv: string[] }
  | { type: 'intent'; seq: number; change: Change; findingIds: string[]; risk?: Risk }
  | { type: 'done'; seq: number }
  | { type: 'failed'; seq: number; error: string }
  | { type: 'end'; time: string; status: 'complete' | 'failed' }
  | { type: 'undone'; time: string; problems: string[] };

export interface RunRecord {
  run: number;
  dir: string;
  start?: Extract<JournalEntry, { type: 'start' }>;
  intents: { seq: number; change: Change; findingIds: string[]; done: boolean; failed?: string }[];
  status: 'complete' | 'failed' | 'interrupted';
  undone?: string;
}

const RUN_DIR = /^\d{4,}$/;
const runsDir = (home: string): string => join(home, 'runs');
export const backupsDir = (runDir: string): string => join(runDir, 'backups');

export class Journal {
  private fd: number;

  private constructor(readonly run: number, readonly dir: string) {
    this.fd = openSync(join(dir, 'journal.jsonl'), 'a');
  }

  /** Opens a new run folder (the next number; mkdir without `recursive` fails if another process took it). */
  static begin(home: string, meta: Omit<Extract<JournalEntry, { type: 'start' }>, 'type' | 'run' | 'time'>): Journal {
    mkdirSync(runsDir(home), { recursive: true });
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
      const j = new Journal(run, dir);
      j.write({ type: 'start', run, time: new Date().toISOString(), ...meta });
      return j;
    }
  }

  static reopen(record: RunRecord): Journal {
    return new Journal(record.run, record.dir);
  }

  write(entry: JournalEntry): void {
    writeSync(this.fd, JSON.stringify(entry) + '\n');
    fsyncSync(this.fd);
  }

  close(): void {
    closeSync(this.fd);
  }
}

function nextRunNumber(home: string): number {
  const numbers = existsSync(runsDir(home)) ? readdirSync(runsDir(home)).filter((d) => RUN_DIR.test(d)).map(Number) : [];
  return numbers.length ? Math.max(...numbers) + 1 : 1;
}

/** Reads one run; a last line cut off by a kill is ignored (it was never followed by the change it announced). */
export function readRun(home: string, run: number): RunRecord | undefined {
  const dir = join(runsDir(home), String(run).padStart(4, '0'));
  const file = join(dir, 'journal.jsonl');
  if (!existsSync(file)) return undefined;
  const record: RunRecord = { run, dir, intents: [], status: 'interrupted' };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    let e: JournalEntry;
    try {
      e = JSON.parse(line) as JournalEntry;
    } catch {
      continue;
    }
    if (e.type === 'start') record.start = e;
    else if (e.type === 'intent') record.intents.push({ seq: e.seq, change: e.change, findingIds: e.findingIds, done: false });
    else if (e.type === 'done' || e.type === 'failed') {
      const i = record.intents.find((x) => x.seq === e.seq);
      if (i && e.type === 'done') i.done = true;
      if (i && e.type === 'failed') i.failed = e.error;
    } else if (e.type === 'end') record.status = e.status;
    else if (e.type === 'undone') record.undone = e.time;
  }
  return record;
}

/** All runs, newest first. */
export function listRuns(home: string): RunRecord[] {
  if (!existsSync(runsDir(home))) return [];
  return readdirSync(runsDir(home)).filter((d) => RUN_DIR.test(d)).map(Number).sort((a, b) => b - a)
    .map((n) => readRun(home, n)).filter((r): r is RunRecord => !!r);
}

export function appendEntry(record: RunRecord, entry: JournalEntry): void {
  appendFileSync(join(record.dir, 'journal.jsonl'), JSON.stringify(entry) + '\n');
}

/** One fix or undo at a time: a lock file holding the pid; a lock left by a killed process is taken over. */
export function acquireLock(home: string): () => void {
  mkdirSync(home, { recursive: true });
  const path = join(home, 'lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => { try { unlinkSync(path); } catch { /* already gone */ } };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
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
