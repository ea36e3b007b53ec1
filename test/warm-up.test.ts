// warmUp() (src/service/warm-up.ts): a long-lived process pays rule loading and regex compilation before its
// first user, so that user's diagnosis is as fast as any later one.
import { describe, expect, it } from 'vitest';
import { warmUp, warmUpLogs } from '../src/service/warm-up.js';
import { diagnoseText } from '../src/engine/diagnose.js';
import { loadRuleSet } from '../src/engine/load-rules.js';
import { cpuTimer } from './lag-meter.js';

const LOG = "2023-05-02 10:11:12.123456: W tensorflow/stream_executor/platform/default/dso_loader.cc:64] Could not load dynamic library 'cudart64_110.dll'; dlerror: cudart64_110.dll not found\n";

describe('warmUp', () => {
  it('reads the rule set\'s own examples: one log per rule, each example twice (a repeat takes the line memo\'s path)', () => {
    const ruleSet = loadRuleSet();
    const logs = warmUpLogs(ruleSet);
    const withText = ruleSet.rules.filter((r) => [...r.examples.match, ...r.examples.noMatch].some((e) => typeof e === 'string'));
    expect(logs.perRule).toHaveLength(withText.length);
    const rule = ruleSet.rules.find((r) => r.id === 'cuda-runtime-missing')!;
    const example = rule.examples.match.find((e): e is string => typeof e === 'string')!;
    const own = logs.perRule[withText.indexOf(rule)]!;
    expect(own.split(example)).toHaveLength(3);
    expect(logs.allTwice.split(example).length).toBeGreaterThanOrEqual(3);
  });

  it('diagnoses the rule set\'s examples and leaves the engine ready', async () => {
    const ms = await warmUp();
    expect(ms).toBeGreaterThan(0);
    const t = cpuTimer();
    const d = await diagnoseText(LOG);
    const first = t.stop();
    expect(d.findings.map((f) => f.rule.id)).toContain('cuda-runtime-missing');
    // the first diagnosis after the warm-up costs what a later one does, not the compile (tens of ms); in CPU time,
    // which a loaded machine does not stretch as it does the wall clock
    const later: number[] = [];
    for (let i = 0; i < 5; i++) { const t2 = cpuTimer(); await diagnoseText(LOG); later.push(t2.stop()); }
    expect(first).toBeLessThan(Math.max(...later) * 5 + 20);
  });
});
