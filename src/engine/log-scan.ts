// Runs every signal and fact pattern of the rule set over a decoded log and keeps only small results:
// a few hits per signal and one value per fact (json-rules-engine must never see the raw log).
import type { FactPatternSpec, PatternSpec, RuleSpec } from './rule-types.js';
import { compilePattern, LineScanner, PatternIndex, type CompiledPattern, type LineMatch, type SavedPatternIndex } from './line-scanner.js';
import type { DecodedChunk } from '../input/read-log.js';
import { PASTE_SAMPLE_BYTES, PasteNormaliser } from './paste-normaliser.js';
import type { Evidence, FactValue, RawFacts } from '../facts/raw.js';
import { utf8Bytes } from './utf8-bytes.js';
import { bufferView } from '../input/buffer-view.js';

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
/**
 * A collecting pattern (GPU names…) is settled once its last this-many matches in a row added no value: a
 * training log names the same GPU on every step. What this can miss: a further value first seen after that
 * many repeats of the known ones (a second GPU named only after 1,000 lines naming the first).
 */
export const MAX_REPEATS = 1000;
const MAX_EVIDENCE_TEXT = 400;

// Compiling the automaton and the regexes costs more than scanning a pasted log, so it is done once per rule set.
const compiledSets = new WeakMap<RuleSpec[], WeakMap<FactPatternSpec[], PatternIndex<PatternTag>>>();

export function compileScanner(rules: RuleSpec[], factPatterns: FactPatternSpec[], saved?: SavedPatternIndex): LineScanner<PatternTag> {
  return new LineScanner(scannerIndex(rules, factPatterns, saved));
}

/**
 * The compiled patterns and literal automaton of a rule set (built once per rule set). `saved`: the tables
 * the build derived for exactly these rules (rule-set-cache.ts), used instead of deriving them again.
 */
export function scannerIndex(rules: RuleSpec[], factPatterns: FactPatternSpec[], saved?: SavedPatternIndex): PatternIndex<PatternTag> {
  let byFacts = compiledSets.get(rules);
  if (!byFacts) compiledSets.set(rules, (byFacts = new WeakMap()));
  let index = byFacts.get(factPatterns);
  if (!index) byFacts.set(factPatterns, (index = compilePatternIndex(rules, factPatterns, saved)));
  return index;
}

function compilePatternIndex(rules: RuleSpec[], factPatterns: FactPatternSpec[], saved: SavedPatternIndex | undefined): PatternIndex<PatternTag> {
  const compiled: CompiledPattern<PatternTag>[] = [];
  for (const rule of rules) {
    for (const [name, spec] of Object.entries(rule.signals ?? {})) {
      for (const p of (Array.isArray(spec) ? spec : [spec]) as PatternSpec[]) compiled.push(compilePattern(p, { kind: 'signal', name }));
    }
  }
  for (const spec of factPatterns) compiled.push(compilePattern(spec, { kind: 'fact', spec }));
  return saved ? PatternIndex.fromSaved(compiled, saved) : new PatternIndex(compiled);
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
  /** matches in a row that added no value, by collecting pattern */
  private readonly repeats = new Map<FactPatternSpec, number>();

  /** undoes how the log was pasted (JSON strings, a column, wrapped lines); null: not needed; undefined: not decided yet */
  private paste: PasteNormaliser | null | undefined;
  /** the first chunks, held until there is enough of the log to tell how it was pasted */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private finished = false;

  constructor(private readonly scanner: LineScanner<PatternTag>) {}

  add(chunk: DecodedChunk): void {
    // UTF-8 input arrives as bytes and is scanned without being decoded; other chunks carry text, encoded here
    const bytes = chunk.bytes ? bufferView(chunk.bytes) : utf8Bytes(chunk.text);
    if (this.paste === undefined) {
      this.pendingBytes += bytes.length;
      // (a reader's chunk held past this call is copied: a file reader reuses its buffer, read-log.ts DecodedChunk)
      this.pending.push(this.pendingBytes < PASTE_SAMPLE_BYTES && chunk.bytes ? Buffer.from(bytes) : bytes);
      if (this.pendingBytes >= PASTE_SAMPLE_BYTES) this.decide();
      return;
    }
    this.scan(this.paste ? this.paste.push(bytes) : bytes);
  }

  /** The result; a second call returns it again (the scanner's arrays went back to its index on the first). */
  finish(): LogScanResult {
    if (this.finished) return this.result;
    this.finished = true;
    if (this.paste === undefined) this.decide();
    if (this.paste) this.scan(this.paste.end());
    this.result.lines = this.scanner.lines + (this.paste?.fewerLines ?? 0);
    this.scanner.release();
    return this.result;
  }

  /** Tells from the first chunks how the log was pasted, and scans them. */
  private decide(): void {
    const first = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending);
    this.pending = [];
    const { normaliser, text } = PasteNormaliser.of(first);
    this.paste = normaliser;
    this.scan(text);
  }

  private scan(bytes: Uint8Array): void {
    this.scanner.scanBytes(bytes, (m) => this.record(m));
  }

  /** Records a match; returns true when later matches of this pattern could not change the result. */
  private record(m: LineMatch<PatternTag>): boolean {
    const line = this.paste ? this.paste.pastedLine(m.line) : m.line;
    const evidence: Evidence = { line, text: m.text.length > MAX_EVIDENCE_TEXT ? m.text.slice(0, MAX_EVIDENCE_TEXT) + '…' : m.text };
    const tag = m.pattern.tag;
    if (tag.kind === 'signal') {
      let hits = this.result.signals.get(tag.name);
      if (!hits) this.result.signals.set(tag.name, (hits = []));
      if (hits.length < MAX_HITS_PER_SIGNAL && !hits.some((h) => h.line === line)) {
        hits.push({ line, text: evidence.text, groups: { ...m.groups } });
        // a full signal takes no more hits from any of its patterns: all of them are settled, not only this one
        if (hits.length >= MAX_HITS_PER_SIGNAL) for (const p of signalPatterns(this.scanner.patterns).get(tag.name)!) this.scanner.settle(p);
      }
      return hits.length >= MAX_HITS_PER_SIGNAL;
    }
    const spec = tag.spec;
    // the constant values first, then the named groups that matched (a group's value replaces a constant's)
    let added = false;
    const groups = m.groups;
    if (spec.set) {
      for (const name in spec.set) {
        const group = Object.hasOwn(groups, name) ? groups[name] : undefined;
        if (this.recordFact(spec, name, group !== undefined && group !== '' ? group.trim() : spec.set[name]!, evidence)) added = true;
      }
    }
    for (const name in groups) {
      const value = groups[name];
      if (value !== undefined && value !== '' && !(spec.set && name in spec.set) && this.recordFact(spec, name, value.trim(), evidence)) added = true;
    }
    if (spec.collect) return this.collectingSettled(spec, added);
    // a fact pattern is settled once every fact it can give holds a value of at least its weight (a later
    // match of equal weight never replaces one), whichever pattern gave it
    if (added) this.settleDecided(spec, groups);
    return factSettled(spec, this.result.facts);
  }

  /** Records one value of a fact pattern; returns whether it added a value or replaced one. */
  private recordFact(spec: FactPatternSpec, name: string, value: string | number | boolean, evidence: Evidence): boolean {
    if (spec.collect) {
      let entry = this.result.collected.get(name);
      if (!entry) this.result.collected.set(name, (entry = { values: [], evidence: [] }));
      const v = String(value);
      if (entry.values.includes(v) || entry.values.length >= MAX_COLLECTED) return false;
      entry.values.push(v);
      entry.evidence.push(evidence);
      return true;
    }
    const weight = spec.weight ?? 1;
    const old = this.result.facts.get(name);
    if (old && weight <= old.weight) return false;
    this.result.facts.set(name, { value, weight, evidence });
    return true;
  }

  /** A collecting pattern is settled when its lists are full, or after MAX_REPEATS matches adding nothing. */
  private collectingSettled(spec: FactPatternSpec, added: boolean): boolean {
    const repeats = added ? 0 : (this.repeats.get(spec) ?? 0) + 1;
    this.repeats.set(spec, repeats);
    return repeats >= MAX_REPEATS || factNames(spec).every((name) => (this.result.collected.get(name)?.values.length ?? 0) >= MAX_COLLECTED);
  }

  /** Settles every fact pattern whose facts other patterns have decided (among those giving a fact just recorded). */
  private settleDecided(spec: FactPatternSpec, groups: Record<string, string>): void {
    const deciding = decidingPatterns(this.scanner.patterns);
    for (const name of factNames(spec)) {
      if (!(spec.set && name in spec.set) && !groups[name]) continue; // not recorded by this match
      for (const p of deciding.get(name) ?? []) {
        if (p.tag.kind === 'fact' && !this.scanner.isSettled(p) && factSettled(p.tag.spec, this.result.facts)) this.scanner.settle(p);
      }
    }
  }

}

type PatternsByName = Map<string, CompiledPattern<PatternTag>[]>;
const signalPatternsOf = new WeakMap<readonly CompiledPattern<PatternTag>[], PatternsByName>();
const decidingOf = new WeakMap<readonly CompiledPattern<PatternTag>[], PatternsByName>();

/** By signal name, the patterns that give it (once per rule set). */
function signalPatterns(patterns: readonly CompiledPattern<PatternTag>[]): PatternsByName {
  return byName(signalPatternsOf, patterns, (tag) => (tag.kind === 'signal' ? [tag.name] : []));
}

/** By fact name, the fact patterns that keep one value of it (settled once others decided their facts); once per rule set. */
function decidingPatterns(patterns: readonly CompiledPattern<PatternTag>[]): PatternsByName {
  return byName(decidingOf, patterns, (tag) => (tag.kind !== 'fact' || tag.spec.collect ? [] : factNames(tag.spec)));
}

/** The patterns listed under each of the names `namesOf` gives them, made once per rule set (kept in `memo`). */
function byName(memo: WeakMap<readonly CompiledPattern<PatternTag>[], PatternsByName>, patterns: readonly CompiledPattern<PatternTag>[], namesOf: (tag: PatternTag) => string[]): PatternsByName {
  let map = memo.get(patterns);
  if (!map) {
    map = new Map();
    for (const p of patterns) {
      for (const name of namesOf(p.tag)) {
        const list = map.get(name);
        if (list) list.push(p);
        else map.set(name, [p]);
      }
    }
    memo.set(patterns, map);
  }
  return map;
}

/** Whether every fact a (non-collecting) pattern can give already holds a value of at least its weight. */
function factSettled(spec: FactPatternSpec, facts: Map<string, FactValue>): boolean {
  const weight = spec.weight ?? 1;
  return factNames(spec).every((name) => (facts.get(name)?.weight ?? -Infinity) >= weight);
}
