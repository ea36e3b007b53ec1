// Runs the rules over the facts of one log or scan and returns the raw findings (unranked).
// One Engine per run: json-rules-engine loses rules when runs overlap on a shared Engine (STACK.md).
import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import type { RuleSpec } from './rule-types.js';
import type { Evidence, SignalHit } from './log-scan.js';
import type { FactMap } from '../facts/derive.js';
import { addOperators } from './operators.js';

export interface RawFinding {
  rule: RuleSpec;
  evidence: Evidence[];
  /** captures of the first evidence signal, used to fill placeholders in texts */
  captures: Record<string, string>;
}

export interface EvaluationInput {
  signals: Map<string, SignalHit[]>;
  facts: FactMap;
}

/** Expands the `{ "signal": "name" }` shorthand into a json-rules-engine condition. */
export function expandConditions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(expandConditions);
  if (!node || typeof node !== 'object') return node;
  const obj = node as Record<string, unknown>;
  if (typeof obj.signal === 'string') return { fact: 'signal', params: { name: obj.signal }, operator: 'equal', value: true };
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, k === 'value' || k === 'params' ? v : expandConditions(v)]));
}

/** The signal and fact names a condition tree mentions. */
export function referencedNames(node: unknown, out = { signals: new Set<string>(), facts: new Set<string>() }) {
  if (Array.isArray(node)) node.forEach((n) => referencedNames(n, out));
  else if (node && typeof node === 'object') {
    const obj = node as Record<string, unknown>;
    if (typeof obj.signal === 'string') out.signals.add(obj.signal);
    if (typeof obj.fact === 'string') out.facts.add(obj.fact);
    const value = obj.value as Record<string, unknown> | undefined;
    if (value && typeof value === 'object' && typeof value.fact === 'string') out.facts.add(value.fact);
    for (const [k, v] of Object.entries(obj)) if (k !== 'value' && k !== 'params') referencedNames(v, out);
  }
  return out;
}

interface PreparedRule {
  spec: RuleSpec;
  conditions: TopLevelCondition;
  signals: Set<string>;
  facts: Set<string>;
}

const prepared = new WeakMap<RuleSpec[], PreparedRule[]>();

function prepare(rules: RuleSpec[]): PreparedRule[] {
  let list = prepared.get(rules);
  if (!list) {
    list = rules.map((spec) => ({ spec, conditions: expandConditions(spec.when) as TopLevelCondition, ...referencedNames(spec.when) }));
    prepared.set(rules, list);
  }
  return list;
}

export async function evaluate(rules: RuleSpec[], input: EvaluationInput): Promise<RawFinding[]> {
  // Only rules that mention something present can fire: this keeps the cost tied to what the log shows,
  // not to the number of rules.
  const candidates = prepare(rules).filter((r) =>
    [...r.signals].some((s) => input.signals.has(s)) || [...r.facts].some((f) => input.facts.has(f)));
  if (candidates.length === 0) return [];

  const engine = new Engine([], { allowUndefinedFacts: true, replaceFactsInEventParams: false });
  addOperators(engine);
  // cache: false: the almanac would hash every params object (hash-it) to cache a Map lookup
  engine.addFact('signal', async (params: Record<string, unknown>) => input.signals.has(String(params.name)), { cache: false });
  for (const [name, fact] of input.facts) engine.addFact(name, fact.value);
  for (const r of candidates) {
    const props: RuleProperties = { name: r.spec.id, conditions: r.conditions, event: { type: r.spec.id } };
    engine.addRule(props);
  }
  const { results } = await engine.run();
  const byId = new Map(candidates.map((r) => [r.spec.id, r.spec]));
  return results.map((res) => {
    const rule = byId.get(res.name as string)!;
    const { evidence, captures } = collectEvidence(res.conditions, input);
    return { rule, evidence, captures };
  });
}

/** Evidence = the lines behind the conditions that held (signals seen, facts used). */
function collectEvidence(root: unknown, input: EvaluationInput): { evidence: Evidence[]; captures: Record<string, string> } {
  const lines = new Map<number, Evidence>();
  let captures: Record<string, string> = {};
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (!node || typeof node !== 'object') return;
    const c = node as Record<string, unknown>;
    if ('not' in c) return; // what is absent has no line to show
    if (typeof c.fact === 'string' && c.result === true) {
      if (c.fact === 'signal') {
        const hits = input.signals.get((c.params as { name: string }).name) ?? [];
        if (Object.keys(captures).length === 0 && hits[0]) captures = hits[0].groups;
        for (const h of hits.slice(0, 3)) lines.set(h.line, { line: h.line, text: h.text });
      } else {
        for (const e of input.facts.get(c.fact)?.evidence ?? []) lines.set(e.line, e);
        const ref = c.value as Record<string, unknown> | undefined;
        if (ref && typeof ref.fact === 'string') for (const e of input.facts.get(ref.fact)?.evidence ?? []) lines.set(e.line, e);
      }
    }
    for (const key of ['all', 'any'] as const) if (Array.isArray(c[key])) visit(c[key]);
  };
  visit(root);
  const evidence = [...lines.values()].filter((e) => e.line > 0).sort((a, b) => a.line - b.line).slice(0, 6);
  return { evidence, captures };
}
