// --markdown: for pasting into a GitHub issue or a chat.
import type { FindingView } from './view.js';
import { labelled, type Messages } from '../i18n/messages.js';
import { escapeView } from './escape.js';

const ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const;

/** Evidence goes into code spans; backticks in it must not break out. */
const code = (s: string): string => '`' + s.replace(/`/g, "'") + '`';

export function renderMarkdown(views: FindingView[], t: Messages): string {
  const findings = views.map(escapeView); // read in terminals and pasted into issues: no live control characters
  const out: string[] = [`### ${t('heading')}`, ''];
  if (findings.length === 0) return [...out, t('nothingRecognised'), '', t('nothingRecognisedHint'), ''].join('\n');
  findings.forEach((f, i) => {
    const label = i === 0 && f.severity !== 'info' ? `**${labelled(t, t('rootCause'))}** ` : '';
    if (f.explainedBy.length) {
      // an explained symptom is one line: its root cause's fix fixes it
      out.push(`- ${ICON[f.severity]} ${f.title} (\`${f.id}\`) — _${t('explainedBy', { ids: f.explainedBy.join(', ') })}_`, '');
      return;
    }
    out.push(`#### ${ICON[f.severity]} ${label}${f.title} (\`${f.id}\`)`);
    for (const e of f.evidence) out.push(`- ${labelled(t, t('line', { n: e.line }), code(e.text))}`);
    out.push('', `**${labelled(t, t('why'))}** ${f.why}`, '');
    if (f.severity !== 'info') {
      for (const fix of f.fixes) {
        out.push(`**${labelled(t, t('fix'), fix.title)}**`, '');
        fix.steps.forEach((s, n) => out.push(`${n + 1}. ${s}`));
        if (fix.link) out.push('', fix.link);
        out.push('');
      }
    }
  });
  out.push(`<sub>${t('markdownFooter')}</sub>`, '');
  return out.join('\n');
}
