// The rule set as a whole: one rule per finding id of ../shared/signatures.md, every `explains` names a rule,
// every signal a rule refers to is defined somewhere, and a malformed rule file is a one-line error.
import { existsSync, mkdtempSync, readFileSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearRuleCache, loadRuleSet, RuleFileError } from '../src/engine/load-rules.js';
import { packagePath } from '../src/package-root.js';

const { rules } = loadRuleSet();
const ids = new Set(rules.map((r) => r.id));
const SIGNATURES = join(packagePath(), '..', 'shared', 'signatures.md');

describe('the rule set', () => {
  it.runIf(existsSync(SIGNATURES))('has a rule for every id in shared/signatures.md', () => {
    const listed = [...readFileSync(SIGNATURES, 'utf8').matchAll(/^\| ([a-z0-9]+(?:-[a-z0-9]+)+) \|/gm)].map((m) => m[1]!);
    expect(listed.length).toBeGreaterThanOrEqual(48);
    expect(listed.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('names only existing rules in "explains", and no rule explains itself', () => {
    for (const rule of rules) {
      for (const id of rule.explains ?? []) {
        expect(ids.has(id), `${rule.id} explains unknown ${id}`).toBe(true);
        expect(id).not.toBe(rule.id);
      }
    }
  });

  it('has no cycle of explanations (a root cause and its symptom cannot explain each other)', () => {
    const explains = new Map(rules.map((r) => [r.id, r.explains ?? []]));
    const cycles: string[] = [];
    const visit = (id: string, path: string[]): void => {
      for (const next of explains.get(id) ?? []) {
        if (path.includes(next)) cycles.push([...path, next].join(' → '));
        else visit(next, [...path, next]);
      }
    };
    for (const id of explains.keys()) visit(id, [id]);
    expect(cycles).toEqual([]);
  });

  it('keeps benign messages informational: *-info ids are never errors', () => {
    for (const rule of rules.filter((r) => r.id.endsWith('-info'))) expect(rule.severity).toBe('info');
  });

  it('turns a malformed rule file into a RuleFileError naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gpu-doctor-rules-'));
    try {
      cpSync(packagePath('rules'), dir, { recursive: true });
      writeFileSync(join(dir, 'zlibwapi-missing.json'), '{ "id": "zlibwapi-missing", ');
      clearRuleCache();
      expect(() => loadRuleSet(dir)).toThrow(RuleFileError);
      expect(() => loadRuleSet(dir)).toThrow(/zlibwapi-missing\.json is not valid JSON/);
      writeFileSync(join(dir, 'zlibwapi-missing.json'), JSON.stringify({ ...rules.find((r) => r.id === 'zlibwapi-missing'), when: { any: [{ signal: 'no-such-signal' }] } }));
      clearRuleCache();
      expect(() => loadRuleSet(dir)).toThrow(/unknown signal "no-such-signal"/);
      // AND-literals must be implied by the pattern like any literal list
      const zlib = rules.find((r) => r.id === 'zlibwapi-missing')!;
      const [name, spec] = Object.entries(zlib.signals!)[0]!;
      const one = Array.isArray(spec) ? spec[0]! : spec;
      writeFileSync(join(dir, 'zlibwapi-missing.json'), JSON.stringify({ ...zlib, signals: { ...zlib.signals, [name]: { pattern: one.pattern, alsoLiterals: ['nowhere'] } } }));
      clearRuleCache();
      expect(() => loadRuleSet(dir)).toThrow(/"alsoLiterals": \["nowhere"\] are not implied by the pattern/);
    } finally {
      clearRuleCache();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
