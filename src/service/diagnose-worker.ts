// The worker thread entry of the diagnose pool: loads and compiles the rules once, says it is ready, then
// answers one job at a time. A job that runs too long is not stopped here: the pool terminates the thread.
import { parentPort } from 'node:worker_threads';
import { runDiagnoseJob, type DiagnoseJob } from './diagnose-job.js';
import { InputError } from '../input/decode.js';
import type { WorkerReply } from './diagnose-pool.js';

const port = parentPort;
if (!port) throw new Error('diagnose-worker.js runs only as a worker thread');

function failure(err: unknown): WorkerReply {
  const message = err instanceof Error ? err.message : String(err);
  return { ok: false, kind: err instanceof InputError ? 'input' : 'failed', message };
}

// compile the scanner before the first job, so no job pays for it under its deadline
runDiagnoseJob({ input: 'warm-up\n', lang: 'en', label: 'warm-up', redact: true }).then(
  () => port.postMessage({ ready: true }),
  (err: unknown) => port.postMessage({ ready: false, ...failure(err) }),
);

port.on('message', (job: DiagnoseJob) => {
  runDiagnoseJob(job).then(
    (report) => port.postMessage({ ok: true, report } satisfies WorkerReply),
    (err: unknown) => port.postMessage(failure(err)),
  );
});
