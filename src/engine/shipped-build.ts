// The files `npm run build` saves in dist/ (the checked rule set, the literal automaton, the pattern verdicts, the
// WebAssembly prefilter) travel in the GitHub Action's bundle too (dist-action/built/, scripts/build-action.mjs):
// a workflow runs the Action from a plain checkout, which has no dist/, and would otherwise read and check every
// rule file on each run (6-9 s). Only the bundle reads them, and only where dist/ lacks its own file: a
// checkout's tests and CLI never use a copy that may be older than their code.
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packagePath } from '../package-root.js';

let inBundle: boolean | undefined;

/** The Action bundle's copy of a file of dist/, when this code runs from that bundle; else undefined. */
export function shippedBuildFile(name: string): string | undefined {
  inBundle ??= dirname(fileURLToPath(import.meta.url)) === packagePath('dist-action');
  return inBundle ? packagePath('dist-action', 'built', name) : undefined;
}

/** dist/'s file when it is there, else the Action bundle's copy (when running from it). */
export function builtOrShipped(name: string): string {
  const built = packagePath('dist', name);
  return existsSync(built) ? built : shippedBuildFile(name) ?? built;
}
