#!/usr/bin/env node
// dist/src/cli/main.js, the command the README runs: starts as the package's bin does (launch.ts). A diagnose
// runs the bundled diagnose in dist/bin/ when the build wrote it after this file (not after a lone `tsc`, and
// never from the TypeScript sources); anything else runs the full command line, command-line.ts.
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { diagnoseArgs, runDiagnoseBundle } from './launch.js';

const argv = process.argv.slice(2);
const diagnose = diagnoseArgs(argv);
const binDir = fileURLToPath(new URL('../../bin/', import.meta.url));
if (diagnose && bundleIsCurrent(`${binDir}diagnose.cjs`)) {
  runDiagnoseBundle(binDir, argv, diagnose.pipedAlone, createRequire(`${binDir}diagnose.cjs`), () => import('./command-line.js'));
} else {
  void import('./command-line.js');
}

/** The bundle exists and was built after this file (build-cli.mjs runs after tsc). */
function bundleIsCurrent(bundle: string): boolean {
  try {
    return statSync(bundle).mtimeMs >= statSync(fileURLToPath(import.meta.url)).mtimeMs;
  } catch {
    return false;
  }
}
