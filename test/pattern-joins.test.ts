// Joined-line retries only for patterns that can match across the joining space (literals/joins.ts): a path or
// a DLL name never holds a space, so retrying it on "line + ' ' + next line" cannot find anything new.
import { describe, expect, it } from 'vitest';
import { parsePattern } from '../src/engine/literals/extract.js';
import { canJoinLines } from '../src/engine/literals/joins.js';
import { edgeChars, joinEdgesOf } from '../src/engine/literals/join-edges.js';
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

describe('joinEdgesOf', () => {
  // each edge as the characters it holds (U+0080 for the non-ASCII ones), read back as the scanner reads it
  const chars = (written: string | undefined) => (written === undefined ? undefined : [...edgeChars(written)].map((on, c) => (on ? String.fromCharCode(c) : '')).join(''));
  const edges = (source: string, flags = 'i') => {
    const e = joinEdgesOf(parsePattern(source, flags), flags);
    return e && { before: chars(e.before)!, after: chars(e.after) };
  };

  it('writes each edge compactly, as a class body with ranges', () => {
    expect(joinEdgesOf(parsePattern('\\bepoch\\s*(?<n>\\d+)\\s*[-/]'))!.after).toBe('-\t-\r /-9\u0080');
  });

  it('lists the characters a match holds next to a space', () => {
    // "could not load": 'd' and 't' before a space, 'n' and 'l' after one (either case)
    expect(edges('could not load')).toEqual({ before: 'DTdt', after: 'LNln' });
    // \s* after "epoch" or a digit: those and white space before a space; a digit or '/' after one
    const e = edges('\\bepoch\\s*(?<n>\\d+)\\s*/')!;
    expect(e.after).toBe('\t\n\v\f\r /0123456789\u0080');
    expect(edges('\\bepoch\\s*(?<n>\\d+)\\s*[-/]')!.after).toBe('\t\n\v\f\r -/0123456789\u0080');
    // a match may end with the space: any next line
    expect(edges('epoch\\s*')!.after).toBeUndefined();
    for (const c of 'hH0123456789 \t') expect(e.before, c).toContain(c);
    for (const c of 'e)".') expect(e.before, c).not.toContain(c);
  });

  it('counts any character for a dot or a negated class, every non-ASCII one as U+0080', () => {
    const e = edges('error.{0,20}found')!;
    expect(e.before).toContain(')');
    expect(e.before).toContain('\u0080');
    expect(edges('[^a-z]x \\d')!.before).toBe('Xx');
    expect(edges('[^a-z]x \\d')!.after).toBe('0123456789Xx'); // (the class may match a space before the x)
  });

  it('cannot tell for a positive lookahead, a back-reference, or a negative lookahead reading the line end', () => {
    expect(edges('foo(?= bar)')).toBeNull();
    expect(edges('(a) \\1')).toBeNull();
    expect(edges('foo (?!bar$)')).toBeNull();
    expect(edges('gpu model (?!n/?a\\b|none\\b)')).not.toBeNull();
  });

  it('holds for every match: a random text joined at each of its spaces shows only listed pairs', () => {
    const sources = ['could not (?:load|open) \\S+', 'cuda\\s*(?:toolkits?\\s*)?v?\\d{1,2}\\.\\d\\s*(?:and|&|,)\\s*v?\\d', 'name:\\s*(?:nvidia )?(?:geforce )?rtx ?\\d{4}'];
    const texts = ['Could not load libcudart.so', 'CUDA 11.8 and 12.1', 'cuda toolkit 11.8 , v12.1', 'name: NVIDIA GeForce RTX 3060', 'name:  rtx 4090'];
    for (const source of sources) {
      const e = edges(source)!;
      const re = new RegExp(source, 'i');
      for (const text of texts) {
        const m = re.exec(text);
        if (!m) continue;
        for (let i = 1; i < m[0].length; i++) {
          if (m[0][i] !== ' ') continue;
          expect(e.before, `${source} on ${text}`).toContain(m[0][i - 1]);
          if (i + 1 < m[0].length && e.after !== undefined) expect(e.after, `${source} on ${text}`).toContain(m[0][i + 1]);
        }
      }
    }
  });
});

describe('the scanner with join edges', () => {
  it('skips a retry the edges rule out and makes one they allow, finding the wrapped message', () => {
    const spec = { literals: ['could not load'], pattern: 'could not load dynamic library \\S+', joinEdges: edgesOf('could not load dynamic library \\S+') };
    const run = (text: string) => {
      const p = compilePattern(spec, 'p');
      const seen: string[] = [];
      const exec = p.regex.exec.bind(p.regex);
      p.regex.exec = (s: string) => { seen.push(s); return exec(s); };
      const hits: string[] = [];
      new LineScanner([p]).scan(text, (m) => { hits.push(m.text); });
      return { seen, hits };
    };
    // 'c' before the space (dynamic): retried and found
    expect(run('Could not load dynamic\nlibrary cudart64_110.dll\n').hits).toEqual(['Could not load dynamic library cudart64_110.dll']);
    // the line ends in ')': no match can hold ") " so the joined line is never tried
    expect(run('Could not load (see below)\nlibrary cudart64_110.dll\n')).toEqual({ seen: ['Could not load (see below)'], hits: [] });
  });
});

function edgesOf(source: string) {
  return joinEdgesOf(parsePattern(source))!;
}
