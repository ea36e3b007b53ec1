// A line seen again in one scan is answered from what the scanner found on it the first time (line-memo.ts):
// the answer must be the one a fresh look gives, for its own line number, with the lines after it that this
// occurrence has (a message wrapped onto its next line), and without the patterns settled since.
import { describe, expect, it, vi } from 'vitest';
import { compilePattern, LineScanner } from '../src/engine/line-scanner.js';
import { LineMemo } from '../src/engine/line-memo.js';
import type { PatternSpec } from '../src/engine/rule-types.js';

// TensorFlow's loader message as a terminal wrapped it: the library's name on the next line
const HEAD = "2023-05-02 10:11:12.123456: W tensorflow/stream_executor/platform/default/dso_loader.cc:64] Could not load dynamic library";
const PATTERN: PatternSpec = { literals: ['could not load dynamic library'], pattern: "could not load dynamic library '(?<lib>[\\w.]+)'" };
// a log longer than a short paste (line-scanner.ts reads those across every line break, and keeps no line)
const FILLER = Array.from({ length: 400 }, (_, i) => `Epoch ${i}/400 - loss: 0.${1000 + i} - accuracy: 0.9${i % 10}`);

/**
 * The lines (1-based, after the filler) and library names the pattern finds in these lines; `settleAfter`: the
 * pattern is settled after that many hits, while a second one on the same literal (that never matches here)
 * keeps the lines stopping. Both byte loops must give the same.
 */
function hits(lines: string[], settleAfter = Infinity, pattern: PatternSpec = PATTERN): Array<[number, string]> {
  const found: Array<[number, string]> = [];
  const text = [...FILLER, ...lines].join('\n');
  for (const prefilter of ['js', 'wasm'] as const) {
    const own: Array<[number, string]> = [];
    const other = compilePattern({ literals: pattern.literals, pattern: "could not load dynamic library 'libnvinfer" }, 'other');
    new LineScanner([compilePattern(pattern, 'lib'), other], prefilter).scan(text, (m) => {
      own.push([m.line - FILLER.length, m.groups.lib!]);
      return own.length >= settleAfter;
    });
    if (prefilter === 'js') found.push(...own);
    else expect(own).toEqual(found);
  }
  return found;
}

describe('a line seen again', () => {
  it('is matched with the next line it has this time, not the one it had before', () => {
    const lines = [
      HEAD, "'cudart64_110.dll'; dlerror: cudart64_110.dll not found",
      HEAD, "'cublas64_11.dll'; dlerror: cublas64_11.dll not found",
      HEAD, "'cudart64_110.dll'; dlerror: cudart64_110.dll not found",
      HEAD, 'Epoch 3/400 - loss: 0.25',
      HEAD,
    ];
    expect(hits(lines)).toEqual([[1, 'cudart64_110.dll'], [3, 'cublas64_11.dll'], [5, 'cudart64_110.dll']]);
  });

  it('gives its matches again on its own line numbers', () => {
    const line = "2023-05-02 10:11:12.123456: W tensorflow/stream_executor/platform/default/dso_loader.cc:64] Could not load dynamic library 'cudnn64_8.dll'; dlerror: cudnn64_8.dll not found";
    const lines = [line, 'Epoch 1/400 - loss: 0.5', line, line, 'Epoch 2/400 - loss: 0.4', line];
    expect(hits(lines)).toEqual([[1, 'cudnn64_8.dll'], [3, 'cudnn64_8.dll'], [4, 'cudnn64_8.dll'], [6, 'cudnn64_8.dll']]);
  });

  it('gives nothing for a pattern settled since', () => {
    const line = "W dso_loader.cc:64] Could not load dynamic library 'nvcuda.dll'; dlerror: nvcuda.dll not found";
    expect(hits([line, line, line, line, line, line], 2)).toEqual([[1, 'nvcuda.dll'], [2, 'nvcuda.dll']]);
  });

  // a console 80 columns wide cut these lines inside the library's name (scanner-wrap.test.ts: the halves are glued)
  /** `text` padded after its first word to exactly 80 characters. */
  const wide = (text: string) => text.replace(' ', ' '.repeat(81 - text.length));

  it('is glued to the piece of the message it has this time when it is a console wide', () => {
    const cut = wide("W dso_loader.cc:64] Could not load dynamic library 'cudart64_1");
    const lines = [cut, "10.dll'; dlerror: not found", cut, "1.dll'; dlerror: not found", cut, "10.dll'; dlerror: not found"];
    expect(hits(lines)).toEqual([[1, 'cudart64_110.dll'], [3, 'cudart64_11.dll'], [5, 'cudart64_110.dll']]);
  });

  it('after a console-wide line, is glued to the piece before it that it has this time', () => {
    // the literal falls on the last piece: the match starts on the line before, and is quoted from there
    const dlerror: PatternSpec = { literals: ['dlerror'], pattern: "library '(?<lib>[\\w.]+)'; dlerror" };
    const rest = "4_8.dll'; dlerror: cudnn64_8.dll not found";
    const after = 'Epoch 1/400 - loss: 0.5';
    const lines = [wide('W dso_loader.cc:64] Could not load the tokenizer module (cudnn6'), rest, after, wide("W dso_loader.cc:64] Could not load dynamic library 'cudnn6"), rest, after, ''];
    expect(hits(lines, Infinity, dlerror)).toEqual([[4, 'cudnn64_8.dll']]);
  });

  it('rests on a log whose lines do not repeat, matching every line, and answers repeats again after the rest', () => {
    // a pasted log's lines are new ones (a library per line), then one line repeats, as a training log's do
    const distinct = Array.from({ length: 300 }, (_, i) => `W dso_loader.cc:64] Could not load dynamic library 'libcu${i}.so.11'; dlerror: libcu${i}.so.11: cannot open shared object file`);
    const repeated = Array.from({ length: 2400 }, () => "W dso_loader.cc:64] Could not load dynamic library 'nvcuda.dll'; dlerror: nvcuda.dll not found");
    const find = vi.spyOn(LineMemo.prototype, 'find');
    const found = hits([...distinct, ...repeated]);
    const answered = find.mock.results.filter((r) => r.value !== null).length;
    const looked = find.mock.calls.length;
    find.mockRestore();
    expect(found).toEqual([...distinct.map((_, i): [number, string] => [i + 1, `libcu${i}.so.11`]), ...repeated.map((_, i): [number, string] => [301 + i, 'nvcuda.dll'])]);
    // both byte loops (hits() runs two scans): the first stops are looked up, then none for a rest, then the
    // repeats are answered from the memo again
    expect(looked).toBeLessThan(2 * 1000);
    expect(answered).toBeGreaterThan(2 * 200);
  });
});

