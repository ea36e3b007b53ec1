#!/usr/bin/env node
// The installed `gpu-doctor` (package.json "bin"), built by scripts/build-cli.mjs into dist/bin/gpu-doctor.js,
// a small CommonJS file. A diagnose (`gpu-doctor diagnose FILE`, `gpu-doctor --json < log`, `cat log |
// gpu-doctor`) runs the bundle dist/bin/diagnose.cjs (diagnose-main.ts and everything it uses, one file) with
// V8's code cache (code-cache.ts): on a short log, start-up was most of the time. Every other use (the other
// commands, the help, the version) hands over, before anything else is loaded, to the full command line,
// main.ts, in dist/src/, which reads the command line the same way.
import { fileURLToPath } from 'node:url';
import { loadBundle } from './code-cache.js';
import { stdinIsPiped } from './stdin.js';

const argv = process.argv.slice(2);
const first = argv[0];
const option = first !== undefined && first.startsWith('-') && first !== '-' && !['--help', '-h', '--version', '-V'].includes(first);
const pipedAlone = first === undefined && stdinIsPiped();
if (first === 'diagnose' || option || pipedAlone) {
  const here = fileURLToPath(new URL('.', import.meta.url));
  // the build's run that writes the cache (scripts/build-code-cache.mjs) compiles without one
  const writeTo = process.env.GPU_DOCTOR_WRITE_CODE_CACHE;
  const bundle = loadBundle(`${here}diagnose.cjs`, writeTo ? null : `${here}diagnose.cache`, require);
  if (writeTo) process.once('exit', () => bundle.saveCache(writeTo));
  // an empty log piped in alone: main.ts reads the (now finished) input again, finds it empty and shows the help
  (bundle.exports.main as (argv: string[], onEmptyInput?: () => void) => void)(argv, pipedAlone ? () => void import('./main.js') : undefined);
} else {
  import('./main.js');
}
