// Resolves ranked findings into what presenters show, in one language: texts with their placeholders
// filled from the evidence and the facts. Presenters only format this; they never decide.
import { findingOfRule, type RankedFinding } from '../engine/rank.js';
import { REASONS_SLOT, type FixSpec, type Lang, type RuleSpec, type Severity } from '../engine/rule-types.js';
import type { FactMap } from '../facts/derive.js';
import type { Evidence } from '../engine/log-scan.js';
import { contextOf, fits, stepCondition } from './context.js';
import { commandValues, fitCommands, fitsVersions } from './commands.js';
import { messages } from '../i18n/messages.js';

export interface FixView {
  title: string;
  steps: string[];
  auto: boolean;
  risk?: string;
  link?: string;
}

export interface FindingView {
  id: string;
  severity: Severity;
  title: string;
  why: string;
  evidence: Evidence[];
  fixes: FixView[];
  explainedBy: string[];
}

/** "{{lib}}" or "{{lib|the library}}": a capture of the evidence, else a fact, else the default. */
export function fillPlaceholders(text: string, captures: Record<string, string>, facts: FactMap): string {
  return text.replace(/\{\{(\w+)(?:\|([^}]*))?\}\}/g, (_all, name: string, fallback?: string) => {
    const fromCapture = captures[name];
    if (fromCapture) return fromCapture;
    const fact = facts.get(name)?.value;
    if (fact !== undefined && fact !== '') return Array.isArray(fact) ? fact.join(', ') : String(fact);
    return fallback ?? name;
  });
}

/** Whether the finding rests on one of these signals (those a scoped fix or reason is for). */
const restsOn = (finding: RankedFinding, signals: string[]): boolean => signals.some((s) => finding.signals.includes(s));

/**
 * A fix for some messages of a family (FixSpec.signals) is for the findings that rest on one of them; a fix without
 * signals is for every finding of its rule. When the finding rests on none that a scoped fix names (a facts-only
 * branch, a sibling message), it gets the rule's unscoped fixes, and every fix only when the rule has none, so that
 * a finding is never left without advice and never shown the cure of a message it does not show. A fix whose
 * `unlessSignals` the finding rests on (another device's message) is not shown.
 */
function fixesForSignals(fixes: FixSpec[], finding: RankedFinding): FixSpec[] {
  // a fix for another device's message (unlessSignals) is out first: its cure would be wrong there
  const forDevice = fixes.filter((fix) => !fix.unlessSignals || !restsOn(finding, fix.unlessSignals));
  const forSeen = (fix: FixSpec) => !fix.signals || restsOn(finding, fix.signals);
  const shown = forDevice.filter(forSeen);
  return shown.length > 0 ? shown : forDevice.length > 0 ? forDevice : fixes;
}

/**
 * The rule's why in one language, its {{reasons}} slot (RuleSpec.reasons) filled with the reasons for the signals
 * the finding rests on, in the rule's order; when it rests on none that a reason names (a facts-only branch), with
 * the rule's general reason (empty `signals`) if it has one, else with all of them; all of them for a rule shown
 * without a log (`every: 'fix'`).
 */
function whyFor(rule: RuleSpec, finding: RankedFinding, lang: Lang, every: 'fix' | 'scoped', gap: string): string {
  const why = rule.why[lang];
  if (!rule.reasons) return why;
  const seen = every === 'fix' ? [] : rule.reasons.filter((r) => restsOn(finding, r.signals));
  const general = every === 'fix' ? [] : rule.reasons.filter((r) => r.signals.length === 0);
  const shown = seen.length > 0 ? seen : general.length > 0 ? general : rule.reasons;
  return why.replace(REASONS_SLOT, shown.map((r) => r.text[lang]).join(gap));
}

/**
 * The findings in one language, with the fixes that fit the machine (context.ts) and the messages seen (`every: 'fix'`:
 * all the rule's fixes, for a rule shown without a log). An explained symptom
 * gets no fixes of its own: fixing its root cause fixes it, and its own steps could contradict the root cause's.
 */
export function viewFindings(findings: RankedFinding[], facts: FactMap, lang: Lang, every: 'fix' | 'scoped' = 'scoped'): FindingView[] {
  const ctx = contextOf(facts);
  const t = messages(lang);
  // exact commands for the versions seen (commands.ts): the evidence's captures still win; computed for the
  // first text with a placeholder (they read the knowledge tables)
  let computed: Record<string, string> | undefined;
  return findings.map((f) => {
    const fill = (s: string): string => (s.includes('{{') ? fillPlaceholders(s, { ...(computed ??= commandValues(facts, t)), ...f.captures }, facts) : s);
    const fixes = f.explainedBy.length ? [] : (every === 'fix' ? f.rule.fixes : fixesForSignals(f.rule.fixes, f)).filter((fix) => fits(fix.contexts, ctx));
    return {
      id: f.rule.id,
      severity: f.severity,
      title: fill(f.rule.title[lang]),
      why: fill(whyFor(f.rule, f, lang, every, t('sentenceGap'))),
      evidence: f.evidence,
      fixes: fixes.map((fix) => ({
        title: fill(fix.title[lang]),
        steps: fitCommands(fix.steps[lang].filter((s) => fits(stepCondition(s), ctx) && fitsVersions(s, facts)).map(fill), facts, t),
        auto: fix.auto ?? false,
        ...(fix.risk ? { risk: fix.risk } : {}),
        ...(fix.link ? { link: fix.link } : {}),
      })),
      explainedBy: f.explainedBy,
    };
  });
}

/** A rule as a finding with no log behind it (`explain`, the bot's and the web API's page for an id): every fix shows. */
export function viewRule(rule: RuleSpec, lang: Lang): FindingView {
  return viewFindings([findingOfRule(rule)], new Map(), lang, 'fix')[0]!;
}
