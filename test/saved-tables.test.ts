// What the build saves with the rule set besides the rules (rule-set-cache.ts): the scanner's tables
// (line-scanner.ts SavedPatternIndex) and the conditions' tables (evaluate.ts SavedConditions). Both are made by
// the code that derives them at load when nothing is saved, so a start that reads them must see exactly what
// deriving gives; they travel in the rule set's file, so a changed rule leaves them unused with it.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRulesDir, readRuleFolder } from '../src/engine/load-rules.js';
import { LogScan, scannerIndex, type LogScanResult } from '../src/engine/log-scan.js';
import { LineScanner, type PatternIndex } from '../src/engine/line-scanner.js';
import { deriveConditions, evaluate } from '../src/engine/evaluate.js';
import { readSavedRuleSet, saveRuleSet, type CheckedRules } from '../src/engine/rule-set-cache.js';
import { deriveFacts } from '../src/facts/derive.js';
import { packagePath } from '../src/package-root.js';

/** The rule set as a fresh copy (its own arrays: the scanner and the engine keep their tables per rule set). */
const fresh = (): CheckedRules => JSON.parse(JSON.stringify(readRuleFolder(defaultRulesDir()))) as CheckedRules;
const roundTrip = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Every table a scan reads from an index, by pattern id or literal id. */
function tables<T>(index: PatternIndex<T>) {
  return {
    patterns: index.patterns.length,
    byLiteral: index.byLiteral.map((ps) => ps.map((p) => index.patternIds.get(p))),
    idsByLiteral: index.idsByLiteral,
    alsoOf: index.alsoOf,
    isAlso: [...index.isAlso],
    firstMarker: index.firstMarker,
    initialQuiet: index.initialQuiet && [...index.initialQuiet],
    statesOf: index.acceptingStatesOf(),
    counts: Object.fromEntries(Object.entries(index.settleCounts()).map(([k, v]) => [k, [...v]])),
    literalIds: ['zlibwapi.dll', 'could not load library', 'cudnn'].map((lit) => index.literalIdOf(lit)),
    automaton: index.automaton,
  };
}

// corpus logs spread over the folder: many literals, settled patterns, collected facts
const CORPUS = packagePath('fixtures', 'corpus');
const logs = readdirSync(CORPUS).filter((f) => f.endsWith('.log')).sort().filter((_, i, all) => i % Math.ceil(all.length / 40) === 0)
  .map((f) => readFileSync(join(CORPUS, f), 'utf8'));

function scanWith(index: ReturnType<typeof scannerIndex>, text: string): LogScanResult {
  const scan = new LogScan(new LineScanner(index, 'js'));
  scan.add({ text });
  return scan.finish();
}

describe('the scanner tables saved with the rule set', () => {
  const derivedSet = fresh();
  const derived = scannerIndex(derivedSet.rules, derivedSet.factPatterns);
  const savedSet = fresh();
  const saved = roundTrip(scannerIndex(fresh().rules, fresh().factPatterns).toSaved());
  const read = scannerIndex(savedSet.rules, savedSet.factPatterns, saved);

  it('read back, are the tables deriving gives', () => {
    expect(read).not.toBe(derived);
    expect(tables(read)).toEqual(tables(derived));
    // the byLiteral lists hold this rule set's own patterns
    expect(read.byLiteral.flat().every((p) => read.patterns.includes(p))).toBe(true);
  });

  it('scan the corpus as the derived ones do', () => {
    expect(logs.length).toBeGreaterThan(30);
    let found = 0;
    for (const text of logs) {
      const a = scanWith(derived, text);
      const b = scanWith(read, text);
      expect(b).toEqual(a);
      found += a.signals.size;
    }
    expect(found).toBeGreaterThan(60); // real matches, not empty scans
  });
});

describe('the conditions saved with the rule set', () => {
  it('give every log the findings deriving them gives', async () => {
    const plain = fresh();
    const withSaved = fresh();
    const conditions = roundTrip(deriveConditions(withSaved.rules));
    let findings = 0;
    for (const text of logs) {
      const scan = scanWith(scannerIndex(plain.rules, plain.factPatterns), text);
      const input = { signals: scan.signals, facts: deriveFacts(scan) };
      const a = (await evaluate(plain.rules, input)).map((f) => f.rule.id).sort();
      const b = (await evaluate(withSaved.rules, input, conditions)).map((f) => f.rule.id).sort();
      expect(b).toEqual(a);
      findings += a.length;
    }
    expect(findings).toBeGreaterThan(30);
  });
});

describe('the saved tables and the rule folder', () => {
  it('are read with the rule set, and left unused with it once a rule changes', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'gpu-doctor-saved-tables-'));
    try {
      const dir = join(tmp, 'rules');
      cpSync(defaultRulesDir(), dir, { recursive: true });
      const file = join(tmp, 'rule-set.json');
      const code = join(tmp, 'loader.js');
      writeFileSync(code, '');
      const past = new Date(Date.now() - 60_000);
      utimesSync(code, past, past);
      const set = readRuleFolder(dir);
      const index = scannerIndex(set.rules, set.factPatterns).toSaved();
      const conditions = deriveConditions(set.rules);
      saveRuleSet(dir, { ...set, index, conditions }, file);
      const back = readSavedRuleSet(dir, file, code);
      expect(back?.index).toEqual(roundTrip(index));
      expect(back?.conditions).toEqual(roundTrip(conditions));

      // a rule gains a signal: the saved set, and the tables in it, are not used
      const rule = join(dir, 'zlibwapi-missing.json');
      const spec = JSON.parse(readFileSync(rule, 'utf8')) as { signals: Record<string, unknown> };
      spec.signals['zlib/extra-test-signal'] = { pattern: 'zlibwapi extra test wording' };
      writeFileSync(rule, JSON.stringify(spec, null, 2));
      expect(readSavedRuleSet(dir, file, code)).toBeNull();
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
