// Standard output for the commands, without Node's process.stdout where that is not needed: making
// process.stdout loads Node's stream and net modules (a pipe, a file) or tty (a terminal), which this Node
// compiles from source on every start. Measured with callgrind on a one-line `diagnose --json | cat`: ~45 M
// instructions of ~230 M of our own. A report is written with one synchronous write instead, and whether
// standard output is a terminal is asked only of a character device (a pipe or a file never is).
import { fstatSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { KnownError } from '../errors.js';
import { messages } from '../i18n/messages.js';
import type { Lang } from '../engine/rule-types.js';

let lang: Lang = 'en';
let watched = false;

/**
 * Makes a failed write through process.stdout end the process as writeOut does (EPIPE: status 0; any other:
 * one line in `language`, status 2). Every command that writes through process.stdout needs it (run.ts).
 */
export function watchStdout(language: Lang = lang): void {
  lang = language;
  if (watched) return;
  watched = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0); // output piped into `head` & co.
    // a full disk, /dev/full, a revoked terminal: the report is lost, which is not "an error was found" (exit 1)
    process.stderr.write(`gpu-doctor: ${messages(lang, 'cli')('output.failed', { reason: err.message })}\n`);
    process.exit(2);
  });
}

/** The language of the message watchStdout() prints, for a command that never touched process.stdout. */
export function outputLanguage(language: Lang): void {
  lang = language;
}

/**
 * Whether a file descriptor is a terminal; tty is loaded only for a character device other than /dev/null
 * (output thrown away, as a benchmark or a cron job does, is never a terminal).
 */
export function isTerminal(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice() || (process.platform !== 'win32' && stat.rdev === statSync('/dev/null').rdev)) return false;
  } catch {
    return false; // closed
  }
  return (createRequire(import.meta.url)('node:tty') as typeof import('node:tty')).isatty(fd);
}

/**
 * Writes text to standard output, all of it before returning. Output cut off by `| head` (EPIPE) ends the
 * process quietly with status 0; any other failure (a full disk, /dev/full) is a KnownError, one line and
 * exit 2 (run.ts). A pipe left non-blocking by the parent (EAGAIN) gets the rest through process.stdout,
 * which waits for the reader.
 */
export function writeOut(text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let at = 0;
  while (at < bytes.length) {
    try {
      at += writeSync(1, bytes, at);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') process.exit(0);
      if (code === 'EAGAIN') {
        watchStdout();
        process.stdout.write(bytes.subarray(at));
        return;
      }
      throw new KnownError('output.failed', { reason: (err as Error).message });
    }
  }
}
