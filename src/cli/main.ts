#!/usr/bin/env node
// gpu-doctor's command line: finds the command in the table (commands.ts) and runs it. Every expected failure
// is a KnownError (src/errors.ts): one line in the user's language, exit status 2, never a stack trace.
import { fstatSync } from 'node:fs';
import { KnownError, UsageError } from '../errors.js';
import { packageVersion } from '../package-root.js';
import { messages } from '../i18n/messages.js';
import { parseLang, resolveLang } from '../i18n/lang.js';
import type { Lang } from '../engine/rule-types.js';
import { COMMANDS } from './commands.js';
import { closest } from './did-you-mean.js';

/** The language for the help and for errors raised before a command has read its --lang. */
function langOf(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.slice(7) : argv[i + 1];
  return (flag && parseLang(flag)) || resolveLang(undefined);
}

function help(lang: Lang): string {
  const t = messages(lang, 'cli');
  const rows = COMMANDS.map((c) => `  ${`${c.name} ${c.args ?? ''}`.padEnd(20)}${t(`command.${c.name}`)}`);
  return t('help', { commands: rows.join('\n'), version: packageVersion() });
}

/** Standard input carries a log (a pipe or a redirected file), not a person at a terminal. */
function stdinIsPiped(): boolean {
  try {
    const s = fstatSync(0);
    return s.isFIFO() || s.isFile() || s.isSocket();
  } catch {
    return false;
  }
}

async function main(argv: string[], lang: Lang): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    process.stdout.write(`gpu-doctor ${packageVersion()}\n`);
    return 0;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const entry = COMMANDS.find((c) => c.name === rest[0]);
    if (entry) return (await entry.load())(['--help']);
    // `cat log | gpu-doctor` diagnoses; `gpu-doctor` alone at a terminal shows this help
    if (name === undefined && stdinIsPiped()) return diagnoseStdin([], true, lang);
    process.stdout.write(help(lang) + '\n');
    return 0;
  }
  // `cat log | gpu-doctor --json`: options without a command are diagnose's
  if (name.startsWith('-') && name !== '-') return diagnoseStdin(argv, false, lang);
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    const near = closest(name, COMMANDS.map((c) => c.name));
    throw new UsageError(near ? 'usage.unknownCommandNear' : 'usage.unknownCommand', { command: name, near: near ?? '' });
  }
  return (await entry.load())(rest);
}

async function diagnoseStdin(argv: string[], helpWhenEmpty: boolean, lang: Lang): Promise<number> {
  const { diagnoseCommand } = await import('./diagnose-command.js');
  try {
    return await diagnoseCommand(argv);
  } catch (err) {
    // nothing piped in (an empty pipe from a script or an IDE) is a request for help, not an error
    if (!helpWhenEmpty || !(err instanceof KnownError) || err.key !== 'input.empty') throw err;
    process.stdout.write(help(lang) + '\n');
    return 0;
  }
}

const argv = process.argv.slice(2);
const lang = langOf(argv);

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0); // output piped into `head` & co.
  // a full disk, /dev/full, a revoked terminal: the report is lost, which is not "an error was found" (exit 1)
  process.stderr.write(`gpu-doctor: ${messages(lang, 'cli')('output.failed', { reason: err.message })}\n`);
  process.exit(2);
});
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
