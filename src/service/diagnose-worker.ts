// The worker thread entry of the diagnose pool: loads and compiles the rules once, warms up, says it is
// ready, then answers one job at a time. A job that runs too long is not stopped here: the pool terminates
// the thread.
import { parentPort, workerData } from 'node:worker_threads';
import { jsonReport, runDiagnoseJob, type DiagnoseJob } from './diagnose-job.js';
import { InputError } from '../input/decode.js';
import { warmUp } from './warm-up.js';
import { threadCpuMs } from './thread-cpu.js';
import type { WorkerReply, WorkerData } from './diagnose-pool.js';

const port = parentPort;
if (!port) throw new Error('diagnose-worker.js runs only as a worker thread');
const options = (workerData ?? {}) as WorkerData;

// personal details of each kind the redaction knows, so its patterns are compiled before the first share too;
// a time of day is an IPv6 candidate, whose check (node:net isIP) compiles a large pattern on first use (40-70 ms)
const REDACTION_SAMPLE = [
  '2024-03-01 10:11:12 jsmith@gpubox:~/proj$ python train.py',
  'C:\\Users\\jsmith\\env /home/jsmith/x j.smith@example.com 10.1.2.3 fe80::1ff:fe23:4567:890a HF_TOKEN=hf_AbCdEfGhIjKlMnOpQrStUvWx',
  '',
].join('\n');

function failure(err: unknown): WorkerReply {
  const message = err instanceof Error ? err.message : String(err);
  return { ok: false, kind: err instanceof InputError ? 'input' : 'failed', message };
}

/**
 * Before the first job: the engine's warm-up (the rule set's examples, diagnosed for up to 0.8 s of CPU, so V8
 * has compiled the regexes and optimised the scan path: warm-up.ts), then one job through this worker's own
 * path (bytes decoding, redaction, texts in a language). Without it the first log after a start pays 75-350
 * ms of compilation under its deadline, and the next few dozen run 30-60 % slower than later ones.
 * `warmUp: false` (a one-shot process with one log) only loads the rules and compiles the scanner.
 */
async function warm(): Promise<number> {
  const started = performance.now();
  if (options.warmUp === false) {
    await runDiagnoseJob({ input: 'warm-up\n', lang: 'en', label: 'warm-up', redact: true });
  } else {
    await warmUp();
    await runDiagnoseJob({ input: new TextEncoder().encode(REDACTION_SAMPLE), lang: 'zh-CN', label: 'warm-up', redact: true, redactLog: true });
    await runDiagnoseJob({ input: REDACTION_SAMPLE, lang: 'en', label: 'warm-up', redact: true });
  }
  return performance.now() - started;
}

warm().then(
  (warmUpMs) => port.postMessage({ ready: true, warmUpMs }),
  (err: unknown) => port.postMessage({ ready: false, ...failure(err) }),
);

port.on('message', (job: DiagnoseJob) => {
  const started = performance.now();
  const cpuBefore = threadCpuMs();
  runDiagnoseJob(job).then(
    (found) => {
      const report = job.asJson ? jsonReport(found) : found;
      const cpuAfter = threadCpuMs();
      const cpu = cpuBefore === undefined || cpuAfter === undefined ? {} : { cpuMs: cpuAfter - cpuBefore };
      const reply = { ok: true, report: { ...report, ms: performance.now() - started, ...cpu } } satisfies WorkerReply;
      // the JSON's bytes move to the pool's thread instead of being copied
      port.postMessage(reply, 'json' in report ? [report.json.buffer as ArrayBuffer] : []);
    },
    (err: unknown) => port.postMessage(failure(err)),
  );
});
