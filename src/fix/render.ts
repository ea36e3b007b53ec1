// Text for people: the plan (each action, what it changes, its risk), the result, the verification, the
// list of fix runs — in the user's language (locales/fix/<lang>.json through `t`).
import type { Plan } from './types.js';
import type { Verification } from './verify.js';
import type { RunRecord } from './journal.js';
import { fixMessages, type Messages } from './messages.js';
import { findingsLeft } from './machine-check.js';
import { localTime } from '../i18n/local-time.js';

const line = (text: string): string => `${text}\n`;

export function renderPlan(plan: Plan, findings: number, t: Messages = fixMessages()): string {
  if (!findings) return line(t('plan.noFindings'));
  if (!plan.items.length) return line(t('plan.informational'));
  const out: string[] = [t('plan.heading')];
  for (const item of plan.items) {
    const risk = t(item.status === 'manual' ? 'risk.manual' : `risk.${item.risk}`);
    const status = t(`status.${item.status}`);
    out.push(`  ${t('plan.item', { risk, id: item.findingId, title: item.title })}`);
    out.push(`      ${item.note ? t('plan.statusNote', { status, note: item.note }) : t('plan.status', { status })}`);
  }
  if (plan.changes.length) {
    out.push('', t('plan.changes', { count: plan.changes.length }));
    for (const c of plan.changes) out.push(...c.preview.map((l) => `  ${l}`));
  } else {
    // nothing to change is good news only when nothing is left for the user either
    const refused = plan.items.filter((i) => i.status === 'refused').length;
    const left = findingsLeft(plan.items).length;
    out.push('', refused ? t('plan.refusedEnd', { count: refused }) : left ? t('plan.manualEnd', { count: left }) : t('plan.noChange'));
  }
  return out.join('\n') + '\n';
}

export function renderVerification(v: Verification, t: Messages = fixMessages()): string {
  const out: string[] = [];
  if (v.gone.length) out.push(t('verify.gone', { ids: v.gone.join(', ') }));
  if (v.remaining.length) out.push(t('verify.remaining', { ids: v.remaining.join(', ') }));
  return out.join('\n') + (out.length ? '\n' : '');
}

export function renderRuns(runs: RunRecord[], t: Messages = fixMessages()): string {
  if (!runs.length) return line(t('runs.none'));
  const rows = runs.map((r) => {
    const when = r.start ? localTime(r.start.time) : '?';
    const left = r.intents.filter((i) => !i.reverted).length;
    const state = r.unsigned ? t('runs.unsigned') : r.undone ? t('runs.undone', { time: localTime(r.undone) })
      : left < r.intents.length ? t('runs.partlyUndone', { left }) : t(`runs.${r.status}`);
    const what = r.intents.map((i) => (i.change.kind === 'file' ? i.change.path : i.change.kind === 'registry' ? `HKCU\\Environment\\${i.change.name}` : `pip ${i.change.args.join(' ')}`));
    const bad = r.bad.length && !r.unsigned ? [t('runs.badLines', { count: r.bad.length, lines: r.bad.map((b) => `${b.line} (${b.reason})`).join(', ') })] : [];
    return [`${String(r.run).padStart(4)}  ${when}  ${state}  ${r.start?.findings.join(', ') ?? ''}`, ...what.map((w) => `        ${w}`), ...bad].join('\n');
  });
  return [t('runs.heading'), ...rows].join('\n') + '\n';
}
