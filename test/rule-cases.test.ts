// Rule tests the way Semgrep's `ruleid:` and ESLint's RuleTester work: rules/tests/<id>.txt holds log lines,
// each under an annotation saying which signal must fire on it (`# ruleid: SIGNAL`), must not (`# ok: SIGNAL`), or
// which fact it gives (`# fact: NAME` or `# fact: NAME=VALUE`). Every alternative of every pattern must be
// exercised by a case: a rule example or a `ruleid:` / `fact:` line (format: docs/RULES.md, "Rule tests").
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RegExpParser } from '@eslint-community/regexpp';
import { loadRuleSet } from '../src/engine/load-rules.js';
import { compileScanner, LogScan, type LogScanResult } from '../src/engine/log-scan.js';
import { cleanLine } from '../src/engine/line-scanner.js';
import { packagePath } from '../src/package-root.js';
import type { PatternSpec } from '../src/engine/rule-types.js';

interface Case {
  file: string;
  /** 1-based line of the case in its file */
  at: number;
  kind: 'ruleid' | 'ok' | 'fact';
  name: string;
  value?: string;
  text: string;
}

const set = loadRuleSet();
const DIR = packagePath('rules', 'tests');
const GAPS_FILE = join(DIR, 'gaps.json');

/** Parses a case file: annotations apply to the next line that is not an annotation or comment. */
function parseCases(file: string, text: string): Case[] {
  const out: Case[] = [];
  let pending: Array<Omit<Case, 'text' | 'at'>> = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const ann = /^#\s*(ruleid|ok|fact):\s*(.+)$/.exec(line);
    if (ann) {
      for (const item of ann[2]!.split(',').map((s) => s.trim()).filter(Boolean)) {
        const [name, value] = item.split('=');
        pending.push({ file, kind: ann[1] as Case['kind'], name: name!.trim(), value: value?.trim() });
      }
      return;
    }
    if (line.startsWith('#') || line.trim() === '') return;
    out.push(...pending.map((p) => ({ ...p, at: i + 1, text: line })));
    pending = [];
  });
  return out;
}

const cases = existsSync(DIR)
  ? readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort().flatMap((f) => parseCases(f, readFileSync(join(DIR, f), 'utf8')))
  : [];

function scanLine(text: string): LogScanResult {
  const scan = new LogScan(compileScanner(set.rules, set.factPatterns));
  scan.add({ text });
  return scan.finish();
}

const signals = new Map<string, PatternSpec[]>(set.rules.flatMap((r) => Object.entries(r.signals ?? {}).map(([n, s]) => [n, [s].flat() as PatternSpec[]] as const)));

describe('rule cases (rules/tests/*.txt)', () => {
  it('name only signals that exist and rule files that exist', () => {
    const ids = new Set(set.rules.map((r) => r.id));
    for (const c of cases) {
      if (c.kind !== 'fact') expect(signals.has(c.name), `${c.file}:${c.at} names unknown signal ${c.name}`).toBe(true);
      expect(ids.has(c.file.replace(/\.txt$/, '')), `${c.file}: no rule of that id`).toBe(true);
    }
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((c) => [`${c.file}:${c.at} ${c.kind} ${c.name}`, c] as const))('%s', (_label, c) => {
    const result = scanLine(c.text);
    if (c.kind === 'ruleid') expect(result.signals.has(c.name), `expected ${c.name} on: ${c.text}`).toBe(true);
    else if (c.kind === 'ok') expect(result.signals.has(c.name), `expected no ${c.name} on: ${c.text}`).toBe(false);
    else {
      const values = [String(result.facts.get(c.name)?.value ?? ''), ...(result.collected.get(c.name)?.values ?? [])].filter(Boolean);
      expect(values.length, `expected fact ${c.name} from: ${c.text}`).toBeGreaterThan(0);
      if (c.value !== undefined) expect(values).toContain(c.value);
    }
  });
});

/** Lines a case exercises: cleaned, and each joined with the next (patterns are retried on joined lines). */
function caseLines(texts: string[]): string[] {
  return texts.flatMap((t) => {
    const lines = t.split('\n').map(cleanLine);
    return lines.flatMap((l, i) => [l, `${l} ${lines[i + 1] ?? ''}`]);
  });
}

/** The top-level alternatives of a pattern that no line matches. */
function unexercised(spec: PatternSpec, lines: string[]): string[] {
  const ast = new RegExpParser().parsePattern(spec.pattern, 0, spec.pattern.length, { unicode: (spec.flags ?? '').includes('u') });
  return ast.alternatives.map((a) => a.raw).filter((raw) => {
    const re = new RegExp(raw, (spec.flags ?? 'i').replace(/[gy]/g, ''));
    return !lines.some((l) => re.test(l));
  });
}

describe('coverage: every alternative of every pattern is exercised by a case', () => {
  const exampleLines = caseLines(set.rules.flatMap((r) => r.examples.match.filter((e): e is string => typeof e === 'string')));
  const missing: string[] = [];
  for (const rule of set.rules) {
    const own = caseLines(rule.examples.match.filter((e): e is string => typeof e === 'string'));
    for (const [name, specs] of Object.entries(rule.signals ?? {})) {
      const lines = [...own, ...caseLines(cases.filter((c) => c.kind === 'ruleid' && c.name === name).map((c) => c.text))];
      for (const spec of [specs].flat() as PatternSpec[]) for (const alt of unexercised(spec, lines)) missing.push(`${rule.id} ${name}: ${alt}`);
    }
  }
  const factLines = [...exampleLines, ...caseLines(cases.filter((c) => c.kind === 'fact' || c.kind === 'ruleid').map((c) => c.text))];
  for (const spec of set.factPatterns) for (const alt of unexercised(spec, factLines)) missing.push(`facts ${Object.keys(spec.set ?? {}).join(',') || '(captures)'}: ${alt}`);

  // Alternatives without a case yet are listed in rules/tests/gaps.json: the list may only shrink. A new
  // alternative without a case fails here, naming it; a listed one that gained a case must leave the list.
  const gaps = new Set<string>(existsSync(GAPS_FILE) ? (JSON.parse(readFileSync(GAPS_FILE, 'utf8')) as { unexercised: string[] }).unexercised : []);

  it('has a case for every alternative not listed as a known gap', () => {
    expect(missing.filter((m) => !gaps.has(m))).toEqual([]);
  });

  it('lists no gap that is covered now (remove it from rules/tests/gaps.json)', () => {
    const now = new Set(missing);
    expect([...gaps].filter((g) => !now.has(g))).toEqual([]);
  });
});
