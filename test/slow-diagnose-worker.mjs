// A diagnose worker with one pattern made slow on purpose: a log containing STALL-THE-WORKER spins forever,
// as a catastrophically backtracking pattern would; any other log is diagnosed by the real engine. The
// pool cannot tell the difference, which is the point: it must cope with a worker that never answers.
import { parentPort } from 'node:worker_threads';
import { runDiagnoseJob } from '../dist/src/service/diagnose-job.js';

const STALL = 'STALL-THE-WORKER';

function stalls(input) {
  const text = typeof input === 'string' ? input : Buffer.from(input).toString('latin1');
  return text.includes(STALL);
}

await runDiagnoseJob({ input: 'warm-up\n', lang: 'en', label: 'warm-up', redact: false });
parentPort.postMessage({ ready: true });
parentPort.on('message', (job) => {
  if (stalls(job.input)) for (;;);
  runDiagnoseJob(job).then(
    (report) => parentPort.postMessage({ ok: true, report }),
    (err) => parentPort.postMessage({ ok: false, kind: err.constructor.name === 'InputError' ? 'input' : 'failed', message: err.message }),
  );
});
