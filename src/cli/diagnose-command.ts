// `gpu-doctor diagnose [FILE|-] [--json|--markdown] [--lang en|zh-CN]`
import { parseArgs } from 'node:util';
import { decodeLines, openLogFile } from '../input/read-log.js';
import { diagnoseChunks } from '../engine/diagnose.js';
import { viewFindings } from '../report/view.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderTerminal } from '../report/terminal.js';
import { isLang, messages, resolveLang } from '../report/messages.js';
import { UsageError } from './usage-error.js';

export const DIAGNOSE_HELP = `Usage: gpu-doctor diagnose [FILE|-] [--json | --markdown] [--lang en|zh-CN]

Reads a log (a file, or standard input with - or no FILE) and prints the root cause first,
the evidence lines, why it happens and how to fix it.
Exit status: 0 no error found, 1 an error finding, 2 bad usage or unreadable input.`;

export async function diagnoseCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) { process.stdout.write(DIAGNOSE_HELP + '\n'); return 0; }
  if (positionals.length > 1) throw new UsageError('diagnose takes one log file (or - for standard input)');
  if (values.json && values.markdown) throw new UsageError('choose one of --json and --markdown');
  if (values.lang !== undefined && !isLang(values.lang)) throw new UsageError(`unknown language "${values.lang}" (use en or zh-CN)`);
  const lang = resolveLang(values.lang);

  const file = positionals[0];
  const fromStdin = file === undefined || file === '-';
  if (fromStdin && process.stdin.isTTY) process.stderr.write('Reading the log from standard input (end with Ctrl-D)…\n');
  const source = fromStdin ? process.stdin : await openLogFile(file);
  const diagnosis = await diagnoseChunks(decodeLines(source, fromStdin ? 'standard input' : file));

  const views = viewFindings(diagnosis.findings, diagnosis.facts, lang);
  const t = messages(lang);
  const text = values.json ? renderJson(views) : values.markdown ? renderMarkdown(views, t) : renderTerminal(views, t, diagnosis.lines);
  process.stdout.write(text);
  return views.some((f) => f.severity === 'error') ? 1 : 0;
}
