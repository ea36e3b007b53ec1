// Benchmark of `gpu-doctor scan`: wall time of the real CLI (a fresh process each run, Node start-up
// included) next to PyTorch's `python -m torch.utils.collect_env` run by the interpreter that has torch, as
// a ratio (target: scan faster). Also checks that the scan collects a superset of collect_env's facts, and
// times `scan --deep` (which imports the frameworks) for comparison.
//
// Environment: BENCH_RUNS (default 3).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/package-root.js';
import { performance } from 'node:perf_hooks';
import { collectEnvFacts, parseCollectEnv } from '../../src/scan/parse/collect-env.js';

const ROOT = packageRoot();
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));

function timed(cmd: string, args: string[]): { ms: number; stdout: string; status: number | null } {
  const t = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120000 });
  return { ms: performance.now() - t, stdout: r.stdout ?? '', status: r.status };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function measure(label: string, cmd: string, args: string[]): { ms: number; stdout: string } {
  const times: number[] = [];
  let stdout = '';
  for (let i = 0; i < RUNS; i++) {
    const r = timed(cmd, args);
    // scan exits 1 when it finds an error; anything else means the run did not happen as measured
    if (r.status !== 0 && r.status !== 1) throw new Error(`${label}: exit status ${r.status}`);
    if (cmd === process.execPath) JSON.parse(r.stdout);
    times.push(r.ms);
    stdout = r.stdout;
  }
  const ms = median(times);
  process.stdout.write(`${label.padEnd(44)} median ${(ms / 1000).toFixed(2)} s  (runs: ${times.map((t) => (t / 1000).toFixed(2)).join(', ')})\n`);
  return { ms, stdout };
}

/** false when the scan is not faster than collect_env (the target). */
export async function run(): Promise<boolean> {
  if (!existsSync(CLI)) throw new Error(`build first: ${CLI} is missing`);
  const scan = measure('gpu-doctor scan --json', process.execPath, [CLI, 'scan', '--json']);
  const out = JSON.parse(scan.stdout) as { facts: Record<string, unknown> };
  const python = typeof out.facts.pythonPath === 'string' && out.facts.torchVersion ? out.facts.pythonPath : 'python3';
  const env = measure(`${python} -m torch.utils.collect_env`, python, ['-m', 'torch.utils.collect_env']);
  const deep = measure('gpu-doctor scan --deep --json', process.execPath, [CLI, 'scan', '--deep', '--json']);

  const ratio = env.ms / scan.ms;
  process.stdout.write(`scan vs collect_env: ${ratio.toFixed(2)}× ${ratio >= 1 ? 'faster' : 'SLOWER'} (target: faster)  |  scan --deep vs collect_env: ${(env.ms / deep.ms).toFixed(2)}×\n`);

  // superset: every fact collect_env states, the scan states too (by name)
  const theirs = collectEnvFacts(parseCollectEnv(env.stdout));
  const deepFacts = (JSON.parse(deep.stdout) as { facts: Record<string, unknown> }).facts;
  const missing = Object.keys(theirs).filter((k) => out.facts[k] === undefined);
  const missingDeep = Object.keys(theirs).filter((k) => deepFacts[k] === undefined);
  process.stdout.write(`collect_env facts: ${Object.keys(theirs).length}; scan facts: ${Object.keys(out.facts).length}; `
    + `missing from scan: ${missing.length ? missing.join(', ') : 'none'}; missing from scan --deep: ${missingDeep.length ? missingDeep.join(', ') : 'none'}\n`);
  return ratio >= 1;
}
