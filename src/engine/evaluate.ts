// Runs the rules over the facts of one log or scan and returns the raw findings (unranked).
// The json-rules-engine side is built once per rule set and shared by runs (rule-engine.ts).
import type { TopLevelCondition } from 'json-rules-engine';
import type { RuleSpec } from './rule-types.js';
import type { Evidence, SignalHit } from './log-scan.js';
import type { FactMap } from '../facts/derive.js';
import { RuleEngine, type HeldCondition, type RuleDefinition } from './rule-engine.js';
import { meets, needsOf, type Needs } from './rule-requirements.js';

export interface RawFinding {
  rule: RuleSpec;
  evidence: Evidence[];
  /** captures of the first evidence signal, used to fill placeholders in texts */
  captures: Record<string, string>;
  /** the names of the signals it rests on (a fix may be for some of them only: FixSpec.signals) */
  signals: string[];
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

/**
 * What a rule set's conditions say before any log is read: each rule's needs and which rules mention each
 * signal and fact. Plain data, so that the build saves it with the rule set (rule-set-cache.ts): deriving it
 * is ~10 M instructions of every start. Only ever made by deriveConditions().
 */
export interface SavedConditions {
  /** by rule position: what the rule cannot fire without (rule-requirements.ts) */
  needs: Needs[];
  /** rule positions by the signal or fact name their conditions mention */
  bySignal: Array<[string, number[]]>;
  byFact: Array<[string, number[]]>;
}

export function deriveConditions(rules: RuleSpec[]): SavedConditions {
  const bySignal = new Map<string, number[]>();
  const byFact = new Map<string, number[]>();
  const note = (index: Map<string, number[]>, name: string, i: number) => {
    const list = index.get(name);
    if (!list) index.set(name, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  for (const [i, spec] of rules.entries()) {
    const names = referencedNames(spec.when);
    for (const s of names.signals) note(bySignal, s, i);
    for (const f of names.facts) note(byFact, f, i);
  }
  return { needs: rules.map((spec) => needsOf(spec.when)), bySignal: [...bySignal], byFact: [...byFact] };
}

/** A rule set made ready to run: its engine, its conditions' tables, each rule's engine definition once made. */
interface PreparedRuleSet {
  rules: RuleSpec[];
  needs: Needs[];
  bySignal: Map<string, number[]>;
  byFact: Map<string, number[]>;
  engine: RuleEngine;
  /** by rule position, made the first time the rule is a candidate */
  definitions: Array<RuleDefinition | undefined>;
}

const prepared = new WeakMap<RuleSpec[], PreparedRuleSet>();

/** `saved`: deriveConditions() of these same rules, as the build saved it. */
function prepare(rules: RuleSpec[], saved?: SavedConditions): PreparedRuleSet {
  let set = prepared.get(rules);
  if (!set) {
    const { needs, bySignal, byFact } = saved ?? deriveConditions(rules);
    set = { rules, needs, bySignal: new Map(bySignal), byFact: new Map(byFact), engine: new RuleEngine(), definitions: [] };
    prepared.set(rules, set);
  }
  return set;
}

/** The rules that mention a signal or fact this run has and whose requirements it meets, in rule-set order. */
export function candidatesOf(rules: RuleSpec[], input: EvaluationInput): RuleSpec[] {
  return candidateRules(prepare(rules), input).map((i) => rules[i]!);
}

/** Positions of the candidate rules. */
function candidateRules(set: PreparedRuleSet, input: EvaluationInput): number[] {
  // (marks by position, read in order: no set to sort, for every log)
  const picked = new Uint8Array(set.rules.length);
  for (const name of input.signals.keys()) for (const i of set.bySignal.get(name) ?? []) picked[i] = 1;
  for (const name of input.facts.keys()) for (const i of set.byFact.get(name) ?? []) picked[i] = 1;
  const hasSignal = (name: string) => input.signals.has(name);
  const hasFact = (name: string) => input.facts.has(name);
  const candidates: number[] = [];
  for (let i = 0; i < picked.length; i++) if (picked[i] === 1 && meets(set.needs[i]!, hasSignal, hasFact)) candidates.push(i);
  return candidates;
}

function definitionOf(set: PreparedRuleSet, i: number): RuleDefinition {
  const spec = set.rules[i]!;
  return (set.definitions[i] ??= { name: spec.id, conditions: expandConditions(spec.when) as TopLevelCondition });
}

/**
 * The rules that hold, in rule-set order (the order rank() breaks its last ties in, and lists a finding's
 * explainers in). `saved`: the rule set's conditions as the build derived them (RuleSet.conditions), if any.
 */
export async function evaluate(rules: RuleSpec[], input: EvaluationInput, saved?: SavedConditions): Promise<RawFinding[]> {
  // Only rules that mention something present and have what they cannot fire without are given to the
  // engine: this keeps the cost tied to what the log shows, not to the number of rules.
  const set = prepare(rules, saved);
  const candidates = candidateRules(set, input);
  if (candidates.length === 0) return [];

  const facts = [...input.facts].map(([name, fact]): [string, unknown] => [name, fact.value]);
  const outcomes = await set.engine.run(candidates.map((i) => definitionOf(set, i)), facts, {
    signal: (params) => input.signals.has(String(params.name)),
  });
  const byId = new Map(candidates.map((i) => [rules[i]!.id, rules[i]!]));
  return outcomes.map((res) => {
    const rule = byId.get(res.name)!;
    const { evidence, captures, signals } = collectEvidence(res.held, input);
    return { rule, evidence, captures, signals };
  });
}

/** Evidence = the lines behind the conditions that held (signals seen, facts used). */
function collectEvidence(held: HeldCondition[], input: EvaluationInput): { evidence: Evidence[]; captures: Record<string, string>; signals: string[] } {
  const lines = new Map<number, Evidence>();
  let captures: Record<string, string> = {};
  const signals: string[] = [];
  for (const c of held) {
    if (c.fact === 'signal') {
      const name = (c.params as { name: string }).name;
      signals.push(name);
      const hits = input.signals.get(name) ?? [];
      if (Object.keys(captures).length === 0 && hits[0]) captures = hits[0].groups;
      for (const h of hits.slice(0, 3)) lines.set(h.line, { line: h.line, text: h.text });
    } else {
      for (const e of input.facts.get(c.fact)?.evidence ?? []) lines.set(e.line, e);
      const ref = c.value as Record<string, unknown> | undefined;
      if (ref && typeof ref.fact === 'string') for (const e of input.facts.get(ref.fact)?.evidence ?? []) lines.set(e.line, e);
    }
  }
  const evidence = [...lines.values()].filter((e) => e.line > 0).sort((a, b) => a.line - b.line).slice(0, 6);
  return { evidence, captures, signals };
}
