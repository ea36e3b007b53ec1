// Imports the frameworks inside an interpreter, under a timeout, for what only an import can tell:
// cuda.is_available(), the devices and the compiled arch list, TF's GPU list. Done by default only where
// the answer is not already known from disk (a CUDA build, or Windows where imports fail on DLLs);
// `--deep` imports everything and times a matmul and a conv on CPU and GPU.
import type { Host } from '../host.js';
import type { ImportProbe, ProbeWhy, PythonInfo } from '../model.js';
import { scanMessages } from '../messages.js';
import { readMarkedJson, TF_SCRIPT, TORCH_SCRIPT } from '../python-scripts.js';

export const IMPORT_TIMEOUT_MS = 30000;

export interface ImportPlan {
  torch: boolean;
  tf: boolean;
  /** why an import was left out */
  torchReason?: ProbeWhy;
  tfReason?: ProbeWhy;
}

export function planImports(host: Pick<Host, 'platform'>, py: PythonInfo, deep: boolean): ImportPlan {
  const win = host.platform === 'win32';
  const plan: ImportPlan = { torch: false, tf: false };
  if (py.torch || py.packages.some((p) => p.name === 'torch')) {
    const cpuOnly = py.torch?.cuda === null;
    plan.torch = deep || win || !cpuOnly;
    if (!plan.torch) plan.torchReason = { key: 'fw.why.torchCpuOnly' };
  }
  if (py.tf) {
    const cpuOnly = py.tf.isCudaBuild === false;
    plan.tf = deep || win || !cpuOnly;
    if (!plan.tf) plan.tfReason = { key: 'fw.why.tfCpuOnly' };
  }
  return plan;
}

async function runProbe(host: Host, python: string, script: string, deep: boolean, timeoutMs: number): Promise<ImportProbe> {
  const r = await host.run(python, ['-c', script, ...(deep ? ['--deep'] : [])], {
    timeoutMs,
    env: { PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' },
  });
  const data = readMarkedJson(r.stdout);
  const stderr = r.stderr.trim();
  if (r.timedOut) return { status: 'timeout', reason: `no answer within ${Math.round(timeoutMs / 1000)} s`, why: { key: 'fw.why.timeout', vars: { seconds: Math.round(timeoutMs / 1000) } }, ...(stderr ? { log: stderr } : {}), ms: r.ms };
  if (!data) {
    // the interpreter died before printing (a native crash, a fast-fail 0xC0000409)
    const exit = r.exitCode === undefined ? 'no exit status' : `exit status ${exitText(r.exitCode)}`;
    return { status: 'failed', reason: `the interpreter ended without an answer (${exit})`, why: { key: 'fw.why.noAnswer', vars: { exit: r.exitCode === undefined ? '?' : exitText(r.exitCode) } }, log: [stderr, r.stdout.trim(), `Process finished with exit code ${r.exitCode ?? '?'}`].filter(Boolean).join('\n'), ms: r.ms };
  }
  const error = typeof data.error === 'string' ? data.error : undefined;
  const log = [stderr, error, typeof data.smokeError === 'string' ? data.smokeError : undefined].filter(Boolean).join('\n');
  const lastLine = error?.trim().split(/\r?\n/).pop();
  return { status: error ? 'failed' : 'ok', ...(lastLine ? { reason: lastLine } : {}), ...(log ? { log } : {}), data, ms: r.ms };
}

/** The English of a reason, for --json's `reason`. */
const reasonText = (why: ProbeWhy): string => scanMessages('en')(why.key, why.vars);

/** An exit status as Windows users see it too: 3221226505 (0xC0000409). */
const exitText = (code: number): string => `${code}${code > 0xffff ? ` (0x${(code >>> 0).toString(16).toUpperCase()})` : ''}`;

export async function probeFrameworks(host: Host, py: PythonInfo, deep: boolean, timeoutMs = IMPORT_TIMEOUT_MS): Promise<void> {
  if (py.error) return;
  const plan = planImports(host, py, deep);
  const jobs: Promise<void>[] = [];
  if (py.torch || py.packages.some((p) => p.name === 'torch')) {
    if (plan.torch) jobs.push(runProbe(host, py.path, TORCH_SCRIPT, deep, timeoutMs).then((r) => { py.torchProbe = r; }));
    else py.torchProbe = { status: 'skipped', reason: reasonText(plan.torchReason!), why: plan.torchReason! };
  }
  if (py.tf) {
    if (plan.tf) jobs.push(runProbe(host, py.path, TF_SCRIPT, deep, timeoutMs).then((r) => { py.tfProbe = r; }));
    else py.tfProbe = { status: 'skipped', reason: reasonText(plan.tfReason!), why: plan.tfReason! };
  }
  await Promise.all(jobs);
}
