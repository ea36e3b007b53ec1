// Findings → plan. Each fix of a finding that carries an `action` becomes plan items (what, why, risk); the
// items that change something become Changes computed against the machine's current state, so the plan is
// the exact edit (what --dry-run prints) and an item already in place is marked done (re-running is a no-op).
import { existsSync } from 'node:fs';
import { fileState, sameState } from './files.js';
import { builders, type Built } from './builders.js';
import { fillTemplate } from './facts.js';
import { planUnixEnv } from './env-unix.js';
import { planWindowsEnv } from './env-windows.js';
import { installedVersions } from './pip.js';
import { FINDING_ACTIONS } from './finding-actions.js';
import { parseRequirement, satisfies } from './requirement.js';
import type { FixHost } from './host.js';
import type { Action, ActionSpec, EnvAction, FactLookup, FixFinding, Plan, PlanItem, PlannedChange, Risk, ScanResult } from './types.js';
import { describeCondition, fitsMachine, where } from './machine-check.js';
import type { FixSpec, Lang } from '../engine/rule-types.js';
import { FixError, fixMessages, localise, type Messages } from './messages.js';

export interface PlanOptions {
  /** limit to one finding id */
  only?: string;
  /** also apply actions of risk `workaround` (they are always shown) */
  workarounds?: boolean;
  /** the language of the plan's titles, notes and previews (default English) */
  lang?: Lang;
  /** this machine's facts: a fix meant for other systems (its `contexts`) is refused here */
  machine?: FactLookup;
  /** why no automatic fix may be applied (a log from another machine): each such fix is refused with these lines */
  refused?: string[];
}

const isEnv = (a: Action): a is EnvAction => a.kind === 'path-add' || a.kind === 'env-set' || a.kind === 'env-unset';

function fixRisk(fix: FixSpec, spec: ActionSpec): Risk {
  if (spec.risk) return spec.risk;
  return fix.risk === 'caution' || fix.risk === 'workaround' ? fix.risk : 'safe';
}

/** A template action with its {{placeholders}} filled; a missing fact makes it not applicable. */
function fillAction(spec: Action, fill: (s: string) => string | undefined): Action | { missing: string } {
  const strings: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(spec)) {
    if (k === 'risk' || k === 'contexts') continue;
    if (typeof v === 'string') {
      const out = fill(v);
      if (out === undefined) return { missing: v };
      strings[k] = out;
    } else if (Array.isArray(v)) {
      const out = v.map((x) => (typeof x === 'string' ? fill(x) : x));
      const bad = out.findIndex((x) => x === undefined);
      if (bad >= 0) return { missing: String(v[bad]) };
      strings[k] = out;
    } else strings[k] = v;
  }
  return strings as Action;
}

async function resolveFix(finding: FixFinding, fix: FixSpec, scan: ScanResult, host: FixHost, t: Messages, lang: Lang): Promise<(Built | { skipped: string; title: string })[]> {
  const spec = fix.action;
  if (!spec) return [];
  const risk = fixRisk(fix, spec);
  if ('builder' in spec) {
    const build = builders[spec.builder];
    if (!build) return [{ skipped: t('note.unknownBuilder', { name: spec.builder }), title: titleOf(fix, lang) }];
    return (await build({ finding, facts: scan.facts, host, risk, t })).map((b) => ({ ...b, risk: b.risk === 'safe' ? risk : b.risk }));
  }
  let missing: string | undefined;
  let rejected: string | undefined;
  const action = fillAction(spec, (s) => {
    const r = fillTemplate(s, scan.facts, finding.captures ?? {}, host, t);
    if (r.missing) missing ??= r.missing;
    if (r.rejected) rejected ??= r.rejected;
    return r.text;
  });
  // a folder that may not be used: the user does this step, told why
  if (rejected) return [{ action: { kind: 'manual', text: titleOf(fix, lang), ...(fix.link ? { link: fix.link } : {}) }, risk, note: rejected }];
  if ('missing' in action) return [{ skipped: t('note.missingFact', { fact: missing ?? '' }), title: titleOf(fix, lang) }];
  return [{ action, risk }];
}

/** The finding's fixes that carry an action; else the actions src/fix/finding-actions.ts knows for its id. */
function fixesWithActions(finding: FixFinding): FixSpec[] {
  const own = finding.fixes.filter((f) => f.action);
  if (own.length) return own;
  const title = finding.fixes[0]?.title ?? { en: finding.id, 'zh-CN': finding.id };
  return (FINDING_ACTIONS[finding.id] ?? []).map((action) => ({ title, steps: { en: [], 'zh-CN': [] }, auto: true, action, ...(action.contexts ? { contexts: action.contexts } : {}) }));
}

const titleOf = (fix: FixSpec, lang: Lang): string => fix.title[lang] ?? fix.title.en;

export function describeAction(a: Action, t: Messages = fixMessages()): string {
  switch (a.kind) {
    case 'copy-file': return t(a.mode === 'symlink' ? 'action.link' : 'action.copy', { from: a.from, to: a.to });
    case 'path-add': return t('action.pathAdd', { entry: a.entry, variable: a.variable });
    case 'env-set': return t('action.envSet', { name: a.name, value: a.value });
    case 'env-unset': return t('action.envUnset', { name: a.name });
    case 'pip': return `${a.python} -m pip ${a.args.join(' ')}`;
    case 'manual': return a.link ? t('action.manualLink', { text: a.text, link: a.link }) : a.text;
  }
}

export async function buildPlan(scan: ScanResult, host: FixHost, opts: PlanOptions = {}): Promise<Plan> {
  const lang = opts.lang ?? 'en';
  const t = fixMessages(lang);
  const items: PlanItem[] = [];
  for (const finding of scan.findings) {
    if (opts.only && finding.id !== opts.only) continue;
    const before = items.length;
    for (const fix of fixesWithActions(finding)) {
      // not for this machine, or from a log this machine contradicts: refused before anything is looked up
      const refusal = opts.refused?.length ? opts.refused.join('; ')
        : opts.machine && fix.contexts && !fitsMachine(fix.contexts, opts.machine) ? t('note.notForMachine', { systems: describeCondition(fix.contexts, t), here: where(opts.machine, t) }) : undefined;
      if (refusal) {
        items.push({ findingId: finding.id, title: titleOf(fix, lang), risk: fix.action && 'risk' in fix.action && fix.action.risk ? fix.action.risk : 'safe', action: { kind: 'manual', text: titleOf(fix, lang) }, status: 'refused', note: refusal });
        continue;
      }
      for (const r of await resolveFix(finding, fix, scan, host, t, lang)) {
        if ('skipped' in r) {
          items.push({ findingId: finding.id, title: r.title, risk: 'safe', action: { kind: 'manual', text: titleOf(fix, lang), ...(fix.link ? { link: fix.link } : {}) }, status: 'skipped', note: r.skipped });
          continue;
        }
        const item: PlanItem = { findingId: finding.id, title: describeAction(r.action, t), risk: r.risk, action: r.action, status: 'pending', ...(r.note ? { note: r.note } : {}) };
        if (r.action.kind === 'manual') item.status = 'manual';
        else if (r.risk === 'workaround' && !opts.workarounds) { item.status = 'skipped'; item.note = t('note.workaround'); }
        items.push(item);
      }
    }
    // nothing automatic: the rule's fixes for this kind of machine are the manual steps (an info finding
    // needs nothing; a symptom explained by a root cause found here is fixed with it)
    if (items.length === before && finding.severity !== 'info' && !finding.explainedBy?.some((id) => scan.findings.some((f) => f.id === id))) {
      for (const fix of finding.fixes.filter((f) => fitsMachine(f.contexts, scan.facts))) {
        items.push({ findingId: finding.id, title: titleOf(fix, lang), risk: 'safe', action: { kind: 'manual', text: titleOf(fix, lang), ...(fix.link ? { link: fix.link } : {}) }, status: 'manual', ...(fix.link ? { note: fix.link } : {}) });
      }
    }
  }
  const changes: PlannedChange[] = [];
  await planEnv(items, host, changes, t);
  planFiles(items, changes, t);
  await planPip(items, host, changes, t);
  return { items, changes };
}

async function planEnv(items: PlanItem[], host: FixHost, changes: PlannedChange[], t: Messages): Promise<void> {
  const env = items.filter((i) => i.status === 'pending' && isEnv(i.action));
  if (!env.length) return;
  const actions = env.map((i) => ({ action: i.action as EnvAction, findingId: i.findingId }));
  if (host.os === 'windows') {
    if (!host.registry) throw new FixError('error.noRegistry');
    const p = await planWindowsEnv(actions, host.registry, t);
    env.forEach((item, k) => {
      if (p.skipped[k]) { item.status = 'skipped'; item.note = p.skipped[k]; } else if (p.done[k]) item.status = 'done';
    });
    changes.push(...p.changes);
  } else {
    const p = planUnixEnv(actions, host, t);
    env.forEach((item, k) => { if (p.done[k]) item.status = 'done'; item.note ??= t('note.where', { where: p.where }); });
    changes.push(...p.changes);
  }
}

function planFiles(items: PlanItem[], changes: PlannedChange[], t: Messages): void {
  const seen = new Set<string>();
  for (const item of items) {
    const a = item.action;
    if (item.status !== 'pending' || a.kind !== 'copy-file') continue;
    if (!existsSync(a.from)) { item.status = 'skipped'; item.note = t('note.sourceMissing', { path: a.from }); continue; }
    if (seen.has(a.to)) { item.status = 'done'; continue; }
    seen.add(a.to);
    const before = fileState(a.to);
    const src = fileState(a.from);
    const after = a.mode === 'symlink' ? { type: 'symlink' as const, target: a.from } : src;
    if (sameState(before, after) || (a.mode !== 'symlink' && before.type === 'file' && src.type === 'file' && before.sha256 === src.sha256)) { item.status = 'done'; continue; }
    changes.push({
      change: { kind: 'file', op: a.mode === 'symlink' ? 'symlink' : 'copy', path: a.to, from: a.from, before, after },
      preview: [t(a.mode === 'symlink' ? 'preview.link' : 'preview.copy', { from: a.from }), t(before.type === 'absent' ? 'preview.toNew' : 'preview.toBackup', { to: a.to })],
      findingIds: [item.findingId],
    });
  }
}

async function planPip(items: PlanItem[], host: FixHost, changes: PlannedChange[], t: Messages): Promise<void> {
  for (const item of items) {
    const a = item.action;
    if (item.status !== 'pending' || a.kind !== 'pip') continue;
    let before: Record<string, string | null>;
    try {
      before = await installedVersions(host.run, a.python, a.packages);
    } catch (err) {
      item.status = 'skipped'; item.note = localise(err, t); continue;
    }
    // already satisfied: every requirement on the command line matches what is installed
    const reqs = requirementArgs(a.args).map(parseRequirement);
    if (a.args[0] === 'install' && reqs.length && reqs.every((r) => r && r.specs.length && before[r.name] != null && satisfies(before[r.name]!, r.specs))) {
      item.status = 'done'; continue;
    }
    changes.push({
      change: { kind: 'pip', python: a.python, args: a.args, packages: a.packages, before },
      preview: [t('preview.pipRun', { command: `${a.python} -m pip ${a.args.join(' ')}` }), t('preview.pipNow', { list: a.packages.map((p) => `${p} ${before[p] ?? t('preview.pipNotInstalled')}`).join(', ') })],
      findingIds: [item.findingId],
    });
  }
}

const OPTIONS_WITH_VALUE = new Set(['-i', '--index-url', '--extra-index-url', '-f', '--find-links', '-c', '--constraint', '-r', '--requirement', '-t', '--target']);

/** The requirement arguments of `pip install …` (not the command, not options or their values). */
export function requirementArgs(args: string[]): string[] {
  const out: string[] = [];
  for (let k = args[0] === 'install' ? 1 : 0; k < args.length; k++) {
    const x = args[k]!;
    if (OPTIONS_WITH_VALUE.has(x)) { k++; continue; }
    if (!x.startsWith('-')) out.push(x);
  }
  return out;
}
