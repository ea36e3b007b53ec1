// rule-engine.ts combines the all / any / not of a rule's conditions itself (json-rules-engine evaluates each
// fact condition), so that a run does not deep-clone every rule's tree. It must decide what json-rules-engine's
// own Engine.run decides: the same rules hold, with the same conditions holding (they are the evidence).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine, type RuleResult, type TopLevelCondition } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { newLogScan } from '../src/engine/diagnose.js';
import { expandConditions } from '../src/engine/evaluate.js';
import { loadRuleSet } from '../src/engine/load-rules.js';
import { addOperators } from '../src/engine/operators.js';
import { RuleEngine, type RuleDefinition } from '../src/engine/rule-engine.js';
import { deriveFacts } from '../src/facts/derive.js';
import { packagePath } from '../src/package-root.js';

const ruleSet = loadRuleSet();
const CORPUS = packagePath('fixtures', 'corpus');
const definitions: RuleDefinition[] = ruleSet.rules.map((r) => ({ name: r.id, conditions: expandConditions(r.when) as TopLevelCondition }));

/** What a held rule shows: its name and the fact conditions that held, not under a not, in tree order. */
function shown(name: string, held: Array<{ fact: string; params?: unknown; value?: unknown }>): string {
  return `${name}: ${held.map((c) => `${c.fact}${c.params ? JSON.stringify(c.params) : ''}=${JSON.stringify(c.value)}`).join(' ')}`;
}

/** The fact conditions of a RuleResult's tree that held in branches that held, as rule-engine.ts lists them. */
function heldIn(node: Record<string, unknown>, out: Array<{ fact: string; params?: unknown; value?: unknown }> = []) {
  if ('not' in node) return out;
  // (json-rules-engine writes each all / any's result on it: the leaves of one that failed are no evidence)
  if (('all' in node || 'any' in node) && node.result === false) return out;
  for (const key of ['all', 'any']) if (Array.isArray(node[key])) for (const c of node[key] as Record<string, unknown>[]) heldIn(c, out);
  if (typeof node.fact === 'string' && node.result === true) out.push({ fact: node.fact, params: node.params, value: node.value });
  return out;
}

async function byJsonRulesEngine(facts: Array<[string, unknown]>, signals: Set<string>): Promise<string[]> {
  const engine = new Engine([], { allowUndefinedFacts: true, replaceFactsInEventParams: false });
  addOperators(engine);
  for (const d of definitions) engine.addRule({ name: d.name, conditions: d.conditions, event: { type: d.name } });
  engine.addFact('signal', async (params: Record<string, unknown>) => signals.has(String(params.name)));
  const { results } = await engine.run(Object.fromEntries(facts));
  return (results as RuleResult[]).map((r) => shown(r.name as string, heldIn(r.conditions as unknown as Record<string, unknown>))).sort();
}

// 80 corpus logs, spread over the folder
const logs = readdirSync(CORPUS).filter((f) => f.endsWith('.log')).sort().filter((_, i, all) => i % Math.ceil(all.length / 80) === 0);

describe('rule-engine.ts decides as json-rules-engine does', () => {
  it('holds the same rules, with the same conditions holding, on corpus logs', async () => {
    let held = 0;
    for (const file of logs) {
      const scan = newLogScan(ruleSet);
      scan.add({ text: readFileSync(join(CORPUS, file), 'utf8') });
      const result = scan.finish();
      const facts = [...deriveFacts(result)].map(([name, f]): [string, unknown] => [name, f.value]);
      const signals = new Set(result.signals.keys());
      // every rule, not only the candidates evaluate.ts would pick: the walk must agree on all of them
      const ours = (await new RuleEngine().run(definitions, facts, { signal: (p) => signals.has(String(p.name)) })).map((o) => shown(o.name, o.held)).sort();
      expect(ours, file).toEqual(await byJsonRulesEngine(facts, signals));
      held += ours.length;
    }
    expect(held).toBeGreaterThan(60); // real findings, not empty runs
  });
});

describe('the evidence of a rule that holds', () => {
  // driver-too-old's shape: a message that counts only beside a sign of an NVIDIA GPU, or another message alone
  const rule: RuleDefinition = {
    name: 'guarded',
    conditions: {
      any: [
        { all: [{ fact: 'signal', operator: 'equal', value: true, params: { name: 'weak-message' } }, { any: [{ fact: 'gpuName', operator: 'exists', value: true }, { fact: 'driverVersion', operator: 'exists', value: true }] }] },
        { all: [{ fact: 'signal', operator: 'equal', value: true, params: { name: 'strong-message' } }] },
      ],
    } as TopLevelCondition,
  };
  const run = async (signals: string[], facts: Array<[string, unknown]>) => {
    const seen = new Set(signals);
    return (await new RuleEngine().run([rule], facts, { signal: (p) => seen.has(String(p.name)) })).map((o) => shown(o.name, o.held));
  };

  it('leaves out the guards of a branch that failed (a GPU named is no evidence of the strong message)', async () => {
    expect(await run(['strong-message'], [['gpuName', 'NVIDIA GeForce RTX 3060']])).toEqual(['guarded: signal{"name":"strong-message"}=true']);
  });

  it('keeps the guards of the branch that held, and every branch that held', async () => {
    expect(await run(['weak-message'], [['gpuName', 'NVIDIA GeForce RTX 3060']])).toEqual(['guarded: signal{"name":"weak-message"}=true gpuName=true']);
    expect(await run(['weak-message', 'strong-message'], [['driverVersion', '535.54']])).toEqual(['guarded: signal{"name":"weak-message"}=true driverVersion=true signal{"name":"strong-message"}=true']);
  });

  it('decides as json-rules-engine does', async () => {
    const engine = new Engine([], { allowUndefinedFacts: true, replaceFactsInEventParams: false });
    addOperators(engine);
    engine.addRule({ name: rule.name, conditions: rule.conditions, event: { type: rule.name } });
    engine.addFact('signal', async (params: Record<string, unknown>) => String(params.name) === 'strong-message');
    const { results } = await engine.run({ gpuName: 'NVIDIA GeForce RTX 3060' });
    expect((results as RuleResult[]).map((r) => shown(r.name as string, heldIn(r.conditions as unknown as Record<string, unknown>)))).toEqual(await run(['strong-message'], [['gpuName', 'NVIDIA GeForce RTX 3060']]));
  });
});
