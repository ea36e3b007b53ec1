#!/usr/bin/env node
// gpu-doctor's command line: dispatches to one command per file and turns expected failures into
// one-line messages with exit status 2 (never a stack trace).
import { diagnoseCommand, DIAGNOSE_HELP } from './diagnose-command.js';
import { UsageError } from './usage-error.js';
import { InputError } from '../input/decode.js';
import { RuleFileError } from '../engine/load-rules.js';

const HELP = `gpu-doctor — find out why the GPU stack (driver, CUDA, cuDNN, TensorFlow, PyTorch) does not work

Commands:
  diagnose [FILE|-]   diagnose a log (a file or standard input)
  scan                check this machine's driver, CUDA, cuDNN, Python and frameworks (--deep: GPU smoke test)
  plan                recommend versions that work together here, with the install commands
  fix                 apply the safe fixes (plan, confirmation, journal; --dry-run, --yes)
  undo [N]            revert the last fix run (or run N; --list shows them)
  explain [ID]        list the findings gpu-doctor knows, or show one's explanation and fixes
  bot                 run the Discord help bot (bot deploy-commands registers its commands)
  serve               run the web page and JSON API (paste or drop a log, share the answer as a link)

Options: --json, --markdown, --lang en|zh-CN, --help

${DIAGNOSE_HELP}`;

type Command = (argv: string[]) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  diagnose: async () => diagnoseCommand,
  explain: async () => (await import('./explain-command.js')).explainCommand,
  scan: async () => (await import('./scan-command.js')).scanCommand,
  bot: async () => (await import('./bot-command.js')).botCommand,
  fix: async () => (await import('./fix-command.js')).fixCommand,
  undo: async () => (await import('./undo-command.js')).undoCommand,
  plan: async () => (await import('./plan-command.js')).planCommand,
  serve: async () => (await import('./serve-command.js')).serveCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP + '\n');
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) throw new UsageError(`unknown command "${name}" (try gpu-doctor --help)`);
  return (await load())(rest);
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0); // output piped into `head` & co.
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    const known = err instanceof UsageError || err instanceof InputError || err instanceof RuleFileError
      || (err as NodeJS.ErrnoException)?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
      || (err as NodeJS.ErrnoException)?.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
      || (err as NodeJS.ErrnoException)?.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL';
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`gpu-doctor: ${known ? message : `internal error: ${message}`}\n`);
    if (!known && process.env.GPU_DOCTOR_DEBUG) process.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
    process.exitCode = 2;
  },
);
