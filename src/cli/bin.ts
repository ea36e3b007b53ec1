#!/usr/bin/env node
// The installed `gpu-doctor` (package.json "bin"). scripts/build-cli.mjs bundles this file, with `diagnose` and
// what it uses, into one file, dist/bin/gpu-doctor.js: `gpu-doctor diagnose FILE` then starts by reading one
// module instead of resolving and compiling ~60 (its start-up was most of its time on a short log). Every
// other use (the other commands, the help, a log piped in without a command) hands over, before anything else
// is loaded, to the full command line, main.ts, in dist/src/.
import { diagnoseCommand } from './diagnose-command.js';
import { runCommandLine } from './run.js';

const argv = process.argv.slice(2);
if (argv[0] === 'diagnose') runCommandLine(argv, () => diagnoseCommand(argv.slice(1)));
else await import('./main.js');
