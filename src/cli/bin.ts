#!/usr/bin/env node
// The installed `gpu-doctor` (package.json "bin"), built by scripts/build-cli.mjs into dist/bin/gpu-doctor.js,
// a small CommonJS file. `gpu-doctor diagnose FILE` runs the bundle dist/bin/diagnose.cjs (diagnose-main.ts
// and everything it uses, one file) with V8's code cache (code-cache.ts): on a short log, start-up was most
// of the time. Every other use (the other commands, the help, a log piped in without a command) hands over,
// before anything else is loaded, to the full command line, main.ts, in dist/src/.
import { fileURLToPath } from 'node:url';
import { loadBundle } from './code-cache.js';

const argv = process.argv.slice(2);
if (argv[0] === 'diagnose') {
  const here = fileURLToPath(new URL('.', import.meta.url));
  // the build's run that writes the cache (scripts/build-code-cache.mjs) compiles without one
  const writeTo = process.env.GPU_DOCTOR_WRITE_CODE_CACHE;
  const bundle = loadBundle(`${here}diagnose.cjs`, writeTo ? null : `${here}diagnose.cache`, require);
  if (writeTo) process.once('exit', () => bundle.saveCache(writeTo));
  (bundle.exports.main as (argv: string[]) => void)(argv);
} else {
  import('./main.js');
}
