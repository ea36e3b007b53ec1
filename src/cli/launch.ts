// How every gpu-doctor start begins, from either entry (the package's bin, dist/bin/gpu-doctor.js, and
// dist/src/cli/main.js, which the README runs): a diagnose runs the bundle dist/bin/diagnose.cjs
// (diagnose-main.ts and everything it uses, one file) with V8's code cache (code-cache.ts), because on a short
// log start-up is most of the time; every other command line runs the full one, command-line.ts, which reads
// the command line the same way.
import { loadBundle } from './code-cache.js';
import { stdinIsPiped } from './stdin.js';

const NOT_DIAGNOSE = ['--help', '-h', '--version', '-V'];

/**
 * Whether a command line is a diagnose as command-line.ts reads it: the command, options without a command (a
 * log on standard input), or nothing at all with a log piped in (`pipedAlone`). null: any other command line.
 */
export function diagnoseArgs(argv: string[]): { pipedAlone: boolean } | null {
  const first = argv[0];
  if (first === 'diagnose') return { pipedAlone: false };
  if (first !== undefined) return first.startsWith('-') && first !== '-' && !NOT_DIAGNOSE.includes(first) ? { pipedAlone: false } : null;
  return stdinIsPiped() ? { pipedAlone: true } : null;
}

/**
 * Runs the bundled diagnose in `binDir` (a folder path ending in a separator); `req` resolves the bundle's own
 * require() calls (from that folder). `fullCommandLine`: a log piped in alone turned out empty, and the full
 * command line reads the (now finished) input again, finds it empty and shows the help.
 */
export function runDiagnoseBundle(binDir: string, argv: string[], pipedAlone: boolean, req: NodeJS.Require, fullCommandLine: () => unknown): void {
  // the build's run that writes the cache (scripts/build-code-cache.mjs) compiles without one
  const writeTo = process.env.GPU_DOCTOR_WRITE_CODE_CACHE;
  const bundle = loadBundle(`${binDir}diagnose.cjs`, writeTo ? null : `${binDir}diagnose.cache`, req);
  if (writeTo) process.once('exit', () => bundle.saveCache(writeTo));
  (bundle.exports.main as (argv: string[], onEmptyInput?: () => void) => void)(argv, pipedAlone ? () => void fullCommandLine() : undefined);
}
