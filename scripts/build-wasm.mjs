// Build step: compiles the prefilter's byte loop (wasm/prefilter.ts, AssemblyScript) into dist/prefilter.wasm.
// Without the compiler (a checkout whose node_modules predate the devDependency) it says so in one line and
// leaves the file out: the engine then scans with its JavaScript loop (`npm ci` brings the compiler).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
let asc;
try {
  asc = createRequire(import.meta.url).resolve('assemblyscript/bin/asc.js');
} catch {
  process.stderr.write('build-wasm: assemblyscript is not installed (run npm ci); dist/prefilter.wasm not built, the JavaScript scan loop is used\n');
  process.exit(0);
}
const run = spawnSync(process.execPath, [asc, 'wasm/prefilter.ts', '--outFile', 'dist/prefilter.wasm', '-O3', '--runtime', 'stub', '--noAssert', '--enable', 'simd'], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
