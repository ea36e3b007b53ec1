// Build step, last in `npm run build`: writes V8's code cache for the bundled `gpu-doctor diagnose`
// (dist/bin/diagnose.cache, read by src/cli/code-cache.ts). It runs the bin once on a short log with
// GPU_DOCTOR_WRITE_CODE_CACHE set, so the cache holds every function such a run compiles. It runs after the
// rule set and the automaton are saved in dist/, so the run takes the path an installed start takes.
// The cache holds the bytes of the bundle it was made from and is ignored once the bundle differs.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cache = `${root}dist/bin/diagnose.cache`;
// the shipped rules, whatever the shell that runs the build has set
const env = { ...process.env, GPU_DOCTOR_WRITE_CODE_CACHE: cache };
delete env.GPU_DOCTOR_RULES;
const run = spawnSync(process.execPath, [`${root}dist/bin/gpu-doctor.js`, 'diagnose', `${root}fixtures/logs/tf-zlibwapi-windows.log`], { env, encoding: 'utf8' });
// exit 1: the log holds an error, as it should
if (run.status !== 1) {
  process.stderr.write(`build-code-cache: the sample diagnose ended with ${run.status}: ${run.stderr}\n`);
  process.exit(1);
}
process.stdout.write(`code cache: ${statSync(cache).size} bytes written to dist/bin/diagnose.cache\n`);
