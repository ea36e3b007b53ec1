// A column pasted before every line (a pastebin's or editor's line numbers, a list marker, inline-code
// backticks, a word a wrapper printed before each line) is removed before the scan: real corpus logs pasted
// so keep their root cause and their evidence line numbers. Logs without such a column are left as they are.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ColumnStripper, pasteColumnOf } from '../src/engine/paste-column.js';
import { diagnoseText } from '../src/engine/diagnose.js';

const corpusDir = join(__dirname, '..', 'fixtures', 'corpus');
const corpusLog = (name: string): string => readFileSync(join(corpusDir, `${name}.log`), 'utf8');

const SHAPES: Record<string, (line: string, i: number) => string> = {
  'pastebin numbers': (l, i) => `${String(i + 1).padStart(4)} | ${l}`,
  'editor numbers and a tab': (l, i) => `${i + 1}\t${l}`,
  'numbered list': (l, i) => `${i + 1}. ${l}`,
  'a level word on every line': (l) => `ERROR: ${l}`,
  'a wrapper column': (l) => `stderr: ${l}`,
  'list markers': (l) => (l === '' ? l : `- ${l}`),
  'inline-code backticks': (l) => (l.trim() === '' ? l : `\`${l}\``),
  'srun --label task numbers': (l) => `0: ${l}`,
  'a Markdown code block indented by four spaces': (l) => (l === '' ? l : `    ${l}`),
};

describe('a column before every line', () => {
  // real threads whose root cause rests on a pattern anchored at the message's start
  it.each([['thr-xformers-cpu-torch-1', 'torch-cpu-build'], ['ra-kohya-py32bit-richwrap-51', 'python-version-unsupported'], ['job-a2-srun-no-gpus-1', 'job-no-gpu-allocated']])('%s keeps %s and its evidence lines under each shape', async (name, id) => {
    const log = corpusLog(name);
    const plain = await diagnoseText(log);
    expect(plain.findings[0]?.rule.id).toBe(id);
    for (const [shape, f] of Object.entries(SHAPES)) {
      const pasted = log.replace(/\n$/, '').split('\n').map(f).join('\n');
      expect(pasteColumnOf(Buffer.from(pasted)), shape).not.toBeNull();
      const { findings } = await diagnoseText(pasted);
      expect(findings[0]?.rule.id, shape).toBe(id);
      expect(findings[0]!.evidence.map((e) => e.line), shape).toEqual(plain.findings[0]!.evidence.map((e) => e.line));
    }
  });

  it('removes the column line by line, whatever the chunks, keeping the line count and CRLF', () => {
    const pasted = '   1 | Traceback (most recent call last):\r\n   2 |   File "x.py", line 1, in <module>\r\n   3 | \r\n   4 | ImportError: DLL load failed\r\n';
    const stripper = new ColumnStripper(pasteColumnOf(Buffer.from(pasted))!);
    const out = Buffer.concat([stripper.push(Buffer.from(pasted.slice(0, 78))), stripper.push(Buffer.from(pasted.slice(78)))]).toString();
    expect(out).toBe('Traceback (most recent call last):\r\n  File "x.py", line 1, in <module>\r\n\r\nImportError: DLL load failed\r\n');
  });

  it('finds a column in the corpus logs pasted with one only', () => {
    const found = readdirSync(corpusDir).filter((f) => f.endsWith('.log')).filter((f) => pasteColumnOf(readFileSync(join(corpusDir, f)).subarray(0, 64 << 10)) !== null);
    // (and two whose only fenced block is an issue template's Markdown list "- OS:", "- Python:": its
    // markers are a column inside the fences, and removing them changes nothing the scan looks for;
    // and a torchrun log whose every line carries the rank's "[rank1]: " prefix, a real column; and a four-line
    // llama.cpp excerpt whose every line is its loader's "llm_load_tensors: ", which no rule reads; and two kernel-log
    // excerpts whose every line is the driver's "NVRM: ", whose Xid / open-module lines read the same without it)
    // (logs pasted as a code block indented by four spaces or a tab, whole or inside their fences, are many
    // and more arrive: their indent is a column too, listed apart below; the others are these)
    const indentOnly = (f: string): boolean => ['    ', '\t'].includes((pasteColumnOf(readFileSync(join(corpusDir, f)).subarray(0, 64 << 10)) as { text?: string }).text ?? '');
    // (and one service's docker compose log, its `name  | ` column on every line)
    expect(found.filter((f) => !indentOnly(f))).toEqual(['fmt-compose-numpy-1.log', 'fmt-compose-trt-info-1.log', 'fmt-linenum-pyver-1.log', 'fmt-linenum-wsl-1.log', 'nz-minicpmv26-8g-vram-not-enough-prose.log', 'ol-open-560-gtx1080-second-gpu-no-gsp.log', 'pl-rtx50-open-595-xid79-fallen-off-bus.log', 'qa-ollama-31-of-33-offloaded-healthy.log', 'ra-qwen-vllm-oom-otherproc-zh-24.log', 'sz-glm4-2x4090-lora-oom-rich.log', 'ta-orpheus-fastapi-docker-5090-laptop-sm120.log', 'ua-trt7-1060-engine-plan-incompatible.log', 'ua-vllm-p100-docker-v023-nokernel.log', 'ua-vllm-rank0-empty-like-nokernel.log', 'va-healthy-comfy-rocm-docker-node-missing-module.log', 'va-insightface-rest-trt-engine-version-8-2-3.log', 'yl-nccl-check-cuda-failure-1-invalid-argument.log', 'ym-rlswarm-5070-no-kernel-image-rank0.log', 'zm-llamafactory-4x3090-nccl-shm-zh.log', 'zz-chatglm2-win10-ptuning-nccl.log']);
    expect(pasteColumnOf(readFileSync(join(corpusDir, 'ta-orpheus-fastapi-docker-5090-laptop-sm120.log')))).toEqual({ kind: 'word', text: 'orpheus-fastapi     | ' });
    // an indented block is every line's indent, not a prefix some lines share: each of these is indented throughout
    // (a column found inside fences: throughout its fenced lines; the prose around the fences has none)
    const fencedLines = (text: string): string[] => {
      let inFence = false;
      return text.split('\n').filter((l) => (/^\s*```/.test(l) ? ((inFence = !inFence), false) : inFence));
    };
    for (const f of found.filter(indentOnly)) {
      const text = readFileSync(join(corpusDir, f), 'utf8');
      const fenced = (pasteColumnOf(Buffer.from(text).subarray(0, 64 << 10)) as { fenced?: boolean }).fenced === true;
      const lines = (fenced ? fencedLines(text) : text.split('\n')).filter((l) => l.trim() !== '');
      expect(lines.filter((l) => /^(?: {4}|\t)/.test(l)).length / lines.length, f).toBeGreaterThan(0.5);
    }
    expect(pasteColumnOf(readFileSync(join(corpusDir, 'tl-rcic-docker-privileged-no-gpus-torch-assert.log')))).toEqual({ kind: 'word', text: '\t' });
    expect(pasteColumnOf(readFileSync(join(corpusDir, 'ra-qwen-vllm-oom-otherproc-zh-24.log')))).toEqual({ kind: 'word', text: '- ', fenced: true });
    expect(pasteColumnOf(readFileSync(join(corpusDir, 'zz-chatglm2-win10-ptuning-nccl.log')))).toEqual({ kind: 'word', text: '- ', fenced: true });
    expect(pasteColumnOf(readFileSync(join(corpusDir, 'sz-glm4-2x4090-lora-oom-rich.log')))).toEqual({ kind: 'word', text: '[rank1]: ' });
    expect(pasteColumnOf(readFileSync(join(corpusDir, 'ua-vllm-rank0-empty-like-nokernel.log')))).toEqual({ kind: 'word', text: '[rank0]: ' });
    expect(pasteColumnOf(readFileSync(join(corpusDir, 'ym-rlswarm-5070-no-kernel-image-rank0.log')))).toEqual({ kind: 'word', text: '[rank0]: ' });
    // TensorRT 7's own logger prefix on every line of a short paste: a column too, and the messages survive its removal
    expect(pasteColumnOf(readFileSync(join(corpusDir, 'ua-trt7-1060-engine-plan-incompatible.log')))).toEqual({ kind: 'word', text: '[TensorRT] ' });
  });

  it("a log cut at 80 columns (a TTY) and then given a collector's column on every line is unwrapped under the column", async () => {
    // a real log's lines cut at 80 characters as a TTY cuts them (the DLL path split mid-word), then a compose column
    const cut = corpusLog('amd-comfy-zluda-caffe2-8').split('\n').filter((l) => l !== '').flatMap((l) => {
      const pieces = [];
      for (let at = 0; at < l.length || at === 0; at += 80) pieces.push(l.slice(at, at + 80));
      return pieces;
    });
    expect(cut.filter((l) => l.length === 80).length).toBeGreaterThanOrEqual(3);
    const top = async (text: string) => (await diagnoseText(text)).findings[0]?.rule.id;
    expect(await top(cut.join('\n'))).toBe('amd-gpu-rocm-zluda');
    expect(await top(cut.map((l) => `comfyui-1  | ${l}`).join('\n'))).toBe('amd-gpu-rocm-zluda');
  });

  it("a message cut once at 80 columns under a compose column (the column counted in the width) is read whole", async () => {
    // a real compose log (its RTX 5090 sm_120 warning), the terminal's one cut in the warning's first line with
    // the column on the first piece only, after a long stretch of the service's training lines (a paste too long
    // for the short-paste retries: only the single-cut retry can join it)
    const column = 'orpheus-fastapi     | ';
    const train = corpusLog('py-healthy-torch-train-3').replace(/\n$/, '').split('\n').map((l) => column + l);
    const log = corpusLog('ta-orpheus-fastapi-docker-5090-laptop-sm120').replace(/\n$/, '').split('\n');
    const at = log.findIndex((l) => l.includes('capability sm_120'));
    expect(log[at]!.length).toBeGreaterThan(80);
    const cut = [...log.slice(0, at), log[at]!.slice(0, 80), log[at]!.slice(80), ...log.slice(at + 1)];
    const pasted = [...Array.from({ length: 8 }, () => train).flat(), ...cut].join('\n');
    expect(pasted.length).toBeGreaterThan(32 << 10);
    expect(pasteColumnOf(Buffer.from(pasted))).toEqual({ kind: 'word', text: column });
    const { findings } = await diagnoseText(pasted);
    const line = 8 * train.length + at + 1;
    expect(findings[0]!.rule.id).toBe('no-kernel-image');
    expect(findings[0]!.evidence.find((e) => e.line === line)?.text).toContain('CUDA capability sm_120 is not compatible with the current PyTorch installation');
  });

  it('removes line numbers from a paste of two or three lines: the evidence quotes the message, not its number', async () => {
    const log = corpusLog('real-kaggle-cudnn90-vs-93').replace(/\n$/, '');
    expect(log.split('\n')).toHaveLength(3);
    const plain = await diagnoseText(log);
    expect(plain.findings[0]?.rule.id).toBe('cudnn-version-mismatch');
    for (const f of [SHAPES['pastebin numbers']!, SHAPES['editor numbers and a tab']!]) {
      const pasted = log.split('\n').map(f).join('\n');
      expect(pasteColumnOf(Buffer.from(pasted))).toEqual({ kind: 'numbers' });
      const { findings } = await diagnoseText(pasted);
      expect(findings[0]!.evidence).toEqual(plain.findings[0]!.evidence);
    }
    // fewer than four lines: a bare space after the number, a number that does not count on, a word, are the messages'
    expect(pasteColumnOf(Buffer.from('1 GPU found\n2 processes running'))).toBeNull();
    expect(pasteColumnOf(Buffer.from('3\tcuda:0\n3\tcuda:1'))).toBeNull();
    expect(pasteColumnOf(Buffer.from('ERROR: Could not find a version that satisfies the requirement torch\nERROR: No matching distribution found for torch'))).toBeNull();
    expect(pasteColumnOf(Buffer.from('  1 | CUDA out of memory.'))).toBeNull();
  });

  it('finds none where the repeated start is part of the messages', () => {
    const tf = Array.from({ length: 20 }, (_, i) => `2024-05-01 10:00:${String(i).padStart(2, '0')}.123456: I tensorflow/core/common_runtime/gpu/gpu_device.cc:1635] Created device /job:localhost/replica:0/task:0/device:GPU:0 with ${1000 + i} MB memory`).join('\n');
    const smi = ['+-----------------------------------------------------------------------------+', '| NVIDIA-SMI 525.60.13    Driver Version: 525.60.13    CUDA Version: 12.0     |', '|-------------------------------+----------------------+----------------------+', '| GPU  Name        Persistence-M| Bus-Id        Disp.A | Volatile Uncorr. ECC |', '|   0  NVIDIA GeForce ...  Off  | 00000000:01:00.0  On |                  N/A |', '+-------------------------------+----------------------+----------------------+'].join('\n');
    const pip = ['Collecting torch==2.1.1+cu121', 'ERROR: Could not find a version that satisfies the requirement torch==2.1.1+cu121 (from versions: 2.2.0, 2.2.1)', 'ERROR: No matching distribution found for torch==2.1.1+cu121', 'WARNING: You are using pip version 21.2.4; however, version 24.0 is available.'].join('\n');
    for (const log of [tf, smi, pip]) expect(pasteColumnOf(Buffer.from(log))).toBeNull();
  });

  // an issue that numbers only the log inside its fences (a copy from a numbered code view), not its prose
  it.each([['thr-xformers-cpu-torch-1', 'torch-cpu-build'], ['job-a2-srun-no-gpus-1', 'job-no-gpu-allocated']])('%s numbered inside its fences only keeps %s, evidence on the lines as pasted', async (name, id) => {
    const log = corpusLog(name).replace(/\n$/, '');
    const plain = await diagnoseText(log);
    const prose = ['I get this error when I start it:', '', '1 GPU in the box, fresh install.', ''];
    for (const number of [(l: string, i: number) => `${i + 1}\t${l}`, (l: string, i: number) => `${String(i + 1).padStart(3)} | ${l}`]) {
      const pasted = [...prose, '```text', ...log.split('\n').map(number), '```', '', 'Any idea? 2 days on this.'].join('\n');
      expect(pasteColumnOf(Buffer.from(pasted))).toEqual({ kind: 'numbers', fenced: true });
      const { findings } = await diagnoseText(pasted);
      expect(findings[0]?.rule.id).toBe(id);
      expect(findings[0]!.evidence.map((e) => e.line)).toEqual(plain.findings[0]!.evidence.map((e) => e.line + prose.length + 1));
    }
  });

  it('strips a fenced column inside fences only: prose lines that start alike keep their start', () => {
    const pasted = ['1 GPU in the box:', '```', '1\tTraceback (most recent call last):', '2\t  File "x.py", line 1, in <module>', '3\t', '4\tImportError: DLL load failed', '```', '2 days on this.', '~~~', '7\tRuntimeError: CUDA error', '8\tdone', '~~~', ''].join('\n');
    const column = pasteColumnOf(Buffer.from(pasted))!;
    expect(column).toEqual({ kind: 'numbers', fenced: true });
    const stripper = new ColumnStripper(column);
    const cut = pasted.indexOf('4\t');
    const out = Buffer.concat([stripper.push(Buffer.from(pasted.slice(0, cut))), stripper.push(Buffer.from(pasted.slice(cut)))]).toString();
    expect(out).toBe(['1 GPU in the box:', '```', 'Traceback (most recent call last):', '  File "x.py", line 1, in <module>', '', 'ImportError: DLL load failed', '```', '2 days on this.', '~~~', 'RuntimeError: CUDA error', 'done', '~~~', ''].join('\n'));
  });
});
