// gpu-doctor's full command line, run by both entries (main.ts, bin.ts) for everything but the diagnose they
// run bundled (launch.ts), and for that too when there is no current bundle: finds the command in the table
// (commands.ts) and runs it (run.ts: every expected failure is a KnownError, src/errors.ts: one line in the
// user's language, exit status 2, never a stack trace).
import { KnownError, UsageError } from '../errors.js';
import { packageVersion } from '../package-root.js';
import { messages } from '../i18n/messages.js';
import type { Lang } from '../engine/rule-types.js';
import { COMMANDS } from './commands.js';
import { closest } from './did-you-mean.js';
import { runCommandLine } from './run.js';
import { stdinIsPiped } from './stdin.js';

function help(lang: Lang): string {
  const t = messages(lang, 'cli');
  const rows = COMMANDS.map((c) => `  ${`${c.name} ${c.args ?? ''}`.padEnd(20)}${t(`command.${c.name}`)}`);
  return t('help', { commands: rows.join('\n'), version: packageVersion() });
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

runCommandLine(process.argv.slice(2), main);
