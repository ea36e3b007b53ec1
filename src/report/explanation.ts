// `explain ID`: one finding laid out as reference text (what it is, why it happens, every fix), not as a
// diagnosis of an empty log.
import chalk from 'chalk';
import type { FindingView } from './view.js';
import { aside, labelled, type Messages } from '../i18n/messages.js';

export function renderExplanation(f: FindingView, t: Messages): string {
  const out = [chalk.bold(`${f.title}`), chalk.dim(`${f.id} · ${t(`severity.${f.severity}`)}`), ''];
  out.push(chalk.bold(labelled(t, t('why'))), `  ${f.why}`);
  f.fixes.forEach((fix, i) => {
    out.push('', chalk.bold(labelled(t, `${t('fix')} ${f.fixes.length > 1 ? `${i + 1}` : ''}`.trimEnd(), fix.title)) + (fix.auto ? chalk.green(aside(t, t('autoFix'))) : ''));
    fix.steps.forEach((s, j) => out.push(`  ${j + 1}. ${s}`));
    if (fix.link) out.push(chalk.dim(`     ${fix.link}`));
  });
  return out.join('\n') + '\n';
}
