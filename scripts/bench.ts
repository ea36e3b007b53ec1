// `npm run bench [-- NAME…]`: runs every benchmark module in scripts/bench/ (each exports `run()` and
// prints its own section), or only the named ones. Exit status 1 when any target is missed (bench-runner.ts).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBenches } from './bench-runner.js';

runBenches(join(dirname(fileURLToPath(import.meta.url)), 'bench'), process.argv.slice(2)).then(
  (outcome) => { process.exitCode = outcome.code; },
  (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
