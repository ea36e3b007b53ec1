// Every pattern runs in linear time (issue 10 item 1): the loader refuses a pattern whose quantifiers can
// backtrack against each other, naming it and an attack string; the patterns that were super-linear keep
// running fast on the lines that stalled them; and a fuzz pass runs every shipped pattern on 64 KB lines made
// of runs of the characters its quantifiers accept, next to its literals, under a fixed budget of CPU time.
import { cpuTimer } from './lag-meter.js';
import { describe, expect, it } from 'vitest';
import { RegExpParser, visitRegExpAST, type AST } from '@eslint-community/regexpp';
import { loadRuleSet, RuleFileError } from '../src/engine/load-rules.js';
import { withRuleFolder } from './rule-folder.js';
import { slowness } from '../src/engine/linear/analyse.js';
import type { PatternSpec } from '../src/engine/rule-types.js';

const set = loadRuleSet();
const all: Array<{ where: string; spec: PatternSpec }> = [
  ...set.rules.flatMap((r) => Object.entries(r.signals ?? {}).flatMap(([name, s]) => (Array.isArray(s) ? s : [s]).map((spec) => ({ where: `${r.id} ${name}`, spec })))),
  ...set.factPatterns.map((spec, i) => ({ where: `facts[${i}]`, spec })),
];
const regexOf = (spec: PatternSpec) => new RegExp(spec.pattern, (spec.flags ?? 'i').replace(/[gy]/g, ''));

/** CPU milliseconds one exec takes (cpuTimer: the wall clock only where the system has no CPU figure). */
function timeExec(re: RegExp, line: string): number {
  const cpu = cpuTimer();
  re.exec(line);
  return cpu.stop();
}

/**
 * CPU budget of one pattern on one 64 KB line: a linear pattern takes a few ms (150 ms for one with a bounded
 * look-behind at every position); a quadratic one takes seconds, a cubic one hours.
 */
const BUDGET_MS = 1000;

describe('the loader', () => {
  it('refuses a super-linear pattern in a rule folder, naming the pattern and an attack string', () => {
    withRuleFolder((folder) => {
      folder.setSignal({ pattern: 'could not locate zlibwapi\\s*:?\\s*\\.dll' });
      expect(() => folder.load()).toThrow(RuleFileError);
      expect(() => folder.load()).toThrow(/zlibwapi-missing\.json .*could not locate zlibwapi.*super-linear: \\s\* against \\s\*.*"could not locate zlibwapi" \+ 10000 × " " \+ "!"/);
    });
  });
});

// The patterns issue 10 found super-linear, as they were, and the line that stalls each.
const WAS_SLOW: Array<{ signal: string; old: string; attack: string }> = [
  {
    signal: 'gpu-not-used/false-line',
    old: "^\\s*(?:>>>\\s*)?(?:out\\[\\d+\\]:\\s*)?(?:it\\s+)?(?:(?:always|still)\\s+)?(?:returns?|returned|gives|prints?|outputs?|shows?)?\\s*:?\\s*['\\\"`]?false(?:\\\\n)?['\\\"`]?[.,]?\\s*$",
    attack: ' '.repeat(8000) + 'false!',
  },
  {
    signal: 'tk-cmake-nvcc-missing',
    old: 'failed to find nvcc|could not find nvcc|no cmake_cuda_compiler could be found|compiler requires the cuda toolkit|cmake_cuda_compiler\\s*:?\\s*\\S{0,200}nvcc(?:\\.exe)?\\s+is not a full path to an existing compiler',
    attack: 'CMAKE_CUDA_COMPILER' + '\t'.repeat(60000) + '!',
  },
  {
    signal: 'lib-cuda11-present',
    old: '\\bcuda[\\s_-]*(?:toolkit)?[\\s_=-]*v?11\\.[1-9](?![\\d.])',
    attack: 'cuda' + '_'.repeat(60000) + '!',
  },
];

describe('patterns that were super-linear', () => {
  const signals = new Map(set.rules.flatMap((r) => Object.entries(r.signals ?? {})));
  it.each(WAS_SLOW.map((c) => [c.signal, c] as const))('%s: the old pattern is refused, the current one is linear and fast on its attack', (_s, c) => {
    expect(slowness(c.old, 'i')).not.toBeNull();
    const specs = [signals.get(c.signal)!].flat() as PatternSpec[];
    expect(specs.length).toBeGreaterThan(0);
    for (const spec of specs) {
      expect(slowness(spec.pattern, spec.flags ?? 'i')).toBeNull();
      expect(timeExec(regexOf(spec), c.attack)).toBeLessThan(BUDGET_MS);
    }
  });

  it('the torch.__version__ and compute capability facts are fast on a 64 KB run of spaces', () => {
    const facts = set.factPatterns.filter((p) => /torch\(\?:\\\.__version__|compute \?capability/.test(p.pattern));
    expect(facts.length).toBeGreaterThanOrEqual(2);
    for (const spec of facts) {
      for (const head of ['torch.__version__', 'torch version', 'compute capability']) {
        expect(timeExec(regexOf(spec), head + ' '.repeat(65536) + '!')).toBeLessThan(BUDGET_MS);
      }
    }
  });
});

/** A character the element accepts (for a run of it), or null when it is hard to name one. */
function sample(node: AST.Node): string | null {
  switch (node.type) {
    case 'Character': return String.fromCodePoint(node.value);
    case 'CharacterSet':
      if (node.kind === 'space') return node.negate ? 'a' : ' ';
      if (node.kind === 'digit') return node.negate ? 'a' : '7';
      if (node.kind === 'word') return node.negate ? ' ' : 'a';
      return 'a';
    case 'CharacterClass': {
      if (node.negate) {
        for (const c of [' ', 'a', '_', '7', '-', '.']) if (!new RegExp(`[${node.raw.slice(2, -1)}]`).test(c)) return c;
        return null;
      }
      const first = node.elements[0];
      return first ? sample(first as AST.Node) : null;
    }
    case 'CharacterClassRange': return String.fromCodePoint(node.min.value);
    case 'Group': case 'CapturingGroup': return node.alternatives[0]?.elements[0] ? sample(node.alternatives[0].elements[0]) : null;
    default: return null;
  }
}

describe('fuzz: every shipped pattern on 64 KB lines near its literals', () => {
  it.each(all.map((p) => [p.where, p.spec] as const))('%s', (_w, spec) => {
    const ast = new RegExpParser().parsePattern(spec.pattern, 0, spec.pattern.length, { unicode: (spec.flags ?? '').includes('u') });
    const runs = new Set<string>([' ', '\t', 'a', '_', '=', '7']);
    visitRegExpAST(ast, {
      onQuantifierEnter(q) {
        const c = sample(q.element);
        if (c !== null) runs.add(c);
      },
    });
    const re = regexOf(spec);
    let worst = 0;
    for (const lit of spec.literals.slice(0, 2)) {
      for (const c of runs) {
        const run = c.repeat(32768);
        for (const line of [lit + run + run + '!', run + lit + run + '\u0001']) worst = Math.max(worst, timeExec(re, line));
      }
    }
    expect(worst).toBeLessThan(BUDGET_MS);
  }, 60000);
});
