// Messages cut by a terminal or a paste: soft-wrapped at a space, hard-broken at the console width in the
// middle of a word (several pieces), and the last line of the input without its newline.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePattern, LineScanner, type LineMatch } from '../src/engine/line-scanner.js';
import { decodeLines } from '../src/input/read-log.js';
import { diagnoseChunks, diagnoseText } from '../src/engine/diagnose.js';

/** Cuts every line into pieces of `width` characters, as a copy from a fixed-width console does. */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      const pieces: string[] = [];
      for (let i = 0; i < line.length; i += width) pieces.push(line.slice(i, i + width));
      return pieces.length ? pieces : [''];
    })
    .join('\n');
}

function scan(text: string, specs: Array<{ literals: string[]; pattern: string }>): LineMatch<number>[] {
  const scanner = new LineScanner(specs.map((s, i) => compilePattern(s, i)));
  const out: LineMatch<number>[] = [];
  scanner.scan(text, (m) => { out.push(m); });
  return out;
}

const AVX = "2020-05-03 21:10:55.018876: F tensorflow/core/platform/cpu_feature_guard.cc:37] The TensorFlow library was compiled to use AVX instructions, but these aren't available on your machine.";
const C10 = 'OSError: [WinError 126] The specified module could not be found. Error loading "C:\\Users\\bruno\\projetos\\comfy\\ComfyUI_windows_portable\\python_embeded\\Lib\\site-packages\\torch\\lib\\c10.dll" or one of its dependencies.';

describe('hard-wrapped lines', () => {
  const c10 = { literals: ['c10.dll'], pattern: '\\[WinError (?:126|1114)\\].{0,600}?[\\\\/](?<dll>c10\\.dll)\\b' };

  it('joins a full-width line with the next one without a space (a word cut in the middle)', () => {
    const avail = { literals: ['compiled to use'], pattern: "compiled to use AVX instructions, but these aren.t available" };
    const text = hardWrap(`$ python3 -c "import tensorflow"\n${AVX}\nAborted (core dumped)`, 80);
    expect(text.split('\n')[3]).toBe('ailable on your machine.'); // the cut falls inside "available"
    const hits = scan(text, [avail]);
    expect(hits.map((h) => h.line)).toEqual([3]);
    expect(hits[0]!.text).toContain("aren't available on your machine.");
  });

  it('looks back over full-width lines when the literal is only on the last piece', () => {
    for (const width of [80, 120]) {
      const text = hardWrap(`Traceback (most recent call last):\n    raise err\n${C10}\n`, width);
      const lines = text.split('\n');
      const first = lines.findIndex((l) => l.startsWith('OSError')) + 1;
      const hits = scan(text, [c10]);
      expect(hits).toHaveLength(1);
      expect(hits[0]!.line).toBe(first); // reported where the message starts
      expect(hits[0]!.groups.dll).toBe('c10.dll');
      expect(hits[0]!.text).toBe(C10.slice(0, hits[0]!.text.length));
    }
  });

  it('finds a literal that a single hard break at a console width cut in two (no line holds it whole)', () => {
    const unknown = 'RuntimeError: CUDA unknown error - this may be due to an incorrectly set up environment, e.g. changing env variable CUDA_VISIBLE_DEVICES after program start. Setting the available devices to be zero.';
    const visible = { literals: ['cuda_visible_devices after'], pattern: 'env variable CUDA_VISIBLE_DEVICES after program start' };
    const text = hardWrap(`Traceback (most recent call last):\n${unknown}\nDone`, 120);
    expect(text.split('\n')[1]).toMatch(/ variable CUDA$/); // the cut falls inside the literal
    const hits = scan(text, [visible]);
    expect(hits.map((h) => h.line)).toEqual([2]);
    expect(hits[0]!.text).toContain('CUDA_VISIBLE_DEVICES after program start');
    // cut one character earlier, the first piece is no console's width: its end and the next line stay apart
    const short = `Traceback (most recent call last):\n${unknown.slice(0, 119)}\n${unknown.slice(119)}\nDone`;
    expect(scan(short, [visible])).toEqual([]);
  });

  it('a healthy log whose one long line a 120-column console cut inside CUDA_VISIBLE_DEVICES stays healthy', async () => {
    // ul-healthy-drjit-no-gpu-cuinit-disabled: the poster hid the GPUs on purpose; cut as `CUDA_VISIBLE_` /
    // `DEVICES=""`, the hiding was not read and the cuInit message gave a driver error
    const log = readFileSync(new URL('../fixtures/corpus/ul-healthy-drjit-no-gpu-cuinit-disabled.log', import.meta.url), 'utf8');
    const wrapped = hardWrap(log, 120);
    expect(wrapped.split('\n')[0]).toMatch(/CUDA_VISIBLE_$/);
    const d = await diagnoseText(wrapped);
    expect(d.findings.filter((f) => f.severity !== 'info').map((f) => f.rule.id)).toEqual([]);
  });

  it('reads a short paste across a word wrap\'s single cut that fell inside a literal', async () => {
    // real: tl-gpuburn-couldnt-init-cuda-not-initialized, cut by a 72-column mail wrap as `system not yet` /
    // `initialized`; rb-ct2-driver470-insufficient under a hanging indent (`... is insufficient` / `    for CUDA
    // runtime version`): one cut each, too few for the paste to be told wrapped
    const gpuBurn = "Couldn't init CUDA: Error (gpu_burn-drv.cpp:304): system not yet\ninitialized\n";
    const d = await diagnoseText(gpuBurn);
    expect(d.findings[0]?.rule.id).toBe('cuda-unknown-error');
    expect(d.findings[0]!.evidence[0]).toEqual({ line: 1, text: "Couldn't init CUDA: Error (gpu_burn-drv.cpp:304): system not yet initialized" });
    const ct2 = 'NVIDIA-SMI 470.256.02   Driver Version: 470.256.02   CUDA Version: 11.4\n\nPredictions may fail: CUDA failed with error CUDA driver version is insufficient\n    for CUDA runtime version\n';
    const e = await diagnoseText(ct2);
    expect(e.findings[0]?.rule.id).toBe('driver-too-old');
    expect(e.findings[0]!.evidence.map((x) => x.line)).toContain(3);
    // the same words as two records of their own stay apart: no cut inside a literal, nothing joined
    const apart = "Couldn't init CUDA: Error (gpu_burn-drv.cpp:304): system not yet\n[INFO] initialized\n";
    expect((await diagnoseText(apart)).findings.map((f) => f.rule.id)).not.toContain('cuda-unknown-error');
  });

  it('reads a single word-wrap cut that kept the space it broke at (the line ends in white space)', async () => {
    // a mail or forum wrap that leaves the space at the end of the line, and Pinokio's console wrapping pip's
    // indented build output at ~150 columns with two spaces left before the break (deepbeepmeep/Hunyuan3D-2GP#29)
    const torch = 'Loading model\nAssertionError: Torch not compiled with \nCUDA enabled\n';
    const d = await diagnoseText(torch);
    expect(d.findings[0]?.rule.id).toBe('torch-cpu-build');
    expect(d.findings[0]!.evidence[0]).toEqual({ line: 2, text: 'AssertionError: Torch not compiled with CUDA enabled' });
    const pinokio = [
      '      [stderr]',
      "      f:\\pinokio\\api\\Hunyuan3D-2-lowvram.git\\app\\env\\lib\\site-packages\\torch\\utils\\cpp_extension.py:382: UserWarning: Error checking compiler version for  ",
      '      cl: [WinError 2] The system cannot find the file specified',
      "      subprocess.CalledProcessError: Command '['ninja', '-v']' returned non-zero exit status 1.",
    ].join('\n');
    const e = await diagnoseText(pinokio);
    expect(e.findings[0]?.rule.id).toBe('build-toolchain-mismatch');
    expect(e.findings[0]!.evidence[0]!.text).toContain('Error checking compiler version for cl: [WinError 2]');
  });

  it('does not glue lines that are not as wide as a console (a short previous line is its own message)', () => {
    const text = 'OSError: [WinError 1114] A dynamic link library (DLL) initialization routine failed.\nloaded torch\\lib\\c10.dll fine\n';
    expect(scan(text, [c10])).toEqual([]);
  });

  it('a match found in the joined text must start on the first line (the next line reports its own)', () => {
    const lib = { literals: ['dynamic library'], pattern: "Could not load dynamic library '(?<lib>[\\w.]+)'" };
    const text = "I dso_loader.cc:53] Successfully opened dynamic library cudart64_110.dll\nW dso_loader.cc:64] Could not load dynamic library 'cusolver64_10.dll'; dlerror: cusolver64_10.dll not found\n";
    const hits = scan(text, [lib]);
    expect(hits.map((h) => [h.line, h.groups.lib])).toEqual([[2, 'cusolver64_10.dll']]);
  });

  it('keeps the space for a soft wrap (a line shorter than the width)', () => {
    const p = { literals: ['dll load failed'], pattern: 'DLL load failed while importing (?<m>\\w+): The specified module could not be found' };
    const hits = scan('ImportError: DLL load failed while importing _pywrap_tensorflow_internal: The specified\nmodule could not be found.\n', [p]);
    expect(hits.map((h) => h.groups.m)).toEqual(['_pywrap_tensorflow_internal']);
  });
});

describe('whole pipeline', () => {
  it('a hard-wrapped torch c10.dll message is diagnosed as a DLL problem on the first piece', async () => {
    const text = hardWrap(`Traceback (most recent call last):\n  File "C:\\app\\main.py", line 3, in <module>\n    import torch\n${C10}`, 120);
    const { findings } = await diagnoseText(text);
    const ids = findings.map((f) => f.rule.id);
    expect(ids[0]).toBe('msvc-runtime-missing');
    expect(ids).toContain('dll-load-failed');
  });

  it('the last line without a newline is still joined with the line before it (file read in one piece)', async () => {
    const text = hardWrap(`    raise err\n${C10}`, 120); // no final newline: the reader used to hand this line on alone
    async function* source() { yield Buffer.from(text); }
    const chunks = [];
    for await (const c of decodeLines(source())) chunks.push(c);
    expect(chunks).toHaveLength(1);
    const { findings } = await diagnoseChunks(chunks);
    expect(findings[0]?.rule.id).toBe('msvc-runtime-missing');
    expect(findings[0]?.evidence[0]?.line).toBe(2);
  });

  it('UTF-16 text read in one piece keeps its last line too', async () => {
    const text = hardWrap(`    raise err\n${C10}`, 120).replace(/\n/g, '\r\n');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    async function* source() { yield bytes; }
    const chunks = [];
    for await (const c of decodeLines(source())) chunks.push(c);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
    expect(chunks).toHaveLength(1);
  });
});
