// Imports the frameworks inside an interpreter, under a timeout, for what only an import can tell:
// cuda.is_available(), the devices and the compiled arch list, TF's GPU list. Done by default only where
// the answer is not already known from disk (a CUDA build, or Windows where imports fail on DLLs);
// `--deep` imports everything and times a matmul and a conv on CPU and GPU.
import type { Host } from '../host.js';
import type { ImportProbe, PythonInfo } from '../model.js';
import { readMarkedJson, TF_SCRIPT, TORCH_SCRIPT } from '../python-scripts.js';

export const IMPORT_TIMEOUT_MS = 30000;

export interface ImportPlan {
  torch: boolean;
  tf: boolean;
  /** why an import was left out */
  torchReason?: string;
  tfReason?: string;
}

export function planImports(host: Pick<Host, 'platform'>, py: PythonInfo, deep: boolean): ImportPlan {
  const win = host.platform === 'win32';
  const plan: ImportPlan = { torch: false, tf: false };
  if (py.torch || py.packages.some((p) => p.name === 'torch')) {
    const cpuOnly = py.torch?.cuda === null;
    plan.torch = deep || win || !cpuOnly;
    if (!plan.torch) plan.torchReason = 'CPU-only build (torch.version.cuda is None); --deep imports it';
  }
  if (py.tf) {
    const cpuOnly = py.tf.isCudaBuild === false;
    plan.tf = deep || win || !cpuOnly;
    if (!plan.tf) plan.tfReason = 'CPU-only build; --deep imports it';
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
  if (r.timedOut) return { status: 'timeout', reason: `no answer within ${Math.round(timeoutMs / 1000)} s`, ...(stderr ? { log: stderr } : {}), ms: r.ms };
  if (!data) {
    // the interpreter died before printing (a native crash, a fast-fail 0xC0000409)
    const exit = r.exitCode === undefined ? 'no exit status' : `exit status ${r.exitCode}${r.exitCode > 0xffff ? ` (0x${(r.exitCode >>> 0).toString(16).toUpperCase()})` : ''}`;
    return { status: 'failed', reason: `the interpreter ended without an answer (${exit})`, log: [stderr, r.stdout.trim(), `Process finished with exit code ${r.exitCode ?? '?'}`].filter(Boolean).join('\n'), ms: r.ms };
  }
  const error = typeof data.error === 'string' ? data.error : undefined;
  const log = [stderr, error, typeof data.smokeError === 'string' ? data.smokeError : undefined].filter(Boolean).join('\n');
  const lastLine = error?.trim().split(/\r?\n/).pop();
  return { status: error ? 'failed' : 'ok', ...(lastLine ? { reason: lastLine } : {}), ...(log ? { log } : {}), data, ms: r.ms };
}

export async function probeFrameworks(host: Host, py: PythonInfo, deep: boolean, timeoutMs = IMPORT_TIMEOUT_MS): Promise<void> {
  if (py.error) return;
  const plan = planImports(host, py, deep);
  const jobs: Promise<void>[] = [];
  if (py.torch || py.packages.some((p) => p.name === 'torch')) {
    if (plan.torch) jobs.push(runProbe(host, py.path, TORCH_SCRIPT, deep, timeoutMs).then((r) => { py.torchProbe = r; }));
    else py.torchProbe = { status: 'skipped', reason: plan.torchReason! };
  }
  if (py.tf) {
    if (plan.tf) jobs.push(runProbe(host, py.path, TF_SCRIPT, deep, timeoutMs).then((r) => { py.tfProbe = r; }));
    else py.tfProbe = { status: 'skipped', reason: plan.tfReason! };
  }
  await Promise.all(jobs);
}
