// A diagnose worker with one pattern made slow on purpose: a log containing STALL-THE-WORKER spins forever,
// as a catastrophically backtracking pattern would; any other log is diagnosed by the real engine. The
// pool cannot tell the difference, which is the point: it must cope with a worker that never answers.
// A log made by holdLog() (test/lag-meter.ts) holds the worker until the test releases it, then is answered: a
// diagnosis exactly as long as the test wants, whatever the machine's load.
import { parentPort } from 'node:worker_threads';
import { runDiagnoseJob } from '../dist/src/service/diagnose-job.js';

const STALL = 'STALL-THE-WORKER';
const HOLD = 'HOLD-THE-WORKER\n';

function stalls(input) {
  const text = typeof input === 'string' ? input : Buffer.from(input).toString('latin1');
  return text.includes(STALL);
}

/** A log over shared memory (postMessage shares it, not copies it): its first 4 bytes are the lock holdLog() releases. */
function held(input) {
  return typeof input !== 'string' && input.buffer instanceof SharedArrayBuffer && Buffer.from(input.subarray(4)).toString('latin1') === HOLD;
}

await runDiagnoseJob({ input: 'warm-up\n', lang: 'en', label: 'warm-up', redact: false });
parentPort.postMessage({ ready: true });
parentPort.on('message', (job) => {
  if (stalls(job.input)) for (;;);
  if (held(job.input)) {
    Atomics.wait(new Int32Array(job.input.buffer, 0, 1), 0, 0);
    job = { ...job, input: 'held, then released\n' };
  }
  runDiagnoseJob(job).then(
    (report) => parentPort.postMessage({ ok: true, report }),
    (err) => parentPort.postMessage({ ok: false, kind: err.constructor.name === 'InputError' ? 'input' : 'failed', message: err.message }),
  );
});
