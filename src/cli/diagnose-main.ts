// The entry of the bundled `gpu-doctor diagnose` (dist/bin/diagnose.cjs, built by scripts/build-cli.mjs):
// launch.ts loads it with V8's code cache (code-cache.ts) and calls main with the whole command line: the
// diagnose command, or what command-line.ts reads as one (options with a log on standard input, a log piped in
// alone).
import { KnownError } from '../errors.js';
import { diagnoseCommand } from './diagnose-command.js';
import { runCommandLine } from './run.js';

/** `onEmptyInput`: a log piped in alone turned out empty; command-line.ts then shows the help instead (launch.ts). */
export function main(argv: string[], onEmptyInput?: () => void): void {
  runCommandLine(argv, async () => {
    try {
      return await diagnoseCommand(argv[0] === 'diagnose' ? argv.slice(1) : argv);
    } catch (err) {
      if (!onEmptyInput || !(err instanceof KnownError) || err.key !== 'input.empty') throw err;
      onEmptyInput();
      return 0;
    }
  }, true);
}
