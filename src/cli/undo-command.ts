// `gpu-doctor undo [N] [--list]`
import { parseArgs } from 'node:util';
import { doctorHome, listRuns, LockError } from '../fix/journal.js';
import { realHost, type FixHost } from '../fix/host.js';
import { undoRun, UndoError } from '../fix/undo.js';
import { renderRuns } from '../fix/render.js';
import { UsageError } from './usage-error.js';

export const UNDO_HELP = `Usage: gpu-doctor undo [N] [--list]

Reverts the last fix run (or run N), also one that was interrupted half-way.
  --list   show the recorded fix runs (newest first)`;

export async function undoCommand(argv: string[]): Promise<number> {
  return runUndo(argv, realHost(), (t) => process.stdout.write(t), (t) => process.stderr.write(t));
}

export async function runUndo(argv: string[], host: FixHost, out: (t: string) => void, err: (t: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { list: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) { out(UNDO_HELP + '\n'); return 0; }
  if (positionals.length > 1) throw new UsageError('undo takes at most one run number');
  if (positionals[0] !== undefined && !/^\d+$/.test(positionals[0])) throw new UsageError(`not a run number: "${positionals[0]}" (see gpu-doctor undo --list)`);
  const home = doctorHome(host.env);
  if (values.list) { out(renderRuns(listRuns(home))); return 0; }
  try {
    const r = await undoRun(home, host, positionals[0] === undefined ? undefined : Number(positionals[0]));
    out(`Undid fix run ${r.run}: ${r.reverted.length} change(s) reverted${r.unchanged.length ? `, ${r.unchanged.length} already as before` : ''}.\n`);
    for (const p of r.reverted) out(`  reverted ${p}\n`);
    for (const p of r.problems) err(`gpu-doctor: ${p}\n`);
    return r.problems.length ? 1 : 0;
  } catch (e) {
    if (e instanceof UndoError || e instanceof LockError) { err(`gpu-doctor: ${e.message}\n`); return e instanceof UndoError && e.message === 'nothing to undo' ? 0 : 2; }
    throw e;
  }
}
