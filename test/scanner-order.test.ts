// A line's candidate patterns run in rule-file order (pattern ids), whatever literals guard them: which of a
// signal's patterns quotes a line (and with which named groups), and which value a fact keeps or lists first,
// must not change when a pattern's prefilter literals change (derived instead of hand-written, a literal
// longer or shorter), nor between the JavaScript and the WebAssembly byte loops.
import { describe, expect, it } from 'vitest';
import { compilePattern, LineScanner, PatternIndex } from '../src/engine/line-scanner.js';
import { LogScan, scannerIndex } from '../src/engine/log-scan.js';
import { defaultRulesDir, readRuleFolder } from '../src/engine/load-rules.js';
import { checkPattern } from '../src/engine/pattern-check.js';
import type { FactPatternSpec, PatternSpec } from '../src/engine/rule-types.js';

type Tag = { kind: 'signal'; name: string } | { kind: 'fact'; spec: FactPatternSpec };

// torch's OOM message as printed before 1.13 (fixtures/corpus/ra-invoke22-3050-4gb-oom-97.log, line 7)
const OOM = 'RuntimeError: CUDA out of memory. Tried to allocate 128.00 MiB (GPU 0; 4.00 GiB total capacity; 3.34 GiB already allocated; 0 bytes free; 3.36 GiB reserved in total by PyTorch) If reserved memory is >> allocated memory try setting max_split_size_mb to avoid fragmentation.  See documentation for Memory Management and PYTORCH_CUDA_ALLOC_CONF';
const LOG = ['>> Current embedding manager terms: *', '>> Setting Sampler to k_heun', '', OOM, '', '>> Could not generate image.', ''].join('\n');

/** The patterns in this order, one signal ('s') and one fact (`size`, weight 1 each), with these literals. */
function scanOf(literals: string[][], prefilter: 'js' | 'wasm') {
  const specs: PatternSpec[] = [
    { literals: literals[0]!, pattern: 'cuda out of memory\\. tried to allocate (?<size>[\\d.]+ ?[kmgt]i?b)' },
    { literals: literals[1]!, pattern: '\\bout of memory\\b(?<rest>.{0,8})' },
  ];
  const compiled = [
    ...specs.map((spec) => compilePattern<Tag>(spec, { kind: 'signal', name: 's' })),
    ...specs.map((spec) => compilePattern<Tag>(spec, { kind: 'fact', spec: spec as FactPatternSpec })),
  ];
  return new LogScan(new LineScanner(new PatternIndex(compiled), prefilter));
}

describe('the order a line\'s patterns run in', () => {
  // literal lists that give the first pattern a longer, a shorter, a later-seen or an earlier-seen literal
  const arrangements: Array<[string, string[][]]> = [
    ['first pattern: longer literal', [['cuda out of memory'], ['out of memory']]],
    ['first pattern: shorter literal', [['cuda'], ['out of memory']]],
    ['both patterns: one shared literal', [['out of memory'], ['out of memory']]],
    ['first pattern: two literals, one shared', [['tried to allocate', 'out of memory'], ['out of memory']]],
  ];
  for (const prefilter of ['js', 'wasm'] as const) {
    for (const [name, literals] of arrangements) {
      it(`follows the file, not the literals (${name}; ${prefilter})`, () => {
        const scan = scanOf(literals, prefilter);
        scan.add({ text: LOG });
        const result = scan.finish();
        // the signal's one hit on line 4 is the first pattern's, with its group
        expect(result.signals.get('s')).toEqual([{ line: 4, text: OOM, groups: { size: '128.00 MiB' } }]);
        // both fact patterns match with weight 1: the first one's values are kept
        expect(result.facts.get('size')?.value).toBe('128.00 MiB');
        expect(result.facts.get('rest')?.value).toBe('. Tried');
      });
    }
  }

  it('keeps the OOM amount of gpu-out-of-memory/msg when its hand-written literals are replaced by derived ones', () => {
    // the rule set as shipped, and a copy whose signal patterns carry the literals derived from their regexes
    const shipped = readRuleFolder(defaultRulesDir());
    const derived = readRuleFolder(defaultRulesDir());
    const patterns = derived.rules.find((r) => r.id === 'gpu-out-of-memory')!.signals!['gpu-out-of-memory/msg'] as PatternSpec[];
    let changed = 0;
    for (const p of patterns) {
      const verdict = checkPattern(p.pattern, p.flags ?? 'i');
      if ('problem' in verdict) throw new Error(verdict.problem);
      if (JSON.stringify(verdict.literals) !== JSON.stringify(p.literals)) changed++;
      p.literals = verdict.literals;
    }
    // (the first pattern's derived literals are longer than the tail pattern's 'out of memory': by literal rank
    // the tail pattern, which captures no amount, would quote the line first)
    expect(changed).toBeGreaterThan(0);
    for (const set of [shipped, derived]) {
      for (const prefilter of ['js', 'wasm'] as const) {
        const scan = new LogScan(new LineScanner(scannerIndex(set.rules, set.factPatterns), prefilter));
        scan.add({ text: LOG });
        const hits = scan.finish().signals.get('gpu-out-of-memory/msg');
        expect(hits?.map((h) => [h.line, h.groups.amount])).toEqual([[4, '128.00 MiB']]);
      }
    }
  });
});
