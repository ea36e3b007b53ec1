#!/usr/bin/env node
// The installed `gpu-doctor` (package.json "bin"), built by scripts/build-cli.mjs into dist/bin/gpu-doctor.js,
// a small CommonJS file beside the bundled diagnose. A diagnose (`gpu-doctor diagnose FILE`, `gpu-doctor --json
// < log`, `cat log | gpu-doctor`) runs that bundle (launch.ts); every other use (the other commands, the help,
// the version) hands over, before anything else is loaded, to the full command line, command-line.ts, in
// dist/src/.
import { fileURLToPath } from 'node:url';
import { diagnoseArgs, runDiagnoseBundle } from './launch.js';

const argv = process.argv.slice(2);
const diagnose = diagnoseArgs(argv);
if (diagnose) runDiagnoseBundle(fileURLToPath(new URL('.', import.meta.url)), argv, diagnose.pipedAlone, require, () => import('./command-line.js'));
else void import('./command-line.js');
