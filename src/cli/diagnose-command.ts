// `gpu-doctor diagnose [FILE|-] [--json|--markdown] [--lang en|zh-CN] [--quiet|--verbose]`
import { decodeLines, openLogFile, openStdin } from '../input/read-log.js';
import { diagnoseChunks } from '../engine/diagnose.js';
import { loadRuleSet } from '../engine/load-rules.js';
import { viewFindings } from '../report/view.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderTerminal } from '../report/terminal.js';
import { noFindingsView } from '../report/no-findings.js';
import { messages } from '../i18n/messages.js';
import { parseCommand } from './options.js';
import { writeOut } from './output.js';
import { saveCheckedRules } from './rules-checked-note.js';

export async function diagnoseCommand(argv: string[]): Promise<number> {
  const { values, positionals, settings } = parseCommand(argv, { options: {}, positionals: 1 });
  const cli = messages(settings.lang, 'cli');
  if (values.help) { writeOut(cli('diagnose.help') + '\n'); return 0; }
  const { lang } = settings;

  const file = positionals[0];
  const fromStdin = file === undefined || file === '-';
  // (a pipe or a file is read directly, without process.stdin: making that stream turns a pipe non-blocking and
  // loads node's net and tty modules; only what is read through the stream can be a terminal)
  const direct = fromStdin ? openStdin() : null;
  if (fromStdin && direct === null && process.stdin.isTTY && settings.detail !== 'quiet') {
    process.stderr.write(cli(process.platform === 'win32' ? 'stdin.promptWindows' : 'stdin.prompt') + '\n');
  }
  const source = fromStdin ? direct ?? process.stdin : await openLogFile(file!);
  const label = fromStdin ? cli('stdin.label') : file;
  const decoded = { nulBytes: 0 };
  const ruleSet = loadRuleSet();
  const diagnosis = await diagnoseChunks(decodeLines(source, label, decoded), ruleSet);
  if (decoded.nulBytes > 0) process.stderr.write(`gpu-doctor: ${cli('input.nulDropped', { count: decoded.nulBytes, label })}\n`);

  const views = viewFindings(diagnosis.findings, diagnosis.facts, lang);
  const t = messages(lang);
  const text = settings.format === 'json' ? renderJson(views)
    : settings.format === 'markdown' ? renderMarkdown(views, t)
      : renderTerminal(views, t, diagnosis.lines, settings.detail, noFindingsView(diagnosis.facts, t));
  writeOut(text);
  saveCheckedRules(ruleSet, cli, settings.detail === 'quiet');
  return views.some((f) => f.severity === 'error') ? 1 : 0;
}
