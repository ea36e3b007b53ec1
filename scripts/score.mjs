#!/usr/bin/env node
// `npm run score [-- DIR]`: the scorer and the labelled log sets live outside this project, in ../shared
// (GPU_DOCTOR_SHARED overrides where); without them this says so in one line instead of a module-not-found trace.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.GPU_DOCTOR_SHARED || join(root, '..', 'shared'));
const scorer = join(shared, 'eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.error(`npm run score needs the scorer and labelled logs of ../shared (not found: ${scorer}); set GPU_DOCTOR_SHARED to their folder`);
  process.exit(2);
}
if (!existsSync(join(root, 'dist', 'src', 'cli', 'main.js'))) {
  console.error('npm run score scores the built CLI: run npm run build first');
  process.exit(2);
}
const r = spawnSync(process.execPath, [scorer, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
