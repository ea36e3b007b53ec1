// The terminal report: root cause on top, evidence quoted with line numbers, fixes as numbered steps.
import chalk from 'chalk';
import type { FindingView } from './view.js';
import type { Messages } from './messages.js';
import { escapeView } from './escape.js';

// functions, not strings: the colour level is decided by the command's options after this module loads
const MARK = { error: () => chalk.red.bold('✗'), warning: () => chalk.yellow.bold('!'), info: () => chalk.blue('i') } as const;
const COLOUR = { error: chalk.red.bold, warning: chalk.yellow.bold, info: chalk.blue } as const;

/** quiet: one line per problem; normal: the root cause in full, the others with their first fix; verbose: all. */
export type Detail = 'quiet' | 'normal' | 'verbose';

export function renderTerminal(views: FindingView[], t: Messages, lines: number, detail: Detail = 'normal'): string {
  const findings = views.map(escapeView); // log text must not drive the terminal
  if (detail === 'quiet') return renderQuiet(findings, t);
  const out: string[] = [];
  out.push(chalk.bold(t('heading')));
  if (findings.length === 0) {
    out.push('', chalk.yellow(t('nothingRecognised')), chalk.dim(t('nothingRecognisedHint')), '');
    return out.join('\n');
  }
  const problems = findings.filter((f) => f.severity !== 'info');
  const infos = findings.filter((f) => f.severity === 'info');
  problems.forEach((f, i) => {
    out.push('', i === 0 ? chalk.bold.underline(t('rootCause')) : i === 1 ? chalk.bold.underline(t('alsoFound')) : '');
    out.push(...renderOne(f, t, i === 0 || detail === 'verbose'));
  });
  if (infos.length) {
    out.push('', chalk.bold.underline(t('info')));
    for (const f of infos) {
      out.push(`${MARK.info()} ${f.title} ${chalk.dim(`[${f.id}]`)}`);
      for (const e of f.evidence.slice(0, detail === 'verbose' ? undefined : 1)) out.push(chalk.dim(`    ${t('line', { n: e.line })}: ${e.text}`));
      out.push(chalk.dim(`    ${f.why}`));
    }
  }
  const count = (s: string): number => findings.filter((f) => f.severity === s).length;
  out.push('', chalk.dim(t('summary', { lines, errors: count('error'), warnings: count('warning'), infos: count('info') })), '');
  return out.filter((l, i, a) => !(l === '' && a[i - 1] === '')).join('\n');
}

function renderOne(f: FindingView, t: Messages, full: boolean): string[] {
  const out = [`${MARK[f.severity]()} ${COLOUR[f.severity](f.title)} ${chalk.dim(`[${f.id}]`)}`];
  if (f.explainedBy.length) out.push(chalk.dim(`  (${t('explainedBy', { ids: f.explainedBy.join(', ') })})`));
  if (f.evidence.length) {
    out.push(chalk.bold(`  ${t('evidence')}:`));
    for (const e of f.evidence) out.push(`    ${chalk.dim(`${t('line', { n: String(e.line).padStart(4) })} │`)} ${chalk.cyan(e.text)}`);
  }
  out.push(chalk.bold(`  ${t('why')}:`) + ` ${f.why}`);
  const fixes = full ? f.fixes : f.fixes.slice(0, 1);
  for (const fix of fixes) {
    out.push(chalk.bold(`  ${t('fix')}: ${fix.title}`) + (fix.auto ? chalk.green(` (${t('autoFix')})`) : ''));
    fix.steps.forEach((s, i) => out.push(`    ${i + 1}. ${s}`));
    if (fix.link) out.push(chalk.dim(`       ${fix.link}`));
  }
  return out;
}

function renderQuiet(findings: FindingView[], t: Messages): string {
  const problems = findings.filter((f) => f.severity !== 'info');
  if (!problems.length) return `${t('nothingRecognisedShort')}\n`;
  return problems.map((f) => `${MARK[f.severity]()} ${f.title} [${f.id}]`).join('\n') + '\n';
}
