// Applies a plan: for each change, back up what it will overwrite, journal the intent (fsync'd), make the
// change atomically, journal that it is done. A change whose target moved since the plan was made stops the
// run (the plan would no longer be what the user agreed to).
import { copyFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { atomicCopy, atomicSymlink, atomicWrite, fileState, sameState } from './files.js';
import { Journal, acquireLock, backupsDir } from './journal.js';
import type { FixHost } from './host.js';
import type { Change, Plan, RegValue } from './types.js';
import { FixError, fixMessages, localise, type Messages } from './messages.js';

export interface ApplyResult {
  run?: number;
  applied: number;
  /** why the run stopped, in the user's language (the journal keeps the English text) */
  failed?: string;
}

export const sameReg = (a: RegValue | null, b: RegValue | null): boolean =>
  a === null || b === null ? a === b : a.type === b.type && a.value === b.value;

/** Test hook (the interrupted-run test): pause this long after each change so a test can kill the process. */
const PAUSE_ENV = 'GPU_DOCTOR_TEST_PAUSE_MS';

export async function applyPlan(plan: Plan, host: FixHost, home: string, meta: { findings: string[]; argv: string[] },
  log: (line: string) => void = () => {}, t: Messages = fixMessages()): Promise<ApplyResult> {
  if (!plan.changes.length) return { applied: 0 };
  const release = acquireLock(home);
  const journal = Journal.begin(home, { os: host.os, ...meta });
  let applied = 0;
  let registryTouched = false;
  try {
    for (const [seq, planned] of plan.changes.entries()) {
      const change = structuredClone(planned.change);
      try {
        await checkUnchanged(change, host);
        if (change.kind === 'file' && change.before.type === 'file') {
          const name = `${seq}-${basename(change.path)}`;
          copyFileSync(change.path, join(backupsDir(journal.dir), name));
          change.before.backup = name;
        }
        const { content: _content, ...journaled } = change as Change & { content?: string };
        journal.write({ type: 'intent', seq, change: journaled as Change, findingIds: planned.findingIds });
        await perform(change, host, log, t);
        if (change.kind === 'registry') registryTouched = true;
        journal.write({ type: 'done', seq });
        applied++;
        log(t('progress.applied', { n: applied, total: plan.changes.length, what: planned.preview[0] ?? '' }));
      } catch (err) {
        journal.write({ type: 'failed', seq, error: (err as Error).message });
        journal.write({ type: 'end', time: new Date().toISOString(), status: 'failed' });
        return { run: journal.run, applied, failed: localise(err, t) };
      }
      const pause = Number(host.env[PAUSE_ENV] ?? 0);
      if (pause > 0 && seq < plan.changes.length - 1) await sleep(pause);
    }
    journal.write({ type: 'end', time: new Date().toISOString(), status: 'complete' });
    return { run: journal.run, applied };
  } finally {
    if (registryTouched) await host.registry?.broadcast().catch(() => undefined);
    journal.close();
    release();
  }
}

async function checkUnchanged(change: Change, host: FixHost): Promise<void> {
  if (change.kind === 'file') {
    if (!sameState(fileState(change.path), change.before)) throw new FixError('error.changedSince', { target: change.path });
  } else if (change.kind === 'registry') {
    if (!sameReg(await host.registry!.get(change.name), change.before)) throw new FixError('error.changedSince', { target: `HKCU\\Environment\\${change.name}` });
  }
}

async function perform(change: Change, host: FixHost, log: (line: string) => void, t: Messages): Promise<void> {
  switch (change.kind) {
    case 'file':
      if (change.op === 'write') atomicWrite(change.path, change.content!, change.after.type === 'file' ? change.after.mode : undefined);
      else if (change.op === 'copy') atomicCopy(change.from!, change.path);
      else atomicSymlink(change.from!, change.path);
      return;
    case 'registry':
      if (change.after === null) await host.registry!.delete(change.name);
      else await host.registry!.set(change.name, change.after);
      return;
    case 'pip': {
      log(t('progress.pip', { command: `${change.python} -m pip ${change.args.join(' ')}` }));
      const r = await host.run(change.python, ['-m', 'pip', ...change.args], { timeoutMs: 15 * 60_000, inherit: true });
      if (r.exitCode !== 0) {
        const detail = r.stderr.trim().split('\n').pop();
        throw detail ? new FixError('error.pipExitDetail', { code: r.exitCode, detail }) : new FixError('error.pipExit', { code: r.exitCode });
      }
    }
  }
}
