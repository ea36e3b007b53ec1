// Runs a command line's entry function the way every gpu-doctor start does: an expected failure (a KnownError,
// src/errors.ts) is one line in the user's language and exit status 2, never a stack trace; output cut off by
// `| head` ends quietly. Used by command-line.ts (every command) and diagnose-main.ts (the bundled `diagnose`).
import { KnownError } from '../errors.js';
import { messages } from '../i18n/messages.js';
import { parseLang, resolveLang } from '../i18n/lang.js';
import { outputLanguage, watchStdout } from './output.js';
import type { Lang } from '../engine/rule-types.js';

/** The language for the help and for errors raised before a command has read its --lang. */
function langOf(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.slice(7) : argv[i + 1];
  return (flag && parseLang(flag)) || resolveLang(undefined);
}

/**
 * `syncOutput`: the command writes only through output.ts's writeOut (the bundled diagnose), so process.stdout
 * is never made (that costs a start Node's stream modules).
 */
export function runCommandLine(argv: string[], main: (argv: string[], lang: Lang) => Promise<number>, syncOutput = false): void {
  const lang = langOf(argv);
  if (syncOutput) outputLanguage(lang);
  else watchStdout(lang);
  main(argv, lang).then(
    (code) => { process.exitCode = code; },
    (err: unknown) => {
      const known = err instanceof KnownError;
      const message = known ? err.localised(lang) : messages(lang, 'cli')('internal', { message: err instanceof Error ? err.message : String(err) });
      process.stderr.write(`gpu-doctor: ${message}\n`);
      if (!known && (argv.includes('--verbose') || process.env.GPU_DOCTOR_DEBUG)) process.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
      process.exitCode = 2;
    },
  );
}
