// Runs benchmark modules (each exports `run()`, prints its own section and returns false when it missed a
// target) inside one temporary folder: TMPDIR points there while they run, so every temp file they or their
// child processes make is removed at the end, also when a module throws or the run is interrupted.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface BenchModule {
  /** false: a target was missed (a module may also set process.exitCode) */
  run?: () => Promise<boolean | void>;
}

export interface BenchOutcome {
  /** 0: every target met; 1: a target missed or a benchmark failed; 2: an unknown benchmark name */
  code: number;
  missed: string[];
}

export async function runBenches(dir: string, filter: string[], out: (s: string) => void = (s) => process.stdout.write(s)): Promise<BenchOutcome> {
  const names = readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3)).sort();
  const unknown = filter.filter((n) => !names.includes(n));
  if (unknown.length > 0) {
    process.stderr.write(`bench: unknown benchmark ${unknown.join(', ')} (have: ${names.join(', ')})\n`);
    return { code: 2, missed: [] };
  }
  const previousTmp = process.env.TMPDIR;
  const scratch = mkdtempSync(join(tmpdir(), 'gpu-doctor-bench-'));
  const cleanUp = (): void => rmSync(scratch, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals): void => { cleanUp(); process.kill(process.pid, signal); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.env.TMPDIR = scratch;
  const missed: string[] = [];
  try {
    for (const name of names) {
      if (filter.length > 0 && !filter.includes(name)) continue;
      const mod = (await import(pathToFileURL(join(dir, `${name}.js`)).href)) as BenchModule;
      if (typeof mod.run !== 'function') continue; // a helper module, not a benchmark
      out(`\n=== bench: ${name} ===\n`);
      const exitBefore = process.exitCode;
      process.exitCode = undefined;
      try {
        const met = await mod.run();
        if (met === false || (process.exitCode ?? 0) !== 0) missed.push(name);
      } catch (err) {
        process.stderr.write(`bench ${name}: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
        missed.push(name);
      } finally {
        process.exitCode = exitBefore;
      }
    }
  } finally {
    if (previousTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmp;
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    cleanUp();
  }
  if (missed.length) out(`\nbench: target missed or failed in ${missed.join(', ')}\n`);
  return { code: missed.length ? 1 : 0, missed };
}
