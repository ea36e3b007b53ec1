// Prefilter literals derived from the patterns (src/engine/literals/): what the extractor derives, how a
// hand-written list is proven, and that the scanner finds lines whose spelling differs from the literal only
// in ways the regex allows (white space, entities, typographic quotes).
import { describe, expect, it } from 'vitest';
import { resolveLiterals } from '../src/engine/literals/resolve.js';
import { andLiterals, parsePattern } from '../src/engine/literals/extract.js';
import { checkPattern } from '../src/engine/pattern-check.js';
import { compilePattern, LineScanner } from '../src/engine/line-scanner.js';
import { RuleFileError } from '../src/engine/load-rules.js';
import { withRuleFolder } from './rule-folder.js';

const derive = (pattern: string, flags = 'i'): string[] | string => {
  const r = resolveLiterals(pattern, flags);
  return 'problem' in r ? r.problem : [...r.literals].sort();
};

describe('derived literals', () => {
  it('takes one literal per alternative of an alternation', () => {
    expect(derive('could not locate zlibwapi|zlibwapi\\.dll not found')).toEqual(['could not locate zlibwapi', 'zlibwapi.dll not found']);
  });

  it('expands small classes and optional words, and folds case and white space', () => {
    expect(derive("can['‘’]t Load")).toEqual(["can't load", 'can‘t load', 'can’t load']);
    expect(derive('no (?:cuda )?gpus? found')).toEqual(['no cuda gpu found', 'no cuda gpus found', 'no gpu found', 'no gpus found']);
    expect(derive('could\\s+not\\s*load')).toEqual(['could not load', 'could notload']);
  });

  it('stops a run at a big class and keeps the better required part', () => {
    expect(derive('nvcc\\w+ fatal\\s*:\\s*unsupported gpu architecture')).toEqual(['unsupported gpu architecture']);
    expect(derive('cudnn64_\\d+\\.dll')).toEqual(['cudnn64_']);
    // (a small class is spelled out: ten rare names are rarer than their common stem)
    expect(derive('cudnn64_\\d\\.dll')).toEqual([...'0123456789'].map((d) => `cudnn64_${d}.dll`));
  });

  it('prefers the spellings of a whole phrase to one short word that many log words contain', () => {
    // "no" sits in "not", "none", "grad_norm": a training log stopped on one line in twelve for it
    expect(derive('\\b(?:no|without)\\s+(?:nvidia\\s+)?gpus?\\b')).toEqual(['no gpu', 'no nvidia gpu', 'without gpu', 'without nvidia gpu']);
    // ... but a long rare word beats many spellings of a phrase made of common ones
    expect(derive('(?:could not|cannot|failed to) load cudnn_cnn_infer64_8\\.dll')).toEqual(['load cudnn_cnn_infer64_8.dll']);
  });

  it('reads past the digits of a version and an optional space to the sign after them ("2.8.0 + cu129", "2.1.0+cu118")', () => {
    // a digit before an optional space and "+" made a run of 40 spellings, too many to join with "cu", "cpu",
    // "rocm": only those short words were derived, which sit on most lines of a CUDA log
    expect(derive('\\bv\\d+ ?\\+ ?cu\\d+')).toEqual(['+ cu', '+cu']);
    const tag = derive('(?<v>\\d+\\.\\d+\\.\\d+ ?\\+ ?(?:cu\\d{2,3}|cpu|rocm\\d+))\\b');
    expect(tag).toEqual(expect.arrayContaining(['+cu', '+ cu', '+cpu', '+ cpu', '+rocm6', '+ rocm6']));
    expect(tag).not.toContain('cu');
    // a quote or a path separator is kept: "__init__.py\", line" alone sits on every traceback frame
    expect(derive('[\\\\/]torch[\\\\/]__init__\\.py"?, line \\d+')).toEqual(expect.arrayContaining(['/torch/__init__.py", line']));
  });

  it('names the alternative that no literal can guard', () => {
    expect(derive('zlibwapi|\\w+\\s\\w+')).toMatch(/no literal every match must contain in alternative "\\\\w\+\\\\s\\\\w\+"/);
  });

  it('says when alternatives that each have literals need too many together (not an empty alternative name)', () => {
    const words = Array.from({ length: 70 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`);
    expect(derive(words.join('|'))).toMatch(/alternatives together need more than 64 literals/);
    expect(derive(words.slice(0, 60).join('|'))).toEqual(expect.arrayContaining([words[0]]));
  });
});

describe('derived AND-literals', () => {
  const and = (pattern: string) => andLiterals(parsePattern(pattern, 'i'));
  it('are a second part of the pattern, when its literals include a weak one ("no" sits in "grad_norm")', () => {
    // the spellings of the whole phrase are too many for one set: the run is cut after "no"
    const noGpu = '\\b(?:no|without(?: an?| any)?)\\s+(?:nvidia\\s+|dedicated\\s+|discrete\\s+)?(?:gpus?|graphics card|nvidia card)\\b';
    expect(derive(noGpu)).toEqual(['no', 'without']);
    expect(and(noGpu)).toEqual(['gpu', 'graphics card', 'nvidia card']);
    // an alternative with a selective literal gives its own literals
    expect(and(`${noGpu}|\\bcpu-only server\\b`)).toEqual(['gpu', 'graphics card', 'nvidia card', 'cpu-only server']);
    const verdict = checkPattern(noGpu);
    expect('also' in verdict && verdict.also).toEqual(['gpu', 'graphics card', 'nvidia card']);
  });

  it('are not derived for selective literals, nor where a weak one has no second part or the second is as weak', () => {
    expect(and('could not locate zlibwapi\\.dll')).toBeNull();
    expect(and('\\bno\\b|zlibwapi')).toBeNull();
    expect(and('\\bno\\s+-l\\b')).toBeNull();
    // nor for hand-written literals (the author chose them)
    const written = checkPattern('\\bno\\s+(?:gpus?|graphics card)\\b', 'i', ['no']);
    expect('also' in written).toBe(false);
  });
});

describe('hand-written literals', () => {
  it('are kept when every match holds one of them', () => {
    const r = resolveLiterals('CUDA_ERROR_OUT_OF_MEMORY|out of memory', 'i', ['out of memory', 'cuda_error_out_of_memory']);
    expect(r).toEqual({ literals: ['out of memory', 'cuda_error_out_of_memory'], derived: false });
  });

  it('are refused, naming the alternative, when a match can hold none of them', () => {
    // the hand list of gpu-out-of-memory before: the driver-API enum spelling had no literal
    const r = resolveLiterals('out of memory|CUDA_ERROR_OUT_OF_MEMORY', 'i', ['out of memory']);
    expect('problem' in r && r.problem).toMatch(/a match of "CUDA_ERROR_OUT_OF_MEMORY" can hold none of them/);
    // one space in the literal where the pattern allows none
    expect('problem' in resolveLiterals('name:\\s*torch', 'i', ['name: torch'])).toBe(true);
    expect('problem' in resolveLiterals('name:\\s*torch', 'i', ['name: torch', 'name:torch'])).toBe(false);
  });

  it('are proven through unbounded parts and repetitions', () => {
    expect('problem' in resolveLiterals('cuda[\\\\/]+v11\\.[1-9]', 'i', ['cuda\\v11', 'cuda/v11'])).toBe(true);
    expect('problem' in resolveLiterals('cuda[\\\\/]+v11\\.[1-9]', 'i', ['v11.'])).toBe(false);
    expect('problem' in resolveLiterals('x.{0,40}(?:ab|ac)+y', 'i', ['a'.repeat(1) + 'b', 'ac'])).toBe(false);
  });
});

describe('the scanner with derived literals', () => {
  const scan = (pattern: string, text: string): number[] => {
    const literals = resolveLiterals(pattern, 'i');
    if ('problem' in literals) throw new Error(literals.problem);
    const lines: number[] = [];
    new LineScanner([compilePattern({ literals: literals.literals, pattern }, 'p')]).scan(text, (m) => { lines.push(m.line); });
    return lines;
  };

  it('finds a message whose words are separated by tabs, several spaces or a non-breaking space', () => {
    const text = 'ok\ncould \t not  load x\nnothing\ncould\u00a0not load y\ncould&nbsp;not load z\n';
    expect(scan('could\\s+not\\s+load', text)).toEqual([2, 4, 5]);
  });

  it('finds messages with typographic quotes and HTML entities', () => {
    const text = 'nvidia-smi couldn’t find libnvidia-ml.so\nmodule &quot;tensorflow&quot; has no attribute Session\n';
    expect(scan("nvidia-smi couldn['’]t find", text)).toEqual([1]);
    expect(scan('module "tensorflow" has no attribute', text)).toEqual([2]);
  });
});

describe('the loader', () => {
  it('fills in derived literals and refuses a pattern alternative without one, naming the file', () => {
    withRuleFolder((folder) => {
      folder.setSignal({ pattern: 'could not locate zlibwapi\\.dll' });
      const loaded = folder.load().rules.find((r) => r.id === 'zlibwapi-missing')!;
      expect((loaded.signals![folder.name] as { literals: string[] }).literals).toEqual(['could not locate zlibwapi.dll']);
      folder.setSignal({ literals: ['zlibwapi'], pattern: 'zlibwapi|cudnn_\\w+_infer64_\\d\\.dll' });
      expect(() => folder.load()).toThrow(RuleFileError);
      expect(() => folder.load()).toThrow(/zlibwapi-missing\.json signal .*a match of "cudnn_\\\\w\+_infer64_\\\\d\\\\\.dll" can hold none/);
    });
  });
});
