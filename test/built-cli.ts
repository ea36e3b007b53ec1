// Tests that spawn the real command line run the compiled JavaScript in dist/. `npm test` builds first;
// a lone `vitest run` of such a file rebuilds when any TypeScript source is newer than its output.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('..', import.meta.url).pathname;
export const DIST_MAIN = join(ROOT, 'dist/src/cli/main.js');
/** The package's `bin`: `diagnose` bundled into one file by scripts/build-cli.mjs, the rest handed to DIST_MAIN. */
export const DIST_BIN = join(ROOT, 'dist/bin/gpu-doctor.js');

function sources(dir: string): string[] {
  if (!existsSync(join(ROOT, dir))) return [];
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : []);
}

let checked = false;

/** Builds dist/ if it is missing or older than a source; returns the CLI entry point. */
export function ensureBuilt(): string {
  if (checked) return DIST_MAIN;
  const stale = ['src', 'adapters', 'scripts'].flatMap(sources).some((src) => {
    const out = join(ROOT, 'dist', src.replace(/\.ts$/, '.js'));
    return !existsSync(out) || statSync(out).mtimeMs < statSync(join(ROOT, src)).mtimeMs;
  });
  // tsc emits even when some file has a type error (`npm test` reports those); what matters here is the output
  if (stale) {
    try { execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', ROOT], { stdio: 'ignore' }); } catch { /* emitted anyway */ }
  }
  if (stale || !existsSync(DIST_BIN)) execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { stdio: 'ignore' });
  if (!existsSync(DIST_MAIN)) throw new Error('dist/ is missing: run npm run build');
  checked = true;
  return DIST_MAIN;
}
