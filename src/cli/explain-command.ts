// `gpu-doctor explain [ID] [--json|--markdown] [--lang]`: the list of findings, or one's explanation and fixes.
import { loadRuleSet } from '../engine/load-rules.js';
import { viewFindings } from '../report/view.js';
import { renderJson } from '../report/json.js';
import { renderExplanation } from '../report/explanation.js';
import { renderMarkdown } from '../report/markdown.js';
import { messages } from '../report/messages.js';
import { UsageError } from '../errors.js';
import { parseCommand } from './options.js';

export async function explainCommand(argv: string[]): Promise<number> {
  const { values, positionals, settings } = parseCommand(argv, { options: {}, positionals: 1 });
  const cli = messages(settings.lang, 'cli');
  if (values.help) { process.stdout.write(cli('explain.help') + '\n'); return 0; }
  const { lang } = settings;
  const { rules } = loadRuleSet();
  const id = positionals[0];
  if (!id) {
    if (settings.format === 'json') {
      process.stdout.write(JSON.stringify({ findings: rules.map((r) => ({ id: r.id, severity: r.severity, title: r.title[lang] })) }, null, 2) + '\n');
    } else {
      for (const r of rules) process.stdout.write(`${r.id.padEnd(38)} ${r.severity.padEnd(8)} ${r.title[lang]}\n`);
    }
    return 0;
  }
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new UsageError('usage.unknownId', { id });
  const views = viewFindings([{ rule, evidence: [], captures: {}, severity: rule.severity, explainedBy: [] }], new Map(), lang);
  const t = messages(lang);
  process.stdout.write(settings.format === 'json' ? renderJson(views)
    : settings.format === 'markdown' ? renderMarkdown(views, t) : renderExplanation(views[0]!, t));
  return 0;
}
