// The scanner: the literal automaton against a naive search, line numbers (1-based, in the decoded input)
// across chunk boundaries and very long lines, and the line cleaning (CRLF, ANSI colours, quotes, fences).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LiteralAutomaton } from '../src/engine/literal-automaton.js';
import { LiteralSet } from '../src/engine/literal-set.js';
import { cleanLine, compilePattern, LineScanner, type LineMatch } from '../src/engine/line-scanner.js';
import { decodeLines } from '../src/input/read-log.js';
import { diagnoseChunks } from '../src/engine/diagnose.js';
import { cpuTimer } from './lag-meter.js';

/** Seeded PRNG so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every literal on each line, the slow obvious way, in the automaton's normal form (ASCII white-space runs are one space). */
function naive(text: string, literals: string[]): string[][] {
  const norm = (s: string) => s.toLowerCase().replace(/[\t\v\f\r ]+/g, ' ');
  return text.split('\n').map((line) => literals.filter((l) => norm(line).includes(norm(l))).sort());
}

/** The same with the automaton: find the first literal of a line, then collect the rest of that line. */
function withAutomaton(bytes: Buffer, a: LiteralAutomaton): string[][] {
  const out: string[][] = [];
  let lineStart = 0;
  for (;;) {
    let end = bytes.indexOf(0x0a, lineStart);
    if (end < 0) end = bytes.length;
    const ids = new LiteralSet(a.literals.length);
    const hit = a.find(bytes, lineStart, end);
    if (hit >= 0) a.collect(bytes, hit + 1, end, ids);
    out.push([...ids.ids].map((i) => a.literals[i]!).sort());
    if (end === bytes.length) return out;
    lineStart = end + 1;
  }
}

describe('literal automaton', () => {
  it('finds exactly the literals a naive case-insensitive search finds (random texts, overlapping literals)', () => {
    const r = rng(1);
    const alphabet = ['a', 'b', 'c', 'A', 'B', 'C', ' ', '\n', ':', '/', '.', 'é', 'É', '找', '\r'];
    for (let round = 0; round < 200; round++) {
      const literals = new Set<string>();
      while (literals.size < 1 + Math.floor(r() * 12)) {
        let lit = '';
        const len = 2 + Math.floor(r() * 4);
        for (let i = 0; i < len; i++) lit += alphabet[Math.floor(r() * alphabet.length)]!;
        lit = lit.toLowerCase();
        if (!lit.includes('\n') && !lit.includes('\r')) literals.add(lit);
      }
      let text = '';
      const len = Math.floor(r() * 400);
      for (let i = 0; i < len; i++) text += alphabet[Math.floor(r() * alphabet.length)]!;
      const lits = [...literals];
      const automaton = new LiteralAutomaton(lits);
      // the same automaton saved and read back (the build saves the shipped rules' one), at an odd offset
      const saved = LiteralAutomaton.fromBytes(Buffer.concat([Buffer.alloc(3), automaton.toBytes()]).subarray(3))!;
      // at every alignment of the underlying memory (the search reads 4 bytes at a time)
      for (const offset of [0, 1, 2, 3]) {
        const bytes = Buffer.concat([Buffer.alloc(offset), Buffer.from(text)]).subarray(offset);
        expect(withAutomaton(bytes, automaton), `round ${round}, literals ${JSON.stringify(lits)}, text ${JSON.stringify(text)}`).toEqual(naive(text, lits));
        expect(withAutomaton(bytes, saved)).toEqual(naive(text, lits));
      }
    }
  });

  it('matches the classic overlapping case (he / she / his / hers) and upper case', () => {
    const a = new LiteralAutomaton(['he', 'she', 'his', 'hers']);
    expect(withAutomaton(Buffer.from('USHERS\nahishers\nnothing'), a)).toEqual([['he', 'hers', 'she'], ['he', 'hers', 'his', 'she'], []]);
  });

  it('finds a literal of many non-ASCII cased letters as written, upper-cased, and capitalised at a message start', () => {
    // `wsl -l -v` on a Russian Windows and a Russian crash message: each word starts upper case
    const a = new LiteralAutomaton(['работает 1', 'недопустимая инструкция', 'für']);
    const text = '* Ubuntu-20.04    Работает         1\nНедопустимая инструкция (стек памяти сброшен на диск)\nНЕДОПУСТИМАЯ ИНСТРУКЦИЯ\nFÜR\nРАБОТАЕТ 2';
    expect(withAutomaton(Buffer.from(text), a)).toEqual([['работает 1'], ['недопустимая инструкция'], ['недопустимая инструкция'], ['für'], []]);
  });

  it('reads back only what toBytes() wrote', () => {
    const bytes = new LiteralAutomaton(['zlibwapi', 'cudnn']).toBytes();
    expect(LiteralAutomaton.fromBytes(bytes)?.literals).toEqual(['zlibwapi', 'cudnn']);
    expect(LiteralAutomaton.fromBytes(bytes.subarray(0, bytes.length - 1))).toBeNull();
    expect(LiteralAutomaton.fromBytes(Buffer.from('no'))).toBeNull();
  });

  it('never matches across a line break', () => {
    const a = new LiteralAutomaton(['zlibwapi']);
    expect(withAutomaton(Buffer.from('zlib\nwapi'), a)).toEqual([[], []]);
  });
});

interface Hit { line: number; text: string; tag: string }

function scanAll(chunks: string[], specs: Array<{ tag: string; literals: string[]; pattern: string }>): { hits: Hit[]; lines: number } {
  const scanner = new LineScanner(specs.map((s) => compilePattern({ literals: s.literals, pattern: s.pattern }, s.tag)));
  const hits: Hit[] = [];
  const record = (m: LineMatch<string>) => { hits.push({ line: m.line, text: m.text, tag: m.pattern.tag }); };
  for (const c of chunks) scanner.scanBytes(Buffer.from(c), record);
  return { hits, lines: scanner.lines };
}

const ZLIB = { tag: 'zlib', literals: ['zlibwapi'], pattern: 'could not locate zlibwapi\\.dll' };

describe('line numbers', () => {
  const lines = Array.from({ length: 300 }, (_, i) => (i % 37 === 5 ? `Could not locate zlibwapi.dll (${i + 1})` : `step ${i + 1} loss 0.${i}`));
  const text = lines.join('\n') + '\n';
  const expected = lines.flatMap((l, i) => (l.startsWith('Could') ? [{ line: i + 1, text: l, tag: 'zlib' }] : []));

  it('are 1-based and right whatever chunk boundaries (at line breaks) the reader chose', () => {
    const breaks = [...text.matchAll(/\n/g)].map((m) => m.index! + 1);
    const r = rng(2);
    for (let round = 0; round < 50; round++) {
      const cuts = breaks.filter(() => r() < 0.1);
      const chunks: string[] = [];
      let from = 0;
      for (const c of [...cuts, text.length]) { chunks.push(text.slice(from, c)); from = c; }
      expect(scanAll(chunks, [ZLIB])).toEqual({ hits: expected, lines: 300 });
    }
  });

  it('are right through decodeLines, for reads cut anywhere (also inside multi-byte characters)', async () => {
    const bytes = Buffer.from(text.replace(/loss/g, '损失'));
    for (const size of [1, 13, 4096]) {
      const pieces: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) pieces.push(bytes.subarray(i, i + size));
      const scanner = new LineScanner([compilePattern({ literals: ZLIB.literals, pattern: ZLIB.pattern }, 'zlib')]);
      const hits: number[] = [];
      for await (const chunk of decodeLines(pieces)) {
        if (chunk.bytes) scanner.scanBytes(chunk.bytes, (m) => { hits.push(m.line); });
        else scanner.scan(chunk.text, (m) => { hits.push(m.line); });
      }
      expect(hits).toEqual(expected.map((e) => e.line));
      expect(scanner.lines).toBe(300);
    }
  });

  it('count a last line without a newline, and blank lines', () => {
    expect(scanAll(['\n\nCould not locate zlibwapi.dll'], [ZLIB])).toEqual({ hits: [{ line: 3, text: 'Could not locate zlibwapi.dll', tag: 'zlib' }], lines: 3 });
  });
});

describe('line cleaning', () => {
  it('strips CR, real ANSI colour codes, pasted ones whose ESC was lost, and quote markers', () => {
    const { hits } = scanAll([
      'Could not locate zlibwapi.dll\r\n',
      '\x1b[31mCould not locate \x1b[1mzlibwapi.dll\x1b[0m\n',
      '[31mCould not locate zlibwapi.dll[0m\n',
      '> Could not locate zlibwapi.dll\n',
      '> > Could not locate zlibwapi.dll\n',
    ], [ZLIB]);
    expect(hits).toEqual([1, 2, 3, 4, 5].map((line) => ({ line, text: 'Could not locate zlibwapi.dll', tag: 'zlib' })));
  });

  it('counts Markdown code fences as lines and finds what is inside them', async () => {
    const issue = ['### Describe the bug', 'Training stops at the first epoch:', '```', 'Epoch 1/20', 'Could not locate zlibwapi.dll. Please make sure it is in your library path!', '```', '> Process finished with exit code -1073740791 (0xC0000409)'].join('\n');
    const { findings } = await diagnoseChunks(decodeLines([Buffer.from(issue)]));
    const zlib = findings.find((f) => f.rule.id === 'zlibwapi-missing');
    expect(zlib?.evidence[0]).toEqual({ line: 5, text: 'Could not locate zlibwapi.dll. Please make sure it is in your library path!' });
  });

  it('decodes HTML entities and web spaces of text copied from a web page', async () => {
    const page = [
      'W tensorflow/stream_executor/platform/default/dso_loader.cc:64] Could not load dynamic library &#39;cudnn64_8.dll&#39;; dlerror: cudnn64_8.dll not found',
      '&gt; Could\u00a0not locate zlibwapi.dll. Please make sure it is in your library path!',
    ].join('\n');
    const { findings } = await diagnoseChunks(decodeLines([Buffer.from(page)]));
    const cudnn = findings.find((f) => f.rule.id === 'cudnn-missing');
    expect(cudnn?.evidence[0]?.text).toContain("Could not load dynamic library 'cudnn64_8.dll'");
    expect(findings.find((f) => f.rule.id === 'zlibwapi-missing')?.evidence[0]).toEqual({ line: 2, text: 'Could not locate zlibwapi.dll. Please make sure it is in your library path!' });
  });

  it('reads typographic quotes as the ASCII quotes the program printed (a blog or word-processor copy)', async () => {
    const windows = "W tensorflow/stream_executor/platform/default/dso_loader.cc:64] Could not load dynamic library ‘cudnn64_8.dll’; dlerror: cudnn64_8.dll not found";
    const linux = 'NVIDIA-SMI has failed because it couldn’t communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.';
    const onWindows = await diagnoseChunks(decodeLines([Buffer.from(windows)]));
    expect(onWindows.findings.find((f) => f.rule.id === 'cudnn-missing')?.evidence[0]?.text).toContain("Could not load dynamic library 'cudnn64_8.dll'");
    const onLinux = await diagnoseChunks(decodeLines([Buffer.from(`$ nvidia-smi\n${linux}\n`)]));
    expect(onLinux.findings.find((f) => f.rule.id === 'driver-not-loaded')?.evidence[0]?.line).toBe(2);
    // a quote inside a literal: the line is only found in its cleaned form
    const quoted = { tag: 'q', literals: ["couldn't communicate"], pattern: "couldn't communicate with the nvidia driver" };
    expect(scanAll(['NVIDIA-SMI has failed because it couldn’t communicate with the NVIDIA driver.\n'], [quoted]).hits.map((h) => h.line)).toEqual([1]);
  });

  it('looks past the prefixes log collectors add (compose column, docker --timestamps, bracketed time) but not TF stamps', async () => {
    const anchored = { tag: 'pip', literals: ['error: no matching distribution'], pattern: '^error: no matching distribution found for (?<req>\\S+)' };
    const lines = [
      'trainer-1  | ERROR: No matching distribution found for tensorflow==2.11.0',
      '2024-05-01T10:00:00.123456789Z ERROR: No matching distribution found for tensorflow==2.11.0',
      '[2024-05-01 10:00:00,123] ERROR: No matching distribution found for tensorflow==2.11.0',
      'app-7d9f | 2024-05-01T10:00:00Z ERROR: No matching distribution found for tensorflow==2.11.0',
      'see: ERROR: No matching distribution found for tensorflow==2.11.0',
    ];
    expect(scanAll([lines.join('\n') + '\n'], [anchored]).hits).toEqual([1, 2, 3, 4].map((line) => ({ line, text: 'ERROR: No matching distribution found for tensorflow==2.11.0', tag: 'pip' })));
    expect(cleanLine('2024-05-01 10:00:00.123456: W tensorflow/core/common_runtime/gpu/gpu_device.cc:1960] Cannot dlopen some GPU libraries.')).toMatch(/^2024-05-01 10:00:00\.123456: W /);
    const compose = 'ollama-1  | Error: llama runner process has terminated: CUDA error: out of memory';
    const { findings } = await diagnoseChunks(decodeLines([Buffer.from(`${compose}\n`)]));
    expect(findings.find((f) => f.rule.id === 'gpu-out-of-memory')?.evidence[0]?.line).toBe(1);
  });

  it("looks past a logger's level (INFO:, WARNING:root:, [INFO]) and an indented compose column, not pip's own ERROR:", async () => {
    // a real xFormers warning (its 'PyTorch … (you have …)' line is matched at the line start) as a logger or
    // docker compose re-prints it
    const log = readFileSync(join(__dirname, '..', 'fixtures', 'corpus', 'thr-xformers-other-torch-1.log'), 'utf8');
    const lines = log.split('\n');
    for (const prefix of ['INFO: ', 'INFO:     ', 'WARNING:root:', 'INFO:__main__:', '[INFO] ', 'webui-1  | ']) {
      const { findings } = await diagnoseChunks(decodeLines([Buffer.from(lines.map((l) => prefix + l).join('\n'))]));
      expect(findings[0]?.rule.id, prefix).toBe('extension-cuda-mismatch');
      expect(findings[0]!.evidence.map((e) => e.text)).toContain('PyTorch 2.1.2+cu121 with CUDA 1201 (you have 2.0.1+cu118)');
    }
    expect(cleanLine('WARNING:xformers:WARNING[XFORMERS]: xFormers can\'t load C++/CUDA extensions.')).toBe("WARNING[XFORMERS]: xFormers can't load C++/CUDA extensions.");
    // bare ERROR: / WARNING: are pip's (and the driver installer's) own words, part of the message
    expect(cleanLine('ERROR: No matching distribution found for torch==2.1.1+cu121')).toBe('ERROR: No matching distribution found for torch==2.1.1+cu121');
    expect(cleanLine('WARNING: Retrying (Retry(total=4)) after connection broken')).toBe('WARNING: Retrying (Retry(total=4)) after connection broken');
    expect(cleanLine('INFO: ERROR: No matching distribution found for torch')).toBe('ERROR: No matching distribution found for torch');
  });

  it('finds a message wrapped onto the next line by a terminal', () => {
    const wrapped = { tag: 'w', literals: ['zlibwapi'], pattern: 'could not locate zlibwapi\\.dll\\. please make sure' };
    // reported on the line where it starts, quoting the whole rejoined message
    expect(scanAll(['Could not locate zlibwapi.dll.\nPlease make sure it is in your library path!\n'], [wrapped]).hits).toEqual([{ line: 1, text: 'Could not locate zlibwapi.dll. Please make sure it is in your library path!', tag: 'w' }]);
  });

  it('does not read a line that starts a new record (a stamp, an exception line) as the rest of the one above', () => {
    const driver = { tag: 'd', literals: ['driver'], pattern: 'driver version\\s+(?<v>\\S+)' };
    // the same two messages, the second continuing the first or starting a record of its own
    expect(scanAll(['I1203 loaded the NVIDIA driver version\n535.104 on this host\n'], [driver]).hits).toEqual([{ line: 1, text: 'I1203 loaded the NVIDIA driver version 535.104 on this host', tag: 'd' }]);
    expect(scanAll(['I1203 loaded the NVIDIA driver version\n2023-12-03 10:00:00.123: 535.104 on this host\n'], [driver]).hits).toEqual([]);
    expect(scanAll(['checked the driver version\nRuntimeError: 12.1 is not supported\n'], [driver]).hits).toEqual([]);
  });

  it('reads a form header together with its value under a blank line', () => {
    const field = { tag: 'f', literals: ['tensorflow version'], pattern: '^#{2,4}\\s*tensorflow version\\s+(?<v>\\d+\\.\\d+(?:\\.\\d+)?)' };
    expect(scanAll(['### Issue type\n\nBug\n\n### TensorFlow version\n\n2.13.0\n\n### Custom code\n'], [field]).hits).toEqual([{ line: 5, text: '### TensorFlow version 2.13.0', tag: 'f' }]);
    // two blank lines at most: a value further down belongs to something else
    expect(scanAll(['### TensorFlow version\n\n\n\n2.13.0\n'], [field]).hits).toEqual([]);
  });
});

describe('very long lines (1 MB) are diagnosed quickly and do not shift line numbers', () => {
  const MB = 1 << 20;
  const words = Array.from({ length: MB / 6 }, () => 'cudnn').join(' ');
  it.each([
    ['a line of "a"', 'a'.repeat(MB)],
    ['a line of spaces', ' '.repeat(MB)],
    ['a line of "cudnn cudnn …" (a literal every 6 bytes)', words],
    ['a line of ":/" and ".so" (short, frequent literals)', ':/.so '.repeat(MB / 6)],
  ])('%s', async (_name, long) => {
    const input = Buffer.from(`first line\n${long}\nCould not locate zlibwapi.dll. Please make sure it is in your library path!\n`);
    // CPU time: the wall clock of a loaded machine also counts the waits for a core
    const cpu = cpuTimer();
    const { findings, lines } = await diagnoseChunks(decodeLines([input]));
    expect(cpu.stop()).toBeLessThan(1000);
    expect(lines).toBe(3);
    expect(findings.find((f) => f.rule.id === 'zlibwapi-missing')?.evidence.map((e) => e.line)).toEqual([3]);
  });

  it('finds a signature at the end of a 1 MB line (the regex sees a window around the literal)', async () => {
    const input = Buffer.from(`${'x'.repeat(MB)} Could not locate zlibwapi.dll\n`);
    const { findings } = await diagnoseChunks(decodeLines([input]));
    expect(findings.find((f) => f.rule.id === 'zlibwapi-missing')?.evidence[0]?.line).toBe(1);
  });
});
