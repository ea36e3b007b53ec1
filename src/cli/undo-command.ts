// `gpu-doctor undo [N] [--list] [--lang en|zh-CN]`
import { doctorHome, listRuns, LockError } from '../fix/journal.js';
import { realHost, type FixHost } from '../fix/host.js';
import { undoRun, UndoError } from '../fix/undo.js';
import { renderRuns } from '../fix/render.js';
import { fixMessages, localise } from '../fix/messages.js';
import { UsageError } from '../errors.js';
import { parseCommand } from './options.js';

export async function undoCommand(argv: string[]): Promise<number> {
  return runUndo(argv, realHost(), (t) => process.stdout.write(t), (t) => process.stderr.write(t));
}

export async function runUndo(argv: string[], host: FixHost, out: (t: string) => void, err: (t: string) => void): Promise<number> {
  const { values, positionals, settings } = parseCommand(argv, {
    options: { list: { type: 'boolean', default: false } },
    positionals: Infinity,
    formats: [],
    env: host.env,
  });
  const t = fixMessages(settings.lang);
  if (values.help) { out(t('undo.help') + '\n'); return 0; }
  if (positionals.length > 1) throw new UsageError('usage.undoArgs', {}, 'fix');
  if (positionals[0] !== undefined && !/^\d+$/.test(positionals[0])) throw new UsageError('usage.runNumber', { arg: positionals[0] }, 'fix');
  const home = doctorHome(host.env);
  if (values.list) { out(renderRuns(listRuns(home), t)); return 0; }
  try {
    const r = await undoRun(home, host, positionals[0] === undefined ? undefined : Number(positionals[0]), t);
    for (const b of r.skipped) err(t('error.line', { error: t('journal.badLine', { run: r.run, line: b.line, reason: b.reason }) }) + '\n');
    const vars = { run: r.run, count: r.reverted.length, unchanged: r.unchanged.length };
    out(t(r.left.length ? 'undo.partial' : r.unchanged.length ? 'undo.resultUnchanged' : 'undo.result', r.left.length ? { run: r.run, count: r.left.length } : vars) + '\n');
    for (const p of r.reverted) out(t('undo.reverted', { what: p }) + '\n');
    for (const p of r.left) out(t('undo.left', { what: p }) + '\n');
    for (const p of r.problems) err(t('error.line', { error: p }) + '\n');
    return r.problems.length || r.left.length ? 1 : 0;
  } catch (e) {
    if (e instanceof UndoError || e instanceof LockError) {
      err(t('error.line', { error: localise(e, t) }) + '\n');
      // nothing to undo is not a failure
      return e instanceof UndoError && e.key === 'undo.nothing' ? 0 : 2;
    }
    throw e;
  }
}
