// `gpu-doctor explain ID [--lang] [--json]`: one signature's explanation and fixes, without a log.
import { parseArgs } from 'node:util';
import { loadRuleSet } from '../engine/load-rules.js';
import { viewFindings } from '../report/view.js';
import { renderJson } from '../report/json.js';
import { renderTerminal } from '../report/terminal.js';
import { renderMarkdown } from '../report/markdown.js';
import { isLang, messages, resolveLang } from '../report/messages.js';
import { UsageError } from './usage-error.js';

export async function explainCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, markdown: { type: 'boolean', default: false }, lang: { type: 'string' } },
  });
  if (values.lang !== undefined && !isLang(values.lang)) throw new UsageError(`unknown language "${values.lang}" (use en or zh-CN)`);
  const lang = resolveLang(values.lang);
  const { rules } = loadRuleSet();
  const id = positionals[0];
  if (!id) {
    for (const r of rules) process.stdout.write(`${r.id.padEnd(38)} ${r.severity.padEnd(8)} ${r.title[lang]}\n`);
    return 0;
  }
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new UsageError(`no finding with id "${id}" (run gpu-doctor explain to list them)`);
  const views = viewFindings([{ rule, evidence: [], captures: {}, severity: rule.severity, explainedBy: [] }], new Map(), lang);
  const t = messages(lang);
  process.stdout.write(values.json ? renderJson(views) : values.markdown ? renderMarkdown(views, t) : renderTerminal(views, t, 0));
  return 0;
}
