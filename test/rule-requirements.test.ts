// A rule is given to json-rules-engine only when the run has what its conditions cannot hold without
// (rule-requirements.ts, read from the rule itself). Skipping must never change an answer: every corpus log
// gets from evaluate() exactly the rules a full evaluation of every rule holds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newLogScan } from '../src/engine/diagnose.js';
import { candidatesOf, evaluate, expandConditions, type EvaluationInput } from '../src/engine/evaluate.js';
import { loadRuleSet } from '../src/engine/load-rules.js';
import { failsOnMissingFact } from '../src/engine/operators.js';
import { RuleEngine, type RuleDefinition } from '../src/engine/rule-engine.js';
import { meets, needsOf } from '../src/engine/rule-requirements.js';
import type { FactMap } from '../src/facts/derive.js';
import { deriveFacts } from '../src/facts/derive.js';
import { packagePath } from '../src/package-root.js';

const ruleSet = loadRuleSet();
const CORPUS = packagePath('fixtures', 'corpus');

const factMap = (facts: Record<string, unknown>): FactMap =>
  new Map(Object.entries(facts).map(([k, v]) => [k, { value: v as string, evidence: [{ line: 1, text: String(v) }] }]));
const input = (signals: string[], facts: Record<string, unknown>): EvaluationInput =>
  ({ signals: new Map(signals.map((s) => [s, [{ line: 1, text: s, groups: {} }]])), facts: factMap(facts) });

/** Every rule of the set run through json-rules-engine, with no skipping: the names of those that hold. */
async function fullEvaluation(run: EvaluationInput): Promise<string[]> {
  const all: RuleDefinition[] = ruleSet.rules.map((r) => ({ name: r.id, conditions: expandConditions(r.when) as RuleDefinition['conditions'] }));
  const held = await new RuleEngine().run(all, [...run.facts].map(([k, f]) => [k, f.value]), { signal: (p) => run.signals.has(String(p.name)) });
  return held.map((o) => o.name).sort();
}

/** Every leaf condition of the rule files, with the signal shorthand left as it is. */
function leaves(node: unknown, out: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
  if (Array.isArray(node)) node.forEach((n) => leaves(n, out));
  else if (node && typeof node === 'object') {
    const c = node as Record<string, unknown>;
    if (typeof c.fact === 'string') out.push(c);
    for (const key of ['all', 'any', 'not']) if (c[key]) leaves(c[key], out);
  }
  return out;
}

describe('what a rule cannot fire without', () => {
  it('is read from all / any / not: a not, notEqual or exists-false needs nothing', () => {
    expect(needsOf({ all: [{ signal: 'a' }, { not: { signal: 'b' } }, { fact: 'x', operator: 'exists', value: true }] }))
      .toEqual({ all: [{ signal: 'a' }, { fact: 'x' }] });
    expect(needsOf({ any: [{ signal: 'a' }, { all: [{ fact: 'os', operator: 'equal', value: 'windows' }, { fact: 'y', operator: 'versionLessThan', value: '12' }] }] }))
      .toEqual({ any: [{ signal: 'a' }, { all: [{ fact: 'os' }, { fact: 'y' }] }] });
    expect(needsOf({ any: [{ signal: 'a' }, { not: { signal: 'b' } }] })).toBeNull();
    expect(needsOf({ all: [{ fact: 'x', operator: 'notEqual', value: 'linux' }, { fact: 'z', operator: 'exists', value: false }] })).toBeNull();
    // equal against a fact that may be missing holds when both are missing
    expect(needsOf({ all: [{ fact: 'x', operator: 'equal', value: { fact: 'y' } }] })).toBeNull();
  });

  it('meets: every all, one any', () => {
    const needs = needsOf({ all: [{ signal: 'a' }, { any: [{ fact: 'x', operator: 'exists', value: true }, { signal: 'b' }] }] });
    const run = (signals: string[], facts: string[]) => meets(needs, (s) => signals.includes(s), (f) => facts.includes(f));
    expect(run(['a'], [])).toBe(false);
    expect(run(['a'], ['x'])).toBe(true);
    expect(run(['a', 'b'], [])).toBe(true);
    expect(run(['b'], ['x'])).toBe(false);
  });

  it('claims a fact is needed only where json-rules-engine finds the condition false without it', async () => {
    const conditions = ruleSet.rules.flatMap((r) => leaves(r.when));
    // the package's own operators too, with values of each kind
    for (const operator of ['equal', 'notEqual', 'contains', 'doesNotContain', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']) {
      for (const value of [1, '1', true]) conditions.push({ fact: 'x', operator, value });
    }
    let needed = 0;
    for (const c of conditions) {
      if (!failsOnMissingFact(String(c.operator), c.value)) continue;
      needed++;
      const ref = (c.value as { fact?: unknown } | null)?.fact;
      // a right-hand fact (if any) missing, or set to a value of each kind
      for (const other of [undefined, '12', ['12'], 12, false]) {
        const facts: Array<[string, unknown]> = typeof ref === 'string' && other !== undefined ? [[ref, other]] : [];
        const held = await new RuleEngine().run([{ name: 'one', conditions: { all: [c as never] } }], facts, {});
        expect(held, JSON.stringify(c)).toEqual([]);
      }
    }
    expect(needed).toBeGreaterThan(100); // most of the rule files' fact conditions
    // and the ones that can hold without their fact are not claimed
    expect(failsOnMissingFact('notEqual', 'linux')).toBe(false);
    expect(failsOnMissingFact('exists', false)).toBe(false);
  });

  it('skips a rule whose needed fact is absent, and evaluates it once the fact is there', async () => {
    // cudnn-cuda-major-mismatch needs cudnnToolkitMajor and cudnnCudaMajors; a run with one of them mentions it
    const one = input([], { cudnnToolkitMajor: '12' });
    const both = input([], { cudnnToolkitMajor: '12', cudnnCudaMajors: ['11'] });
    expect(candidatesOf(ruleSet.rules, one).map((r) => r.id)).not.toContain('cudnn-cuda-major-mismatch');
    expect(candidatesOf(ruleSet.rules, both).map((r) => r.id)).toContain('cudnn-cuda-major-mismatch');
    expect((await evaluate(ruleSet.rules, both)).map((f) => f.rule.id)).toContain('cudnn-cuda-major-mismatch');
    // a signal rule: zlibwapi-missing needs its signal (or the cuDNN fact), not just the os fact
    expect(candidatesOf(ruleSet.rules, input([], { os: 'windows' })).map((r) => r.id)).not.toContain('zlibwapi-missing');
    expect(candidatesOf(ruleSet.rules, input(['zlibwapi-not-found'], { os: 'windows' })).map((r) => r.id)).toContain('zlibwapi-missing');
  });

  it('gives every corpus log the rules a full evaluation holds, while evaluating far fewer', async () => {
    const logs = readdirSync(CORPUS).filter((f) => f.endsWith('.log')).sort();
    let candidates = 0;
    let held = 0;
    for (const f of logs) {
      const scan = newLogScan(ruleSet);
      scan.add({ text: readFileSync(join(CORPUS, f), 'utf8') });
      const result = scan.finish();
      const run = { signals: result.signals, facts: deriveFacts(result) };
      const ids = (await evaluate(ruleSet.rules, run)).map((r) => r.rule.id).sort();
      expect(ids, f).toEqual(await fullEvaluation(run));
      candidates += candidatesOf(ruleSet.rules, run).length;
      held += ids.length;
    }
    expect(held).toBeGreaterThan(logs.length / 2); // real findings, not empty runs
    expect(candidates).toBeLessThan(ruleSet.rules.length * logs.length / 10);
  }, 120_000);
});
