// The entry of the bundled `gpu-doctor diagnose` (dist/bin/diagnose.cjs, built by scripts/build-cli.mjs):
// bin.ts loads it with V8's code cache (code-cache.ts) and calls main with the whole command line.
import { diagnoseCommand } from './diagnose-command.js';
import { runCommandLine } from './run.js';

export function main(argv: string[]): void {
  runCommandLine(argv, () => diagnoseCommand(argv.slice(1)));
}
