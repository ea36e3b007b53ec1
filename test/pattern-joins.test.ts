// Joined-line retries only for patterns that can match across the joining space (literals/joins.ts): a path or
// a DLL name never holds a space, so retrying it on "line + ' ' + next line" cannot find anything new.
import { describe, expect, it } from 'vitest';
import { parsePattern } from '../src/engine/literals/extract.js';
import { canJoinLines } from '../src/engine/literals/joins.js';
import { compilePattern, LineScanner } from '../src/engine/line-scanner.js';

const joins = (source: string) => canJoinLines(parsePattern(source));

describe('canJoinLines', () => {
  it('is true for a pattern with a space, \\s, a dot, a negated class without the space, or a lookahead', () => {
    for (const p of ['could not load', 'could\\s+not', 'error.{0,20}found', '[^a-z]+', '[\\s,]', '\\W', 'foo(?=bar)', '(?:a|b )c', '\\D']) expect(joins(p), p).toBe(true);
  });

  it('is false when no part can match a space and nothing looks ahead', () => {
    for (const p of ['cudart64_\\d+\\.dll', '[a-z]:\\\\users\\\\[^\\\\/"\'\\s<>|]{0,60}?[^\\x00-\\x7f]', '\\S+\\.so', '\\w+-\\d', '[^\\s\\d]+', '(?<!\\s)x\\b$']) expect(joins(p), p).toBe(false);
  });
});

describe('the scanner', () => {
  function execs(spec: { literals: string[]; pattern: string; joins?: boolean }, text: string) {
    const p = compilePattern(spec, 'p');
    let runs = 0;
    const exec = p.regex.exec.bind(p.regex);
    p.regex.exec = (s: string) => { runs++; return exec(s); };
    const hits: string[] = [];
    new LineScanner([p]).scan(text, (m) => { hits.push(m.text); });
    return { runs, hits };
  }

  it('retries a joining pattern on the line joined with the next one, and a non-joining one not', () => {
    const text = 'Could not load dynamic\nlibrary cudart64_110.dll\n';
    expect(execs({ literals: ['could not load'], pattern: 'could not load dynamic library' }, text)).toEqual({ runs: 2, hits: ['Could not load dynamic library cudart64_110.dll'] });
    expect(execs({ literals: ['dynamic'], pattern: 'dynamic\\S*\\.dll', joins: false }, text)).toEqual({ runs: 1, hits: [] });
  });

  it('still glues a non-joining pattern\'s line hard-broken at a console width', () => {
    const first = 'x'.repeat(70) + ' C:\\Users\\me\\lib';
    const text = `${first.padEnd(80, 'x').slice(0, 80)}\nrary\\cudart64_110.dll\n`;
    const r = execs({ literals: ['c:\\'], pattern: 'c:\\\\users\\\\\\S+\\.dll', joins: false }, text);
    expect(r.hits).toHaveLength(1);
  });
});
