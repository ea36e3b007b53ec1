// `gpu-doctor explain [ID] [--json|--markdown] [--lang]`: the list of findings, or one's explanation and fixes.
import { loadRuleSet } from '../engine/load-rules.js';
import { fillPlaceholders, viewFindings, viewRule } from '../report/view.js';
import type { Lang, RuleSpec } from '../engine/rule-types.js';
import type { FindingView } from '../report/view.js';
import { diagnoseFacts } from '../scan/diagnose-scan.js';
import { renderJson } from '../report/json.js';
import { renderExplanation } from '../report/explanation.js';
import { renderMarkdown } from '../report/markdown.js';
import { messages } from '../i18n/messages.js';
import { UsageError } from '../errors.js';
import { parseCommand } from './options.js';

export async function explainCommand(argv: string[]): Promise<number> {
  const { values, positionals, settings } = parseCommand(argv, { options: {}, positionals: 1 });
  const cli = messages(settings.lang, 'cli');
  if (values.help) { process.stdout.write(cli('explain.help') + '\n'); return 0; }
  const { lang } = settings;
  const { rules } = loadRuleSet();
  // titles such as "Cannot load {{lib|a CUDA library}}" read with their fallbacks when there is no log
  const title = (r: RuleSpec): string => fillPlaceholders(r.title[lang], {}, new Map());
  const id = positionals[0];
  if (!id) {
    if (settings.format === 'json') {
      process.stdout.write(JSON.stringify({ findings: rules.map((r) => ({ id: r.id, severity: r.severity, title: title(r) })) }, null, 2) + '\n');
    } else {
      for (const r of rules) process.stdout.write(`${r.id.padEnd(38)} ${r.severity.padEnd(8)} ${title(r)}\n`);
    }
    return 0;
  }
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new UsageError('usage.unknownId', { id });
  const { view, example } = await explainView(rule, lang);
  const t = messages(lang);
  const text = settings.format === 'json' ? renderJson([view])
    : settings.format === 'markdown' ? renderMarkdown([view], t) : renderExplanation(view, t);
  process.stdout.write(text + (example && settings.format === 'terminal' ? `${cli('explain.example')}\n` : ''));
  return 0;
}

/**
 * One rule as reference text. A rule over facts only (a scan's version checks) names versions in its texts:
 * they are filled from its first example, so the reader sees real values instead of empty slots.
 */
export async function explainView(rule: RuleSpec, lang: Lang): Promise<{ view: FindingView; example: boolean }> {
  const first = rule.examples.match[0];
  if (first && typeof first === 'object') {
    const d = await diagnoseFacts(first.facts);
    const found = d.findings.find((f) => f.rule.id === rule.id);
    if (found) return { view: viewFindings([{ ...found, explainedBy: [] }], d.facts, lang)[0]!, example: true };
  }
  return { view: viewRule(rule, lang), example: false };
}
