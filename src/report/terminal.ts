// The terminal report: root cause on top, evidence quoted with line numbers, fixes as numbered steps.
import chalk from 'chalk';
import type { FindingView } from './view.js';
import { aside, labelled, type Messages } from '../i18n/messages.js';
import type { NoFindingsView } from './no-findings.js';
import { escapeControls, escapeView } from './escape.js';

// functions, not strings: the colour level is decided by the command's options after this module loads
const MARK = { error: () => chalk.red.bold('✗'), warning: () => chalk.yellow.bold('!'), info: () => chalk.blue('i') } as const;
const COLOUR = { error: chalk.red.bold, warning: chalk.yellow.bold, info: chalk.blue } as const;

/** quiet: one line per problem; normal: the root cause in full, the others with their first fix; verbose: all. */
export type Detail = 'quiet' | 'normal' | 'verbose';

export function renderTerminal(views: FindingView[], t: Messages, lines: number, detail: Detail = 'normal', empty?: NoFindingsView): string {
  const findings = views.map(escapeView); // log text must not drive the terminal
  if (detail === 'quiet') return renderQuiet(findings, t, empty);
  const out: string[] = [];
  out.push(chalk.bold(t('heading')));
  if (findings.length === 0) return [...out, ...renderNoFindings(t, empty), ''].join('\n');
  const problems = findings.filter((f) => f.severity !== 'info');
  const infos = findings.filter((f) => f.severity === 'info');
  problems.forEach((f, i) => {
    const oneLine = f.explainedBy.length > 0 && detail !== 'verbose';
    if (i < 2 || !oneLine) out.push('', i === 0 ? chalk.bold.underline(t('rootCause')) : i === 1 ? chalk.bold.underline(t('alsoFound')) : '');
    // a symptom its root cause explains is one line: fixing the root cause fixes it (--verbose shows it all)
    if (oneLine) out.push(`${MARK[f.severity]()} ${f.title} ${chalk.dim(`[${f.id}] — ${t('explainedBy', { ids: f.explainedBy.join(', ') })}`)}`);
    else out.push(...renderOne(f, t, i === 0 || detail === 'verbose'));
  });
  if (infos.length) {
    out.push('', chalk.bold.underline(t('info')));
    for (const f of infos) {
      out.push(`${MARK.info()} ${f.title} ${chalk.dim(`[${f.id}]`)}`);
      for (const e of f.evidence.slice(0, detail === 'verbose' ? undefined : 1)) out.push(chalk.dim(`    ${labelled(t, t('line', { n: e.line }), e.text)}`));
      out.push(chalk.dim(`    ${f.why}`));
    }
  }
  const count = (s: string): number => findings.filter((f) => f.severity === s).length;
  out.push('', chalk.dim(t('summary', { lines, errors: count('error'), warnings: count('warning'), infos: count('info') })), '');
  return out.filter((l, i, a) => !(l === '' && a[i - 1] === '')).join('\n');
}

function renderOne(f: FindingView, t: Messages, full: boolean): string[] {
  const out = [`${MARK[f.severity]()} ${COLOUR[f.severity](f.title)} ${chalk.dim(`[${f.id}]`)}`];
  if (f.explainedBy.length) out.push(chalk.dim(`  ${aside(t, t('explainedBy', { ids: f.explainedBy.join(', ') })).trimStart()}`));
  if (f.evidence.length) {
    out.push(chalk.bold(`  ${labelled(t, t('evidence'))}`));
    for (const e of f.evidence) out.push(`    ${chalk.dim(`${t('line', { n: String(e.line).padStart(4) })} │`)} ${chalk.cyan(e.text)}`);
  }
  out.push(chalk.bold(`  ${t('why')}${t('colon')}`) + f.why);
  const fixes = full ? f.fixes : f.fixes.slice(0, 1);
  for (const fix of fixes) {
    out.push(chalk.bold(`  ${labelled(t, t('fix'), fix.title)}`) + (fix.auto ? chalk.green(aside(t, t('autoFix'))) : ''));
    fix.steps.forEach((s, i) => out.push(`    ${i + 1}. ${s}`));
    if (fix.link) out.push(chalk.dim(`       ${fix.link}`));
  }
  return out;
}

/** Good news with what the log shows working, or the commands to paste next. */
function renderNoFindings(t: Messages, empty: NoFindingsView | undefined): string[] {
  if (!empty) return ['', chalk.yellow(t('nothingRecognised')), chalk.dim(t('nothingRecognisedHint'))];
  const works = empty.works.length ? ['', chalk.bold(t('works.heading')), ...empty.works.map((w) => `  ${chalk.green('✓')} ${escapeControls(w)}`)] : [];
  if (empty.healthy) return ['', chalk.green.bold(`✓ ${t('healthy')}`), ...works, '', chalk.dim(t('healthyHint'))];
  return ['', chalk.yellow(t('nothingRecognised')), ...works, '', t('next.heading'), ...empty.commands.map((c) => `  ${chalk.cyan(c)}`)];
}

function renderQuiet(findings: FindingView[], t: Messages, empty?: NoFindingsView): string {
  const problems = findings.filter((f) => f.severity !== 'info');
  if (!problems.length) return `${empty?.healthy ? `✓ ${t('healthy')}` : t('nothingRecognisedShort')}\n`;
  return problems.map((f) => `${MARK[f.severity]()} ${f.title} [${f.id}]`).join('\n') + '\n';
}
