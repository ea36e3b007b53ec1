// A full signal settles all of its patterns (later hits of any of them would change nothing), and a finished
// scanner's arrays are taken by the next scanner of the same index.
import { describe, expect, it } from 'vitest';
import { compilePattern, LineScanner, PatternIndex } from '../src/engine/line-scanner.js';
import { LogScan } from '../src/engine/log-scan.js';
import type { PatternSpec } from '../src/engine/rule-types.js';

describe('a full signal', () => {
  it('settles every pattern that gives it', () => {
    const a = compilePattern<{ kind: 'signal'; name: string }>({ literals: ['alpha'], pattern: 'alpha \\d' }, { kind: 'signal', name: 's' });
    const b = compilePattern<{ kind: 'signal'; name: string }>({ literals: ['beta'], pattern: 'beta \\d' }, { kind: 'signal', name: 's' });
    let runsOfB = 0;
    const exec = b.regex.exec.bind(b.regex);
    b.regex.exec = (s: string) => { runsOfB++; return exec(s); };
    const scan = new LogScan(new LineScanner(new PatternIndex([a, b])));
    scan.add({ text: ['alpha 1', 'alpha 2', 'alpha 3', 'beta 4', 'beta 5'].join('\n') });
    expect(scan.finish().signals.get('s')?.map((h) => h.line)).toEqual([1, 2, 3]);
    expect(runsOfB).toBe(0);
  });
});

describe('scan arrays', () => {
  it('go to the next scanner of the index, which finds what a fresh one does', () => {
    const spec: PatternSpec = { literals: ['cuda'], pattern: 'cuda (?<v>\\d+\\.\\d)' };
    const index = new PatternIndex([compilePattern(spec, 'p')]);
    const run = () => {
      const scanner = new LineScanner(index);
      const found: string[] = [];
      scanner.scan('cuda 11.8\nx\ncuda 12.1\n', (m) => { found.push(m.groups.v!); return true; });
      scanner.release();
      return { scanner, found };
    };
    const first = run();
    expect(index.pool.length).toBe(1);
    expect(run().found).toEqual(first.found);
    expect(first.found).toEqual(['11.8']);
    expect(() => first.scanner.scan('cuda 1.0\n', () => {})).toThrow(/after release/);
  });
});

describe('LogScan.finish()', () => {
  it('may be called twice on a pasted (normalised) log and gives the same result', () => {
    const spec: PatternSpec = { literals: ['zlibwapi'], pattern: 'zlibwapi\\.dll' };
    const scan = new LogScan(new LineScanner(new PatternIndex([compilePattern(spec, { kind: 'signal', name: 'z' })])));
    scan.add({ text: '> Could not locate zlibwapi.dll. Please make sure it is in your library path!\n> done\n' });
    const first = scan.finish();
    expect(first.signals.get('z')?.map((h) => h.line)).toEqual([1]);
    expect(scan.finish()).toBe(first);
  });
});
