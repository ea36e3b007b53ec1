// Logs pasted wrapped: word-wrapped by a mail client or a forum (the space removed or kept at the line's end),
// hard-cut at a fixed terminal width in the middle of words. Real corpus logs are wrapped here and must give
// the diagnosis of the log as it was, with evidence on the line where the message starts as pasted.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnoseChunks, diagnoseText } from '../src/engine/diagnose.js';
import { Unwrapper, wrapShapeOf } from '../src/engine/wrapped-lines.js';
import { transformNamed } from '../scripts/shapes/transforms.js';

const corpusLog = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', 'corpus', `${name}.log`), 'utf8');

/** Cuts every line into pieces of `width` characters (a copy from a fixed-width terminal). */
function hardWrap(text: string, width: number): string {
  return text.split('\n').flatMap((line) => {
    const pieces: string[] = [];
    for (let i = 0; i < line.length; i += width) pieces.push(line.slice(i, i + width));
    return pieces.length ? pieces : [''];
  }).join('\n');
}

/** Breaks every line at the last space that fits in `width`; the space is dropped, or kept at the line's end. */
function wordWrap(text: string, width: number, keepSpace = false): string {
  return text.split('\n').flatMap((line) => {
    const out: string[] = [];
    let rest = line;
    while (rest.length > width) {
      const at = rest.lastIndexOf(' ', keepSpace ? width - 1 : width);
      if (at <= 0) { out.push(rest.slice(0, width)); rest = rest.slice(width); continue; }
      out.push(rest.slice(0, keepSpace ? at + 1 : at));
      rest = rest.slice(at + 1);
    }
    out.push(rest);
    return out;
  }).join('\n');
}

const ids = async (text: string): Promise<string[]> => (await diagnoseText(text)).findings.map((f) => f.rule.id);
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('a wrapped paste is joined back before the scan', () => {
  // the NVML message ("nvml error: driver/library version mismatch") sits at the end of a 318-character
  // docker line: wrapped, its literal straddles a break three or four lines down
  const mismatch = corpusLog('drv-driver-library-mismatch-4');

  it('word-wrapped at 80 (space dropped), at 72 (space kept), hard-cut at 77 and at 60', async () => {
    expect((await ids(mismatch))[0]).toBe('driver-library-mismatch');
    // (word-wrapped at 72 keeping the space, the docker line's last piece, "…mode as 'legacy'", is followed by
    // "nvidia-container-cli:", a word that would not have fit after it: read as a cut, the two lines are one
    // logical line, which starts at the docker line)
    const variants: Array<[string, string]> = [[wordWrap(mismatch, 80), 'nvidia-container-cli: initialization error'], [wordWrap(mismatch, 72, true), 'docker: Error response'], [hardWrap(mismatch, 77), 'nvidia-container-cli: initialization error'], [hardWrap(mismatch, 60), 'nvidia-container-cli: initialization error']];
    for (const [wrapped, start] of variants) {
      expect(wrapped.split('\n').length).toBeGreaterThan(mismatch.split('\n').length + 3);
      const { findings } = await diagnoseText(wrapped);
      expect(findings[0]?.rule.id).toBe('driver-library-mismatch');
      // evidence: the message, on the line where its logical line starts as pasted
      const ev = findings[0]!.evidence.find((e) => e.text.includes('driver/library version'))!;
      expect(ev.line).toBe(lineOf(wrapped, start));
    }
  });

  it('an fbgemm.dll load failure cut at a width no console uses (93) is still torch-libomp-missing', async () => {
    const log = corpusLog('py-torch-libomp-missing-1');
    const wrapped = hardWrap(log, 93);
    expect(wrapShapeOf(Buffer.from(wrapped))).toEqual({ mode: 'hard', width: 93 });
    expect((await ids(wrapped))[0]).toBe('torch-libomp-missing');
  });

  it('a cut is told in characters where the sample holds other bytes: progress bars of █ (3 bytes each) cut at 50, 72, 80, 93', async () => {
    // (the sample is counted by 256-byte blocks, byte by byte only in blocks that are not all ASCII)
    const log = corpusLog('sa-xtts-finetune-cudnn9-win10-download');
    for (const width of [50, 72, 80, 93]) {
      const wrapped = hardWrap(log, width);
      expect(wrapShapeOf(Buffer.from(wrapped)), `${width}`).toEqual({ mode: 'hard', width });
      expect((await ids(wrapped))[0], `${width}`).toBe('cudnn-missing');
    }
  });

  it('a short paste: a three-line docker build log word-wrapped at 80 (two cuts)', async () => {
    const log = corpusLog('real-pip-torch-cu113-py312-ernerf-1');
    const wrapped = wordWrap(log, 80);
    expect(wrapped.split('\n').length).toBe(log.split('\n').length + 2);
    expect(wrapShapeOf(Buffer.from(wrapped))?.mode).toBe('word');
    const { findings } = await diagnoseText(wrapped);
    expect(findings[0]?.rule.id).toBe('python-version-unsupported');
    // (the versions pip lists, cut over two lines, tell that no wheel exists for this Python at all)
    const lines = findings[0]!.evidence.map((e) => e.line);
    expect(lines).toContain(lineOf(wrapped, 'ERROR: No matching distribution'));
    // each on the line where its message starts as pasted
    for (const line of lines) expect([lineOf(wrapped, 'ERROR: Could not find a version'), lineOf(wrapped, 'ERROR: No matching distribution')]).toContain(line);
  });

  it('a one-message paste hard-cut at 72 and at 60 (one or two cuts: too few to tell a wrap, the scanner joins each cut)', async () => {
    const log = corpusLog('feat-bf16-v100-zh-3');
    for (const width of [72, 60]) {
      const wrapped = hardWrap(log, width);
      expect(wrapShapeOf(Buffer.from(wrapped)), `${width}`).toBeNull();
      expect((await ids(wrapped))[0], `${width}`).toBe('gpu-feature-unsupported');
    }
  });

  it('a short paste word-wrapped at 60, every line a few characters short of 60, is joined back', async () => {
    const log = corpusLog('lib-cuda-path-not-set-1');
    const wrapped = wordWrap(log, 60);
    expect(Math.max(...wrapped.split('\n').map((l) => l.length))).toBeLessThan(60);
    expect(wrapShapeOf(Buffer.from(wrapped))?.mode).toBe('word');
    expect((await ids(wrapped))[0]).toBe('cuda-path-not-set');
  });

  it('word-wrapped at 60 keeping the space, its long paths cut at 60, is a word wrap and not a hard one', async () => {
    const log = corpusLog('app-flashattn-nvccver-2');
    const wrapped = wordWrap(log, 60, true);
    // many lines of exactly 60 (the paths cut inside a word), more just short of it, ending in the space kept
    expect(wrapShapeOf(Buffer.from(wrapped))).toEqual({ mode: 'word', width: 60 });
    expect((await ids(wrapped))[0]).toBe('build-toolchain-mismatch');
    // a hard wrap of the same log stays one
    expect(wrapShapeOf(Buffer.from(hardWrap(log, 60)))).toEqual({ mode: 'hard', width: 60 });
  });

  it('word-wrapped at 72 keeping the space, where the next word fits only without its own space (each case lost before)', async () => {
    // (drv-driver-too-old-2: "…Please update your " before "GPU driver…"; rl-tf1-nmt-bfc-dst-tensor: TF's BFC
    // allocator lines; rw-csm-fbgemm-venv-2025: a cut before a path longer than the width, far short of it)
    for (const [name, id] of [['drv-driver-too-old-2', 'driver-too-old'], ['rl-tf1-nmt-bfc-dst-tensor', 'gpu-out-of-memory'], ['rw-csm-fbgemm-venv-2025', 'torch-libomp-missing']]) {
      const wrapped = wordWrap(corpusLog(name!), 72, true);
      expect(wrapShapeOf(Buffer.from(wrapped)), name).toEqual({ mode: 'word', width: 72 });
      expect((await ids(wrapped))[0], name).toBe(id);
    }
  });

  it('a one-line message hard-cut twice at 77, a mail width no console has, is joined back', async () => {
    const log = corpusLog('rw-dlib-cuda90-msvc-list');
    const wrapped = hardWrap(log, 77);
    expect(wrapped.trimEnd().split('\n')).toHaveLength(3);
    expect(wrapShapeOf(Buffer.from(wrapped))).toEqual({ mode: 'hard', width: 77 });
    expect((await ids(wrapped))[0]).toBe('build-toolchain-mismatch');
    // the same two cuts at a console's width stay for the scanner's retries
    expect(wrapShapeOf(Buffer.from(hardWrap(log, 80)))).toBeNull();
  });

  it('three lines of 44-52 characters, each one a record of its own, are not one word-wrapped line', () => {
    // (an nvidia-smi query, a version line and an environment line: each next word would not have fit, but two
    // such "cuts" below the narrowest wrap width are any three lines of a short paste)
    const pasted = ['NVIDIA GeForce GTX 1080 Ti, 470.223.02, 11264 MiB', 'torch 2.1.0+cu121 / CUDA 12.1 / cuDNN 8902 / sm_61', 'CUDA_VISIBLE_DEVICES=0 LD_LIBRARY_PATH=/usr/lib64'];
    for (const l of pasted) expect(l.length).toBeGreaterThanOrEqual(44);
    expect(wrapShapeOf(Buffer.from(pasted.join('\n')))).toBeNull();
    // a message word-wrapped at 60 into three lines is still one
    const message = 'ValueError: Bfloat16 is only supported on GPUs with compute capability of at least 8.0. Your Tesla V100-SXM2-32GB GPU has compute capability 7.0.';
    expect(wrapShapeOf(Buffer.from(wordWrap(message, 60)))).toEqual({ mode: 'word', width: expect.any(Number) });
  });

  it('counts lines as pasted', async () => {
    const wrapped = wordWrap(mismatch, 60);
    const d = await diagnoseText(wrapped);
    expect(d.lines).toBe(wrapped.split('\n').length - (wrapped.endsWith('\n') ? 1 : 0));
  });
});

describe('a hard cut beside a table, a short rich log', () => {
  it('a paste cut at 80 holding an nvidia-smi table (rows of 79, just below the cut) is a hard cut at 80', async () => {
    // real: tz-bml-codelab-v100-418-cuda35 (a Paddle error 35 under nvidia-smi 418); its table rows had counted
    // as lines just short of the width and hidden the cut, which was then joined as a word wrap ('CUD A runtime')
    const wrapped = hardWrap(corpusLog('tz-bml-codelab-v100-418-cuda35'), 80);
    expect(wrapShapeOf(Buffer.from(wrapped))).toEqual({ mode: 'hard', width: 80 });
    const d = await diagnoseText(wrapped);
    expect(d.findings[0]?.rule.id).toBe('driver-too-old');
  });

  it('a rich log with two long records wrapped under its 25-column stamp is joined back (two cuts under a deep indent)', async () => {
    // real: xa-comfy-kitchen-cuda-backend-c-126-healthy, a healthy ComfyUI start whose optional comfy_kitchen
    // backend reports `'unavailable_reason': 'DLL load failed …'`; wrapped, that piece alone read as a failure
    const rich = transformNamed('richlog')!.apply(corpusLog('xa-comfy-kitchen-cuda-backend-c-126-healthy'));
    expect(wrapShapeOf(Buffer.from(rich))).toMatchObject({ mode: 'word', indent: 25 });
    const d = await diagnoseText(rich);
    expect(d.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.rule.id)).not.toContain('dll-load-failed');
    // a code block indented by 4 under a shorter line stays as it is: two cuts tell a wrap only under a deep indent
    const block = 'Traceback (most recent call last):\n  File "x.py", line 3, in <module>\n    import torch, torchvision, torchaudio, numpy, scipy, pandas, matplotlib.pyplot as plt\n';
    expect(wrapShapeOf(Buffer.from(block))).toBeNull();
  });
});

describe('a word wrap under a hanging indent that cuts a long word', () => {
  it('joins the pieces of a path cut mid-word without a space (rich / loguru consoles)', async () => {
    // real: pa-a1111-dreambooth-bnb-win-cpu-so, bitsandbytes loading its Linux .so under C:\ on Windows; wrapped at
    // 80 with a 4-space hanging indent, "…\libbitsandbyte" + "    s_cpu.so..." had been joined with a space, so the
    // path read as no library at all and the CUDA-setup lines around it as a missing runtime
    const wrapped = transformNamed('hangwrap80')!.apply(corpusLog('pa-a1111-dreambooth-bnb-win-cpu-so'));
    const shape = wrapShapeOf(Buffer.from(wrapped));
    expect(shape).toMatchObject({ mode: 'word', indent: 4 });
    const u = new Unwrapper(shape!);
    const joined = Buffer.concat([u.push(Buffer.from(wrapped)), u.end()]).toString();
    expect(joined).toContain('bitsandbytes\\libbitsandbytes_cpu.so');
    const found = await ids(wrapped);
    expect(found[0]).toBe('no-gpu-build-for-platform');
    expect(found).not.toContain('cuda-runtime-missing');
    // a piece holding words is still joined with the space the wrap took
    expect(joined).toContain('If you are on a cluster, make sure you are on a CUDA machine!');
  });
});

describe('wrapShapeOf: what does not look wrapped', () => {
  it('the corpus logs as they are (but the ones pasted wrapped)', () => {
    for (const name of ['drv-driver-library-mismatch-4', 'py-torch-libomp-missing-1', 'ver-cpu-3', 'mix-driver-old-collectenv-1', 'fmt-long-tfgpu-removed-1', 'fmt-compose-numpy-1']) {
      expect(wrapShapeOf(Buffer.from(corpusLog(name))), name).toBeNull();
    }
    expect(wrapShapeOf(Buffer.from(corpusLog('fmt-wrap80-libdevice-1')))).toEqual({ mode: 'hard', width: 80 });
  });

  it('a table whose rows are all one width (nvidia-smi, conda list) is not cut', () => {
    const smi = [
      '+-----------------------------------------------------------------------------+',
      '| NVIDIA-SMI 470.82.01    Driver Version: 470.82.01    CUDA Version: 11.4     |',
      '|-------------------------------+----------------------+----------------------+',
      '| GPU  Name        Persistence-M| Bus-Id        Disp.A | Volatile Uncorr. ECC |',
      '| Fan  Temp  Perf  Pwr:Usage/Cap|         Memory-Usage | GPU-Util  Compute M. |',
      '|===============================+======================+======================|',
      '|   0  Tesla T4            Off  | 00000000:00:04.0 Off |                    0 |',
      '| N/A   36C    P8     9W /  70W |      0MiB / 15109MiB |      0%      Default |',
      '+-------------------------------+----------------------+----------------------+',
    ].join('\n');
    expect(wrapShapeOf(Buffer.from(smi))).toBeNull();
  });

  it("a conda table copied from a web page, its spaces NBSP, is not a word wrap of long words (its rows are not one word)", async () => {
    const log = corpusLog('ver-cpu-3').replace(/ /g, '\u00a0');
    expect(wrapShapeOf(Buffer.from(log))?.mode).not.toBe('word');
    expect((await ids(log))[0]).toBe('torch-cpu-build');
  });

  it('the same message repeated is one line, not many cuts', () => {
    const line = 'mar 06 15:10:53 host gdm3[7066]: modprobe: ERROR: could not insert \'nvidia\': Key was rejected by service';
    const text = Array.from({ length: 8 }, () => line + '\n' + 'mar 06 15:10:54 host kernel: Lockdown: modprobe: unsigned module loading is restricted').join('\n');
    expect(wrapShapeOf(Buffer.from(text))).toBeNull();
  });
});

describe('Unwrapper', () => {
  const wrapped = hardWrap(corpusLog('drv-driver-library-mismatch-4'), 70);
  const shape = wrapShapeOf(Buffer.from(wrapped))!;

  it('gives the same text whatever the chunks, and maps its lines back to the lines as pasted', () => {
    const whole = new Unwrapper(shape);
    const once = Buffer.concat([whole.push(Buffer.from(wrapped)), whole.end()]).toString();
    const lines = wrapped.split('\n');
    for (const cut of [1, 2, 3, 5, 6]) {
      const u = new Unwrapper(shape);
      const parts = [lines.slice(0, cut).join('\n') + '\n', lines.slice(cut).join('\n')];
      expect(Buffer.concat([...parts.map((p) => u.push(Buffer.from(p))), u.end()]).toString()).toBe(once);
    }
    const joined = once.split('\n');
    const at = joined.findIndex((l) => l.includes('nvml error: driver/library version mismatch')) + 1;
    expect(joined[at - 1]!.startsWith('nvidia-container-cli: initialization error')).toBe(true);
    expect(whole.lines.inputLine(at)).toBe(lineOf(wrapped, 'nvidia-container-cli: initialization error'));
    expect(whole.lines.inputLine(1)).toBe(1);
    expect(joined.length + whole.lines.fewerLines).toBe(lines.length);
  });

  it('diagnoses the same when the wrapped log arrives in small chunks', async () => {
    async function* chunks() {
      const lines = wrapped.split('\n');
      for (let i = 0; i < lines.length; i += 3) yield { text: lines.slice(i, i + 3).join('\n') + (i + 3 < lines.length ? '\n' : '') };
    }
    const { findings } = await diagnoseChunks(chunks());
    expect(findings[0]?.rule.id).toBe('driver-library-mismatch');
  });
});

describe('a narrow or a short hard-wrapped paste', () => {
  it('joins a real paste cut at 36 columns (a phone): the DKMS build failure reads whole', async () => {
    // real: linux-surface#1884, cut mid-word at 36 ('KE'/'RNEL_UNAME', 'nvidi'/'a-kernel-dkms'), prose above it longer
    const log = corpusLog('wl-trixie-surface-kernel-dkms-550-wrapped');
    expect(wrapShapeOf(Buffer.from(log))).toEqual({ mode: 'hard', width: 36 });
    const { findings } = await diagnoseText(log);
    expect(findings[0]?.rule.id).toBe('driver-not-loaded');
    expect(findings[0]!.evidence.map((e) => e.text)).toContain('Consult /var/lib/dkms/nvidia-current/550.163.01/build/make.log for more information.');
  });

  const cublas = join(__dirname, '..', '..', 'shared', 'eval-dev', 'pt-cublas-init-viscpm3.log');
  it.skipIf(!existsSync(cublas))('joins one message cut into three or more pieces, the only one of a short paste', async () => {
    // real (../shared/eval-dev): a cuBLAS init failure asked about in Chinese, its one message cut at 36
    // ('STA'/'TUS', 'cu'/'blasCreate')
    const log = readFileSync(cublas, 'utf8');
    const wrapped = hardWrap(log, 36);
    expect(wrapShapeOf(Buffer.from(wrapped))).toEqual({ mode: 'hard', width: 36 });
    expect((await ids(wrapped))[0]).toBe('cublas-init-failed');
  });

  it('leaves lines of one length in a row alone when they are a list or a message its program wrapped', () => {
    // collect_env's "Key: value" lines, two of 32 characters in a row; NumPy's own 59-column paragraph
    const env = ['PyTorch version: 2.5.1+cu124', 'Is debug build: False', 'CUDA used to build PyTorch: 12.4', 'OS: Microsoft Windows 11 Pro', 'Clang version: Could not collect', 'CMake version: Could not collect', 'Libc version: N/A'].join('\n');
    const numpy = ['A module that was compiled using NumPy 1.x cannot be run in', 'NumPy 2.0.0rc2 as it may crash. To support both 1.x and 2.x', 'versions of NumPy, modules must be compiled with NumPy 2.0.', "Some module may need to rebuild instead e.g. with 'pybind11>=2.12'."].join('\n');
    expect(wrapShapeOf(Buffer.from(env))).toBeNull();
    expect(wrapShapeOf(Buffer.from(numpy))).toBeNull();
    // a long Keras session: progress lines of one width (87), each ending in a number and the next starting
    // with one, are no chain of cuts (test/web-long-log.test.ts: a message between two of them stays its own line)
    const keras = corpusLog('fmt-long-libdevice-1').split('\n').filter((l) => l.trim() !== '');
    expect(wrapShapeOf(Buffer.from(Array.from({ length: 3000 }, (_, i) => keras[i % keras.length]).join('\n')))).toBeNull();
  });
});
