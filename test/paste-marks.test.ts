// What a paste adds inside lines (colour codes, quote markers, code fences typed against the text) and how a
// rich console or a mail client wraps a log (a hanging indent, a quoted word wrap): real corpus logs in those
// shapes keep the root cause they have as posted, and logs without them pass the stages untouched.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnoseText } from '../src/engine/diagnose.js';
import { MarkStripper, pasteMarksOf } from '../src/engine/paste-marks.js';
import { wrapShapeOf } from '../src/engine/wrapped-lines.js';
import { transformNamed } from '../scripts/shapes/transforms.js';

const corpusLog = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', 'corpus', `${name}.log`), 'utf8');
const shaped = (shape: string, text: string): string => transformNamed(shape)!.apply(text);
const first = async (text: string): Promise<string | undefined> => (await diagnoseText(text)).findings[0]?.rule.id;

describe('marks a paste puts on lines', () => {
  it('removes colour codes, quote markers and glued fences, line by line and chunk by chunk, keeping CRLF and the line count', () => {
    const pasted = '> \x1b[1;31mRuntimeError: CUDA error\x1b[0m\r\n> > ```import torch```\r\n>\r\n```Installing collected packages: torch\r\n```python\r\n```\r\n';
    const marks = pasteMarksOf(Buffer.from(pasted));
    expect(marks).toEqual({ escapes: true, quotes: true, fences: true, colons: false });
    const stripper = new MarkStripper(marks!);
    // (chunks of whole lines, as decodeLines hands them on)
    const cut = pasted.indexOf('\n', 41) + 1;
    const out = Buffer.concat([stripper.push(Buffer.from(pasted.slice(0, cut))), stripper.push(Buffer.from(pasted.slice(cut)))]).toString();
    // (a fence line, with or without its info string, stays: the fence-aware stages read it)
    expect(out).toBe('RuntimeError: CUDA error\r\nimport torch\r\n\r\nInstalling collected packages: torch\r\n```python\r\n```\r\n');
  });

  it('rewrites each line that carries a mark the paste shows, whichever mark it is, and hands every other line on as it is', () => {
    // a Discord paste: fences typed against the text, one opening after an indent, one closing after a
    // message; a captured terminal's colour codes, one of them the one-byte CSI (U+009B)
    const pasted = [
      '   ```pip install torch==2.1.0 --index-url https://download.pytorch.org/whl/cu121',
      'Looking in indexes: https://download.pytorch.org/whl/cu121',
      'ERROR: No matching distribution found for torch==2.1.0```',
      '\u009b31mRuntimeError: CUDA error: no kernel image is available for execution on the device\u009b0m',
      '`` not a fence ``',
      '',
    ].join('\n');
    const marks = pasteMarksOf(Buffer.from(pasted));
    expect(marks).toEqual({ escapes: true, quotes: false, fences: true, colons: false });
    const bytes = Buffer.from(pasted);
    const out = new MarkStripper(marks!).push(bytes).toString();
    expect(out).toBe([
      'pip install torch==2.1.0 --index-url https://download.pytorch.org/whl/cu121',
      'Looking in indexes: https://download.pytorch.org/whl/cu121',
      'ERROR: No matching distribution found for torch==2.1.0',
      'RuntimeError: CUDA error: no kernel image is available for execution on the device',
      '`` not a fence ``',
      '',
    ].join('\n'));
  });

  it('finds none in a log without them', () => {
    for (const log of ['Traceback (most recent call last):\n  File "x.py", line 1, in <module>\nImportError: DLL load failed', 'a -> b\n>>> import torch\nx = 1', '```\nCUDA out of memory\n```']) {
      expect(pasteMarksOf(Buffer.from(log)), log).toBeNull();
    }
  });

  it('gives an exception name its ASCII colon back where a Chinese input method typed a full-width one', async () => {
    // real: sz-mmdet3d-ext-proc-not-found's `ImportError：DLL load failed while importing _ext: 找不到指定的程序。`
    const pasted = '报错如下：\r\nImportError：DLL load failed while importing _ext: 找不到指定的程序。\r\nAssertionError： Found no NVIDIA driver\r\n';
    const marks = pasteMarksOf(Buffer.from(pasted));
    expect(marks).toEqual({ escapes: false, quotes: false, fences: false, colons: true });
    const out = new MarkStripper(marks!).push(Buffer.from(pasted)).toString();
    // (the colon after Chinese prose stays: only a class name's is the program's)
    expect(out).toBe('报错如下：\r\nImportError: DLL load failed while importing _ext: 找不到指定的程序。\r\nAssertionError: Found no NVIDIA driver\r\n');
    // real near misses: prose colons after a lower-case "error" (ta-seedx-vllm092-chat-template-400-healthy, sl-vllm-docker-tp2-nccl-system-error)
    expect(pasteMarksOf(Buffer.from('chat api error：\n[Bug]: about NCCL error：unhandled system error\n'))).toBeNull();
    // and the diagnosis of a log retyped so keeps its root cause
    const log = corpusLog('ta-trtdemos-trt8218-libnvinfer8-ldpath-brackets');
    expect(await first(shaped('fullwidth', log))).toBe('cuda-lib-missing');
  });

  it('reads a coloured log at its visible width: a coloured line is no wrapped one', async () => {
    // (real: a Chinese user's torch 0.4.1 check; its colour codes had made the short lines look word-wrapped at 51)
    const log = corpusLog('uz-rcan-3090-torch041-cudnn-exec-failed');
    expect(await first(shaped('ansi', log))).toBe(await first(log));
  });

  it('joins a quoted, word-wrapped reply back (a mail client wraps, then quotes)', async () => {
    const log = corpusLog('amd-comfy-zluda-caffe2-8');
    expect(await first(shaped('mail-reply', log))).toBe(await first(log));
  });

  it('reads a message whose closing fence was typed against it (a Discord paste)', async () => {
    const log = corpusLog('real-pip-tf212-versions-list-py37');
    expect(await first(shaped('fence-discord', log))).toBe('python-version-unsupported');
  });
});

describe('a word wrap with a hanging indent', () => {
  it('joins a rich console log back: the wrapped record reads as one line', async () => {
    // real: kohya_ss's rich logger wraps the Python banner after "32 bit" and indents "(Intel)]" under the message
    const log = corpusLog('ra-kohya-py32bit-richwrap-51');
    expect(wrapShapeOf(Buffer.from(log))).toEqual({ mode: 'word', width: 116, indent: 25 });
    const { findings } = await diagnoseText(log);
    expect(findings[0]?.rule.id).toBe('python-version-unsupported');
    // (the evidence quotes the joined message without its console stamp, as for every stripped log prefix)
    expect(findings[0]!.evidence[0]).toEqual({ line: 4, text: 'Python version is 3.10.11 (tags/v3.10.11:7d4cc5a, Apr  5 2023, 00:20:04) [MSC v.1929 32 bit (Intel)]' });
  });

  it.each([['richlog', 'ra-comfy-desktop-mx110-mallocasync-46'], ['hangwrap80', 'ra-ader-p40-mamba-nokernel-zh-102'], ['hangwrap80', 'ra-kohya-bnb-win-windowspath-20']])('%s: %s keeps its root cause', async (shape, name) => {
    const log = corpusLog(name);
    expect(await first(shaped(shape, log))).toBe(await first(log));
  });

  it('never reads a traceback\'s source line, or lines indented alike, as the rest of the line above', () => {
    // long frame lines near one width, each followed by its source line four spaces in: a traceback, not a wrap
    const frames = Array.from({ length: 6 }, (_, i) => [
      `  File "/home/user/miniconda3/envs/sd/lib/python3.10/site-packages/torch/nn/modules/module_${i}.py", line 1${i}, in _call_impl`,
      `    return forward_call(*input, **kwargs)`,
    ]).flat();
    expect(wrapShapeOf(Buffer.from(['Traceback (most recent call last):', ...frames, 'RuntimeError: CUDA error: no kernel image is available for execution on the device'].join('\n')))?.indent).toBeUndefined();
    // a call's arguments, one per line, indented alike under a line indented alike
    const call = ['    pipe = StableDiffusionPipeline.from_pretrained(model_id_or_path_that_is_long,', ...Array.from({ length: 6 }, (_, i) => `    argument_number_${i}=value_that_is_long_enough_to_reach_the_width_of_the_line_${i},`)];
    expect(wrapShapeOf(Buffer.from(call.join('\n')))?.indent).toBeUndefined();
  });
});
