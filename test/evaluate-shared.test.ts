// The rules' engine is built once per rule set and shared by every run in a process (rule-engine.ts): the web
// server and the bot diagnose several logs at once. Runs that overlap must give what each gives alone: no
// rule lost when another run finishes first, no fact of one log seen by another.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnoseScan, newLogScan } from '../src/engine/diagnose.js';
import { evaluate } from '../src/engine/evaluate.js';
import { loadRuleSet } from '../src/engine/load-rules.js';
import type { LogScanResult } from '../src/engine/log-scan.js';
import { packagePath } from '../src/package-root.js';

const ruleSet = loadRuleSet();
const CORPUS = packagePath('fixtures', 'corpus');

function scanOf(text: string): LogScanResult {
  const scan = newLogScan(ruleSet);
  scan.add({ text });
  return scan.finish();
}

/** What a run decides: the findings in order, each with its severity and evidence lines. */
const summary = (d: Awaited<ReturnType<typeof diagnoseScan>>) =>
  d.findings.map((f) => `${f.rule.id}:${f.severity}:${f.evidence.map((e) => e.line).join(',')}`);

// 60 corpus logs, spread over the folder, so the runs hold different signals and facts
const logs = readdirSync(CORPUS).filter((f) => f.endsWith('.log')).sort().filter((_, i, all) => i % Math.ceil(all.length / 60) === 0);
const scans = logs.map((f) => scanOf(readFileSync(join(CORPUS, f), 'utf8')));

describe('one engine shared by overlapping runs', () => {
  it('gives each log, run alongside the others, the findings it gets alone', async () => {
    const alone: string[][] = [];
    for (const scan of scans) alone.push(summary(await diagnoseScan(scan, ruleSet)));
    expect(alone.filter((s) => s.length > 0).length).toBeGreaterThan(40); // real findings, not empty runs
    expect(new Set(alone.map((s) => s.join(' '))).size).toBeGreaterThan(20); // and different ones

    for (let round = 0; round < 3; round++) {
      // each round starts the runs in another order, so they finish in other orders
      const order = scans.map((_, i) => i).sort((a, b) => ((a * (round + 7)) % 13) - ((b * (round + 7)) % 13) || a - b);
      const together = await Promise.all(order.map((i) => diagnoseScan(scans[i]!, ruleSet).then((d) => [i, summary(d)] as const)));
      for (const [i, s] of together) expect(s, logs[i]).toEqual(alone[i]);
    }
  });

  it('does not let a fact of one run reach another', async () => {
    // torchvision-torch-mismatch needs both facts: the first run has them, the second only one
    const fact = (value: string) => ({ value, evidence: [{ line: 1, text: 'torchvision 0.15.2' }] });
    const both = { signals: new Map(), facts: new Map([['torchvisionMinor', fact('0.15')], ['torchvisionExpectedMinor', fact('0.16')]]) };
    const one = { signals: new Map(), facts: new Map([['torchvisionMinor', fact('0.15')]]) };
    const [first, second] = await Promise.all([evaluate(ruleSet.rules, both), evaluate(ruleSet.rules, one)]);
    expect(first.map((f) => f.rule.id)).toContain('torchvision-torch-mismatch');
    expect(second.map((f) => f.rule.id)).not.toContain('torchvision-torch-mismatch');
    // and after it, the same rule set still sees the first run's facts only in the first run
    expect((await evaluate(ruleSet.rules, one)).map((f) => f.rule.id)).not.toContain('torchvision-torch-mismatch');
  });
});
