// The WebAssembly prefilter (wasm/prefilter.ts via src/engine/prefilter.ts) must find exactly the matches the
// JavaScript loop finds, while skipping the lines whose literals satisfy no live conditional pattern: an
// AND-literal missing, a line-start literal not at the head, no non-ASCII byte near. The tricky lines are
// the ones where the regex stage looks beyond the line: console-wide pieces glued together, CRLF, indented
// or prefixed heads, lines over the regex window.
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './built-cli.js';
import { LineScanner } from '../src/engine/line-scanner.js';
import { LiteralAutomaton } from '../src/engine/literal-automaton.js';
import { LogScan, scannerIndex } from '../src/engine/log-scan.js';
import { defaultRulesDir, loadRuleSet } from '../src/engine/load-rules.js';
import { parsePattern } from '../src/engine/literals/extract.js';
import { needsNonAscii } from '../src/engine/literals/non-ascii.js';
import { wasmScanFor } from '../src/engine/prefilter.js';
import { glueTable, LINE_HEAD, MAX_WINDOW, MAX_WRAP_LINES, MAX_WRAP_WIDTH, MIN_WRAP_WIDTH, WRAP_WIDTHS } from '../src/engine/glue-rules.js';

beforeAll(() => { ensureBuilt(); }, 600_000);

/**
 * Every match (pattern position, line, text, groups) and the number of regex runs; `settle` lets a LogScan
 * record the matches (patterns settle as in a real diagnosis), else every match is kept and nothing settles.
 */
function scanWith(prefilter: 'js' | 'wasm', log: string, settle = false) {
  const set = loadRuleSet(defaultRulesDir());
  const index = scannerIndex(set.rules, set.factPatterns);
  const scanner = new LineScanner(index, prefilter);
  let regexRuns = 0;
  const matches: string[] = [];
  const original = index.patterns.map((p) => p.regex.exec);
  index.patterns.forEach((p) => { const exec = p.regex.exec.bind(p.regex); p.regex.exec = (s: string) => { regexRuns++; return exec(s); }; });
  try {
    if (settle) {
      const scan = new LogScan(scanner);
      scan.add({ text: log, bytes: Buffer.from(log, 'utf8') });
      matches.push(JSON.stringify(scan.finish(), (_, v: unknown) => (v instanceof Map ? [...v] : v)));
    } else scanner.scanBytes(Buffer.from(log, 'utf8'), (m) => { matches.push(JSON.stringify([index.patternIds.get(m.pattern), m.line, m.text, m.groups])); });
  } finally {
    index.patterns.forEach((p, i) => { p.regex.exec = original[i]!; });
  }
  return { matches, regexRuns, lines: scanner.lines };
}

const pad = (s: string, width: number) => s + 'x'.repeat(Math.max(0, width - s.length));
const TF = (i: number) => `2021-03-0${1 + (i % 9)} 12:34:56.123456: I tensorflow/core/common_runtime/gpu/gpu_device.cc:1406] Created TensorFlow device (/job:localhost/replica:0/task:0/device:GPU:0 with 9620 MB memory) -> physical GPU (device: 0, name: GeForce GTX 1650, pci bus id: 0000:01:00.0, compute capability: 7.5)`;
const FRAME = (n: number) => `  File "C:\\Users\\user\\anaconda3\\envs\\tf\\lib\\site-packages\\tensorflow\\python\\keras\\engine\\training.py", line ${n}, in fit`;

/** Lines a dense log is made of, and lines each of the prefilter's fallbacks exists for. */
const LINES = [
  TF(1), FRAME(1234), TF(2), FRAME(123), 'Epoch 3/100 - loss: 0.1234 - accuracy: 0.5678',
  // non-ASCII user paths: on the line, on the next console-wide piece, on the previous one
  '  File "C:\\Users\\José\\anaconda3\\lib\\site-packages\\torch\\__init__.py", line 12, in <module>',
  pad('  File "C:\\Users\\', 120), 'Jörg\\AppData\\Local\\Programs\\Python\\lib\\x.py", line 3',
  pad('C:\\Users\\Zoë\\', 80), pad('  File "C:\\Users\\user\\lib\\', 80),
  // nvidia-smi --query-gpu csv rows: at the head, indented, after a quote marker, after a wrapped piece
  'NVIDIA GeForce RTX 3080, 8.6', '    NVIDIA GeForce RTX 3090, 8.6', '> NVIDIA GeForce RTX 4090, 8.9',
  pad('NVIDIA GeForce RTX 2080 SUPER with a long and', 80), 'name, 7.5', pad('x', 80), 'NVIDIA GeForce GTX 1080, 6.1',
  'ollama-1  | NVIDIA GeForce RTX 4070, 8.9', '[2024-05-01 10:00:00] NVIDIA GeForce RTX 3060, 8.6',
  '2024-05-01T10:00:00.123Z NVIDIA GeForce RTX 3070, 8.6', 'Tesla T4, 7.5\r', '\tQuadro RTX 5000, 7.5',
  // nvidia-smi table rows ('|' is an AND-literal and a line-start literal), and near misses
  '|   0  NVIDIA GeForce RTX 3080     Off  | 00000000:01:00.0  On |                  N/A |',
  'the NVIDIA GeForce RTX 3080 | is here | not a table',
  // AND-literals: "not" + "gpu", a Windows path with '[' in it
  'Tensorflow does not see my GPU', 'it does not work', 'C:\\Users\\me\\[x]\\envs\\lib\\site-packages\\torch',
  // CJK text (non-ASCII, AND-literal GPU)
  '我的显卡没有被识别，GPU 用不了', 'pip install torch==2.1.0', 'torch 2.1.0', '[pip3] torch==2.1.0',
  // a very long line (over the regex window) holding a csv-like row at its head
  'NVIDIA GeForce RTX 3080, 8.6 ' + 'y'.repeat(9000),
  '\x1b[31mNVIDIA GeForce RTX 2060, 7.5\x1b[0m', '&quot;NVIDIA GeForce RTX 2070&quot;',
  // derived AND-literals (the weak "no" needs "gpu", "graphics card"…): on the line, on the next line joined
  // after a space, on console-wide pieces glued before or after, on no line near (skipped)
  "{'loss': 0.5088, 'grad_norm': 1.185, 'learning_rate': 4.9e-05}", 'I have no GPU on this box', 'this machine has no',
  'GPU at all, it is a CPU box', pad('the notebook has no dedicated', 80), 'graphics card in it', 'no, it still fails.',
  pad('so there is no', 120) + '.', 'GPU here', pad('xx', 100), 'no\r', '  no nvidia card; (no nvidia', '[no] gpu',
  // ... read from the neighbours' bytes: a near literal run across the joint (into a quoted line too, from a
  // console-wide piece), one that cleaning makes (a non-breaking space), one on the line after stamped records
  // (each entry one piece of a log: its lines stay together)
  'the laptop has no graphics\ncard at all', '  > the lab has no graphics\n> card here', 'this box has no\ngraphics\u00a0card in it',
  `${'x'.repeat(67)} we have no G\nPU, nothing works`,
  'our box has no\n2024-05-01 10:00:01.123456: I tensorflow/core/x.cc:12] step 1\n2024-05-01 10:00:01.123456: I tensorflow/core/x.cc:12] step 2\nGPU either',
];

describe('the WebAssembly prefilter', () => {
  it('finds the same matches as the JavaScript loop, on lines in every order', () => {
    let seed = 3;
    const rand = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
    for (let round = 0; round < 4; round++) {
      const lines = Array.from({ length: 3000 }, () => LINES[Math.floor(rand() * LINES.length)]!);
      const log = lines.join(round % 2 ? '\r\n' : '\n') + '\n';
      const js = scanWith('js', log);
      const wasm = scanWith('wasm', log);
      expect(wasm.matches).toEqual(js.matches);
      expect(wasm.lines).toBe(js.lines);
      expect(js.matches.length).toBeGreaterThan(100);
    }
  });

  it('keeps a dense log of TF lines and traceback frames from the regex stage', () => {
    const log = Array.from({ length: 10_000 }, (_, i) => (i % 2 ? TF(i) : FRAME(100 + (i % 2000)))).join('\n') + '\n';
    const js = scanWith('js', log, true);
    const wasm = scanWith('wasm', log, true);
    expect(wasm.matches).toEqual(js.matches);
    // the JavaScript loop runs the csv GPU-name pattern on every TF line after a console-wide frame, alone and
    // glued (both loops skip the non-ASCII user-path pattern on the ASCII frames); the collecting patterns
    // settle after MAX_REPEATS either way
    expect(js.regexRuns).toBeGreaterThan(8_000);
    // (18,029 runs against 3,691 when written; 10,271 against 3,672 once the JavaScript loop skipped the
    // non-ASCII pattern on ASCII lines; most of the wasm's are the collecting patterns' first MAX_REPEATS)
    expect(wasm.regexRuns).toBeLessThan(js.regexRuns / 2.5);
  });

  it('skips lines holding a weak literal without its derived AND-literal, and still finds it on a joined line', () => {
    // a training log's metric lines hold "no" (grad_norm) on every line, never "gpu": neither loop tries the
    // no-GPU-stated pattern on such a line alone (the JavaScript loop only where it may join the next line, the
    // prefilter only where a neighbour holds the AND-literal)
    const metrics = (i: number) => `{'loss': 0.${1000 + i}, 'grad_norm': 1.${i % 1000}, 'learning_rate': 4.9e-05}`;
    const lines = Array.from({ length: 6000 }, (_, i) => metrics(i));
    lines.splice(3000, 0, 'this box has no', 'GPU, only an old CPU');
    const log = lines.join('\n') + '\n';
    const js = scanWith('js', log);
    const wasm = scanWith('wasm', log);
    expect(wasm.matches).toEqual(js.matches);
    expect(wasm.matches.some((m) => m.includes('this box has no GPU'))).toBe(true);
    // (63 in the JavaScript loop when written: the other patterns' runs; 6,000+ while it tried every metric line alone)
    expect(js.regexRuns).toBeLessThan(600);
    // (136 when written, where the lines after a console-wide metric line went through; 10 once the
    // neighbours' bytes were read for the AND-literal: the two lines holding the message)
    expect(wasm.regexRuns).toBeLessThan(20);
  });

  it('grows its memory for a chunk larger than it started with, and finds the same', () => {
    // about 6 MB in one chunk: the module's memory grows, and the automaton's table follows it
    const log = Array.from({ length: 24_000 }, (_, i) => LINES[(i * 7) % LINES.length]!).join('\n') + '\n';
    expect(log.length).toBeGreaterThan(4 << 20);
    const js = scanWith('js', log);
    const wasm = scanWith('wasm', log);
    expect(wasm.matches).toEqual(js.matches);
    expect(wasm.lines).toBe(log.split('\n').length - 1);
  });

  it('finds the same in lines longer than its 16 KB units, with literals across the cuts', () => {
    // a line longer than a unit is cut anywhere and its automaton state carried on: a literal ending just past
    // a cut, or a white-space run spanning it, must still be found where the JavaScript loop finds it
    const lines: string[] = [];
    for (const at of [16_370, 16_380, 16_384, 16_390, 32_760, 40_000]) {
      lines.push('x'.repeat(at) + ' Could not   locate zlibwapi.dll ' + 'y'.repeat(20_000 - (at % 1000)));
      lines.push(TF(at), FRAME(at), 'z'.repeat(at) + '  File "C:\\Users\\José\\x.py", line 1');
    }
    const log = lines.join('\n') + '\n';
    const js = scanWith('js', log);
    const wasm = scanWith('wasm', log);
    expect(wasm.matches).toEqual(js.matches);
    expect(wasm.lines).toBe(js.lines);
    expect(js.matches.filter((m) => m.includes('zlibwapi')).length).toBe(6);
  });

  it('is built and loads (the package ships dist/prefilter.wasm)', () => {
    const set = loadRuleSet(defaultRulesDir());
    expect(wasmScanFor(scannerIndex(set.rules, set.factPatterns).automaton)).not.toBeNull();
  });
});

describe('the glue rules the module is given', () => {
  it('are the line scanner\'s own: console widths as flags, then the limits', () => {
    const table = glueTable();
    expect([...table.subarray(0, 256).keys()].filter((w) => table[w] === 1)).toEqual([...WRAP_WIDTHS].sort((a, b) => a - b));
    const view = new DataView(table.buffer);
    expect([0, 1, 2, 3, 4].map((i) => view.getInt32(256 + 4 * i, true))).toEqual([MAX_WRAP_LINES, LINE_HEAD, MAX_WINDOW, MIN_WRAP_WIDTH, MAX_WRAP_WIDTH]);
  });
});

describe('the transition table the module fills at once', () => {
  it('equals the table the automaton computes entry by entry', () => {
    for (const literals of [['could not', 'not found', 'no  t'], ['ab', 'b c', 'für', 'a b', 'c  d'], ['torch', 'to', 'orc', ' x']]) {
      const lazy = new LiteralAutomaton(literals);
      const wasm = wasmScanFor(new LiteralAutomaton(literals))!;
      expect(wasm).not.toBeNull();
      let compared = 0;
      for (let row = lazy.cols; row < lazy.tableLength; row += lazy.cols) {
        for (let c = 0; c < lazy.cols; c++, compared++) expect(wasm.transition(row, c)).toBe(lazy.step(row, c));
      }
      expect(compared).toBeGreaterThan(20);
    }
  });
});

describe('patterns whose every match holds a non-ASCII character', () => {
  const needs = (source: string, flags = 'i') => needsNonAscii(parsePattern(source, flags), flags);
  it('are those with a class leaving out all of ASCII, or a non-ASCII character, in every alternative', () => {
    expect(needs('users\\\\[^\\\\/]{0,60}?[^\\x00-\\x7f]')).toBe(true);
    expect(needs('显卡|显存')).toBe(true);
    expect(needs('(?:没有|未)(?:识别)?\\s*gpu')).toBe(true);
    expect(needs('[\\u4e00-\\u9fff]+')).toBe(true);
  });
  it('are not those where some match can be plain ASCII', () => {
    expect(needs('显卡|gpu')).toBe(false);
    expect(needs('[^\\x00-\\x7e]')).toBe(false);
    expect(needs('(?:显卡)?gpu')).toBe(false);
    expect(needs('[^a-z]')).toBe(false);
    expect(needs('(?=显卡)')).toBe(false);
    // with the u flag, case-insensitive matching folds U+017F to 's' and U+212A to 'k'
    expect(needs('\\u017f', 'iu')).toBe(false);
    expect(needs('\\u017f', 'i')).toBe(true);
  });
});
