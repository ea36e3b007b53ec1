// Text for people: the plan (each action, what it changes, its risk), the result, the verification.
import type { Plan } from './types.js';
import type { Verification } from './verify.js';
import type { RunRecord } from './journal.js';

const STATUS: Record<string, string> = { pending: 'will apply', done: 'already done', manual: 'manual step', skipped: 'not applied' };

export function renderPlan(plan: Plan, findings: number): string {
  const out: string[] = [];
  if (!findings) return 'No problem found: nothing to fix.\n';
  if (!plan.items.length) return 'Nothing to do: the findings here are informational.\n';
  out.push('Plan:');
  for (const item of plan.items) {
    out.push(`  [${item.status === 'manual' ? 'manual' : item.risk}] ${item.findingId}: ${item.title}`);
    out.push(`      ${STATUS[item.status]}${item.note ? ` — ${item.note}` : ''}`);
  }
  if (plan.changes.length) {
    out.push('', `Changes (${plan.changes.length}; each is journaled and backed up first, \`gpu-doctor undo\` takes them back):`);
    for (const c of plan.changes) out.push(...c.preview.map((l) => `  ${l}`));
  } else out.push('', 'No change needed.');
  return out.join('\n') + '\n';
}

export function renderVerification(v: Verification): string {
  const out: string[] = [];
  if (v.gone.length) out.push(`Fixed (no longer found): ${v.gone.join(', ')}`);
  if (v.remaining.length) out.push(`Still found: ${v.remaining.join(', ')} (environment changes reach new terminals only; open one and run gpu-doctor scan)`);
  return out.join('\n') + (out.length ? '\n' : '');
}

export function renderRuns(runs: RunRecord[]): string {
  if (!runs.length) return 'No fix runs recorded.\n';
  return runs.map((r) => {
    const when = r.start?.time ?? '?';
    const state = r.undone ? `undone ${r.undone}` : r.status;
    const what = r.intents.map((i) => (i.change.kind === 'file' ? i.change.path : i.change.kind === 'registry' ? `HKCU\\Environment\\${i.change.name}` : `pip ${i.change.args.join(' ')}`));
    return `${String(r.run).padStart(4)}  ${when}  ${state}  ${r.start?.findings.join(', ') ?? ''}\n${what.map((w) => `        ${w}`).join('\n')}`;
  }).join('\n') + '\n';
}
