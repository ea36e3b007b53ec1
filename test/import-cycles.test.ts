// Each layer only uses the layers below it (issue 11, item 10): no import cycle between files, and none between
// the folders of src/ and adapters/ (engine -> facts -> engine, scan -> plan -> scan were such cycles).
import { describe, expect, it } from 'vitest';
import { ROOT } from './built-cli.js';
import { cycles, cycleText, fileGraph, layerGraph, type Graph } from './import-graph.js';

const files = fileGraph(ROOT, ['src', 'adapters']);

describe('import graph', () => {
  it('reads the imports of the sources (sanity: the checker sees real edges)', () => {
    expect(files.size).toBeGreaterThan(100);
    expect(files.get('src/cli/command-line.ts')?.size).toBeGreaterThan(3);
    // a type-only import is an edge too
    expect(files.get('src/fix/types.ts')).toContain('src/engine/rule-types.ts');
  });

  it('finds a cycle when there is one', () => {
    const g: Graph = new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])], ['d', new Set(['a'])]]);
    expect(cycles(g)).toEqual([['a', 'b', 'c']]);
  });

  it('no file imports itself through other files', () => {
    const found = cycles(files);
    expect(found.map((c) => cycleText(c, files)).join('\n\n')).toBe('');
  });

  it('no folder of src/ or adapters/ imports itself through other folders', () => {
    const { graph, why } = layerGraph(files);
    const found = cycles(graph);
    expect(found.map((c) => cycleText(c, graph, why)).join('\n\n')).toBe('');
  });
});
