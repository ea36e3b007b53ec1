// Runs every signal and fact pattern of the rule set over a decoded log and keeps only small results:
// a few hits per signal and one value per fact (json-rules-engine must never see the raw log).
import type { FactPatternSpec, PatternSpec, RuleSpec } from './rule-types.js';
import { compilePattern, LineScanner, PatternIndex, type CompiledPattern, type LineMatch } from './line-scanner.js';
import type { DecodedChunk } from '../input/read-log.js';
import type { Evidence, FactValue, RawFacts } from '../facts/raw.js';

export type { Evidence, FactValue } from '../facts/raw.js';

export interface SignalHit extends Evidence {
  groups: Record<string, string>;
}

export interface LogScanResult extends RawFacts {
  signals: Map<string, SignalHit[]>;
  lines: number;
}

type PatternTag = { kind: 'signal'; name: string } | { kind: 'fact'; spec: FactPatternSpec };

// evidence quotes at most the first three hits of a signal
const MAX_HITS_PER_SIGNAL = 3;
const MAX_COLLECTED = 16;
const MAX_EVIDENCE_TEXT = 400;

// Compiling the automaton and the regexes costs more than scanning a pasted log, so it is done once per rule set.
const compiledSets = new WeakMap<RuleSpec[], WeakMap<FactPatternSpec[], PatternIndex<PatternTag>>>();

export function compileScanner(rules: RuleSpec[], factPatterns: FactPatternSpec[]): LineScanner<PatternTag> {
  let byFacts = compiledSets.get(rules);
  if (!byFacts) compiledSets.set(rules, (byFacts = new WeakMap()));
  let index = byFacts.get(factPatterns);
  if (!index) byFacts.set(factPatterns, (index = compilePatternIndex(rules, factPatterns)));
  return new LineScanner(index);
}

function compilePatternIndex(rules: RuleSpec[], factPatterns: FactPatternSpec[]): PatternIndex<PatternTag> {
  const compiled: CompiledPattern<PatternTag>[] = [];
  for (const rule of rules) {
    for (const [name, spec] of Object.entries(rule.signals ?? {})) {
      for (const p of (Array.isArray(spec) ? spec : [spec]) as PatternSpec[]) compiled.push(compilePattern(p, { kind: 'signal', name }));
    }
  }
  for (const spec of factPatterns) compiled.push(compilePattern(spec, { kind: 'fact', spec }));
  return new PatternIndex(compiled);
}

const factNamesOf = new WeakMap<FactPatternSpec, string[]>();

/** The facts a pattern can give: its named groups and its constant `set` keys. */
function factNames(spec: FactPatternSpec): string[] {
  let names = factNamesOf.get(spec);
  if (!names) {
    names = [...new Set([...spec.pattern.matchAll(/\(\?<([A-Za-z_$][\w$]*)>/g)].map((m) => m[1]!).concat(Object.keys(spec.set ?? {})))];
    factNamesOf.set(spec, names);
  }
  return names;
}

export class LogScan {
  private readonly result: LogScanResult = { signals: new Map(), facts: new Map(), collected: new Map(), lines: 0 };

  constructor(private readonly scanner: LineScanner<PatternTag>) {}

  add(chunk: DecodedChunk): void {
    // UTF-8 input arrives as bytes and is scanned without being decoded; other chunks carry text
    if (chunk.bytes) this.scanner.scanBytes(chunk.bytes, (m) => this.record(m));
    else this.scanner.scan(chunk.text, (m) => this.record(m));
  }

  finish(): LogScanResult {
    this.result.lines = this.scanner.lines;
    return this.result;
  }

  /** Records a match; returns true when later matches of this pattern could not change the result. */
  private record(m: LineMatch<PatternTag>): boolean {
    const evidence: Evidence = { line: m.line, text: m.text.length > MAX_EVIDENCE_TEXT ? m.text.slice(0, MAX_EVIDENCE_TEXT) + '…' : m.text };
    const tag = m.pattern.tag;
    if (tag.kind === 'signal') {
      const hits = this.result.signals.get(tag.name) ?? [];
      if (hits.length < MAX_HITS_PER_SIGNAL && !hits.some((h) => h.line === m.line)) hits.push({ ...evidence, groups: m.groups });
      this.result.signals.set(tag.name, hits);
      return hits.length >= MAX_HITS_PER_SIGNAL;
    }
    const spec = tag.spec;
    const weight = spec.weight ?? 1;
    const values: Record<string, string | number | boolean> = { ...(spec.set ?? {}) };
    for (const [name, value] of Object.entries(m.groups)) if (value !== undefined && value !== '') values[name] = value.trim();
    for (const [name, value] of Object.entries(values)) {
      if (spec.collect) {
        const entry = this.result.collected.get(name) ?? { values: [], evidence: [] };
        const v = String(value);
        if (!entry.values.includes(v) && entry.values.length < MAX_COLLECTED) {
          entry.values.push(v);
          entry.evidence.push(evidence);
        }
        this.result.collected.set(name, entry);
        continue;
      }
      const old = this.result.facts.get(name);
      if (!old || weight > old.weight) this.result.facts.set(name, { value, weight, evidence });
    }
    // a fact pattern is settled once every fact it can give holds a value of at least its weight (a later
    // match of equal weight never replaces one); collected facts keep gathering
    if (spec.collect) return false;
    return factNames(spec).every((name) => (this.result.facts.get(name)?.weight ?? -Infinity) >= weight);
  }
}
