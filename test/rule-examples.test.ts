// Every rule is tested by its own examples (like ESLint's RuleTester): each "match" text must raise the
// rule's finding through the whole pipeline, each "noMatch" text must not.
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../src/engine/load-rules.js';
import { diagnoseText } from '../src/engine/diagnose.js';
import { diagnoseFacts } from '../src/scan/diagnose-scan.js';
import type { RuleExample } from '../src/engine/rule-types.js';

// an example is log text, or { facts } evaluated the way a scan's facts are (derived facts included)
const findingsOf = async (example: RuleExample) =>
  (typeof example === 'string' ? await diagnoseText(example) : await diagnoseFacts(example.facts)).findings;

const { rules } = loadRuleSet();

describe.each(rules.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  it('has examples on both sides', () => {
    expect(rule.examples.match.length).toBeGreaterThan(0);
    expect(rule.examples.noMatch.length).toBeGreaterThan(0);
  });
  it.each(rule.examples.match.map((text, i) => [i, text]))('matches example %i', async (_i, text) => {
    const findings = await findingsOf(text);
    expect(findings.map((f) => f.rule.id)).toContain(id);
    if (typeof text !== 'string') return;
    const mine = findings.find((f) => f.rule.id === id)!;
    // evidence points at real lines of the example
    const lines = text.split('\n');
    for (const e of mine.evidence) expect(lines[e.line - 1]?.trim().length).toBeGreaterThan(0);
  });
  it.each(rule.examples.noMatch.map((text, i) => [i, text]))('does not match counter-example %i', async (_i, text) => {
    const findings = await findingsOf(text);
    expect(findings.map((f) => f.rule.id)).not.toContain(id);
  });
});
