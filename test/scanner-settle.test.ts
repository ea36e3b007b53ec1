// Settling: a pattern whose later matches would change nothing stops being looked for, and its literals stop
// stopping the scan (they leave the automaton); a fact pattern settles once any pattern decided its facts; a
// collecting pattern settles after MAX_REPEATS matches in a row that added no value, which is what it can miss.
import { describe, expect, it } from 'vitest';
import { compilePattern, LineScanner } from '../src/engine/line-scanner.js';
import { LogScan, MAX_REPEATS } from '../src/engine/log-scan.js';
import { PatternIndex } from '../src/engine/line-scanner.js';
import type { FactPatternSpec } from '../src/engine/rule-types.js';

type Tag = { kind: 'signal'; name: string } | { kind: 'fact'; spec: FactPatternSpec };

/** A LogScan over these fact patterns, counting each pattern's regex runs and the lines the automaton stopped on. */
function factScan(specs: FactPatternSpec[]) {
  const compiled = specs.map((spec) => compilePattern<Tag>(spec, { kind: 'fact', spec }));
  const runs = compiled.map(() => 0);
  compiled.forEach((p, i) => {
    const exec = p.regex.exec.bind(p.regex);
    p.regex.exec = (s: string) => { runs[i]!++; return exec(s); };
  });
  const index = new PatternIndex(compiled);
  let stops = 0;
  const find = index.automaton.find.bind(index.automaton);
  index.automaton.find = (...args: Parameters<typeof find>) => { const at = find(...args); if (at >= 0) stops++; return at; };
  const scan = new LogScan(new LineScanner(index));
  return { scan, runs, stops: () => stops };
}

const GPU_LINE = (name: string, i: number) => `I gpu_device.cc:1406] Created device ${i} name: NVIDIA GeForce ${name}, compute capability: 8.6`;
const GPU_NAME: FactPatternSpec = { literals: ['name:'], pattern: '\\bname:\\s*(?<gpuName>nvidia [^,]{1,40})', collect: true };

describe('settling', () => {
  it('collects every value seen before MAX_REPEATS repeats in a row, and stops there', () => {
    const lines = [GPU_LINE('RTX 3080', 0), ...Array.from({ length: MAX_REPEATS - 2 }, (_, i) => GPU_LINE('RTX 3080', i + 1)), GPU_LINE('RTX 4090', 9)];
    const { scan, runs } = factScan([GPU_NAME]);
    scan.add({ text: lines.join('\n') + '\n' });
    expect(scan.finish().collected.get('gpuName')?.values).toEqual(['NVIDIA GeForce RTX 3080', 'NVIDIA GeForce RTX 4090']);
    expect(runs[0]).toBe(lines.length);
  });

  it('misses a value first seen after MAX_REPEATS matches that added nothing (the documented bound)', () => {
    const lines = [...Array.from({ length: MAX_REPEATS + 1 }, (_, i) => GPU_LINE('RTX 3080', i)), GPU_LINE('RTX 4090', 9)];
    const { scan, runs, stops } = factScan([GPU_NAME]);
    scan.add({ text: lines.join('\n') + '\n' });
    expect(scan.finish().collected.get('gpuName')?.values).toEqual(['NVIDIA GeForce RTX 3080']);
    expect(runs[0]).toBe(MAX_REPEATS + 1);
    // its literal left the automaton: the last line is not even stopped on
    expect(stops()).toBe(MAX_REPEATS + 1);
  });

  it('settles a fact pattern once another pattern decided its fact with at least its weight', () => {
    const strong: FactPatternSpec = { literals: ['cuda version'], pattern: 'cuda version:\\s*(?<cudaVersion>\\d+\\.\\d)', weight: 5 };
    const weak: FactPatternSpec = { literals: ['cuda'], pattern: '\\bcuda\\s*(?<cudaVersion>\\d+\\.\\d)\\b', weight: 1 };
    const { scan, runs, stops } = factScan([strong, weak]);
    scan.add({ text: ['| NVIDIA-SMI 531.14   Driver Version: 531.14   CUDA Version: 12.1 |', ...Array.from({ length: 50 }, (_, i) => `step ${i}: cuda 11.8 kernels`)].join('\n') });
    const r = scan.finish();
    expect(r.facts.get('cudaVersion')?.value).toBe('12.1');
    // the strong pattern, first in the file, ran first on the first line and decided the fact: the weak one
    // never ran, and the 50 lines with "cuda" no longer stop the scan
    expect(runs).toEqual([1, 0]);
    expect(stops()).toBe(1);
  });

  it('keeps looking for a weaker pattern\'s fact while a stronger one has not decided it', () => {
    const strong: FactPatternSpec = { literals: ['cuda version'], pattern: 'cuda version:\\s*(?<cudaVersion>\\d+\\.\\d)', weight: 5 };
    const weak: FactPatternSpec = { literals: ['cuda'], pattern: '\\bcuda\\s*(?<cudaVersion>\\d+\\.\\d)\\b', weight: 1 };
    const { scan } = factScan([strong, weak]);
    scan.add({ text: 'built with cuda 11.8\nsome line\nCUDA Version: 12.1\n' });
    expect(scan.finish().facts.get('cudaVersion')?.value).toBe('12.1');
  });

  it('a settled signal\'s literal no longer stops the scan, unless another live pattern shares it', () => {
    const specs = [
      { literals: ['zlibwapi'], pattern: 'could not locate zlibwapi\\.dll' },
      { literals: ['zlibwapi', 'cudnn'], pattern: 'zlibwapi\\.dll.{0,20}cudnn' },
    ];
    for (const shared of [false, true]) {
      const compiled = (shared ? specs : specs.slice(0, 1)).map((s, i) => compilePattern(s, `p${i}`));
      const index = new PatternIndex(compiled);
      let stops = 0;
      const find = index.automaton.find.bind(index.automaton);
      index.automaton.find = (...args: Parameters<typeof find>) => { const at = find(...args); if (at >= 0) stops++; return at; };
      const scanner = new LineScanner(index);
      const hits: number[] = [];
      const text = Array.from({ length: 20 }, () => 'Could not locate zlibwapi.dll. Please make sure it is in your library path!').join('\n');
      // the first pattern settles on its first match (onMatch says so); the second never matches
      scanner.scan(text, (m) => { hits.push(m.line); return m.pattern.tag === 'p0'; });
      expect(hits).toEqual([1]);
      expect(stops).toBe(shared ? 20 : 1);
    }
  });
});

describe('AND-literals (alsoLiterals)', () => {
  const special = { literals: [':\\'], also: ['[', ']', '%'], pattern: '[a-z]:\\\\[^"\\r\\n]{0,300}?[\\[\\]%][^"\\r\\n]{0,300}?\\\\site-packages\\\\' };

  function run(text: string) {
    const p = compilePattern({ literals: special.literals, alsoLiterals: special.also, pattern: special.pattern }, 'special');
    let runs = 0;
    const exec = p.regex.exec.bind(p.regex);
    p.regex.exec = (s: string) => { runs++; return exec(s); };
    const hits: number[] = [];
    new LineScanner([p]).scan(text, (m) => { hits.push(m.line); });
    return { hits, runs };
  }

  it('runs the pattern only on lines holding one of each set, wherever on the line the AND-literal is', () => {
    const frame = '  File "C:\\Users\\me\\anaconda3\\lib\\site-packages\\torch\\nn\\modules\\module.py", line 1501';
    const { hits, runs } = run([frame, frame, 'C:\\Users\\me\\[x]\\Lib\\site-packages\\torch', '[x] C:\\Users\\%TMP%\\site-packages\\torch', frame].join('\n'));
    expect(hits).toEqual([3, 4]);
    // the three plain frames were never given to the regex (nor joined with the next line)
    expect(runs).toBe(2);
  });

  it('finds the AND-literal in a line cleaned of escape codes and HTML entities', () => {
    expect(run('\x1b[1mC:\\Users\\me\\%APPDATA%\\site-packages\\x\x1b[0m').hits).toEqual([1]);
    expect(run('C:\\Users\\me\\&amp;[1]\\site-packages\\x').hits).toEqual([1]);
  });
});

describe('line-start literals (lineStartLiterals)', () => {
  const csv = { literals: ['geforce'], lineStartLiterals: ['nvidia', 'geforce'], pattern: '^(?<gpuName>(?:nvidia |geforce )[^,\\r\\n]{1,80}?)\\s*,\\s*[\\d.]+' };

  function run(text: string) {
    const p = compilePattern(csv, 'csv');
    let runs = 0;
    const exec = p.regex.exec.bind(p.regex);
    p.regex.exec = (s: string) => { runs++; return exec(s); };
    const hits: string[] = [];
    new LineScanner([p]).scan(text, (m) => { hits.push(m.groups.gpuName!); });
    return { hits, runs };
  }

  it('runs an anchored pattern only on lines that begin with one of them, after a quote marker or ANSI codes', () => {
    const device = 'I gpu_device.cc:1406] Created device (name: GeForce GTX 1650, pci bus id: 0000:01:00.0, compute capability: 7.5)';
    const { hits, runs } = run([device, device, 'GeForce GTX 1650, 7.5', '> GeForce RTX 3080, 8.6', '\x1b[32mNVIDIA GeForce RTX 4090, 8.9\x1b[0m', device].join('\n'));
    expect(hits).toEqual(['GeForce GTX 1650', 'GeForce RTX 3080', 'NVIDIA GeForce RTX 4090']);
    // the device lines name the GPU too, but do not begin with it: not decoded, no regex run
    expect(runs).toBe(3);
  });

  it('lets a line through whose indentation is longer than the bytes it reads', () => {
    const p = compilePattern({ literals: ['geforce'], lineStartLiterals: ['geforce'], pattern: '^\\s*(?<gpuName>geforce [^,]{1,80}?)\\s*,\\s*[\\d.]+' }, 'csv');
    const hits: string[] = [];
    new LineScanner([p]).scan(`${' '.repeat(300)}GeForce RTX 3080, 8.6\nname: GeForce RTX 3080, 8.6\n`, (m) => { hits.push(m.groups.gpuName!); });
    expect(hits).toEqual(['GeForce RTX 3080']);
  });

  it('is proven by the loader: a pattern that can match elsewhere than at the line start is refused', async () => {
    const { checkLineStart } = await import('../src/engine/pattern-check.js');
    expect(checkLineStart(csv.pattern, 'i', csv.lineStartLiterals)).toEqual({ literals: ['nvidia', 'geforce'], joins: true });
    expect(checkLineStart('^\\s*torch\\s+\\d', 'i', ['torch'])).toEqual({ literals: ['torch'], joins: true });
    expect(checkLineStart('(?:nvidia|geforce) gtx', 'i', ['nvidia', 'geforce'])).toHaveProperty('problem');
    expect(checkLineStart('^(?:nvidia|geforce|quadro) ', 'i', ['nvidia', 'geforce'])).toHaveProperty('problem');
  });
});
