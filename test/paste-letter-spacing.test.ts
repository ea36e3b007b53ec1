// A Windows console's UTF-16 output read as single bytes, each zero byte shown as a space ("T o r c h   n o t …"):
// the letter-spaced lines get their characters back before the scan, so the messages of every rule read as
// they do in the log as printed; ordinary text, rows of single digits and code pass untouched.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnoseText } from '../src/engine/diagnose.js';
import { isLetterSpacedPaste, LetterSpacingJoiner } from '../src/engine/letter-spacing.js';

/** The text as PowerShell 5.1's `>` writes it (UTF-16LE), opened by a tool that reads bytes and shows NUL as a space. */
const utf16AsBytes = (text: string): string => Buffer.from(text, 'utf16le').toString('latin1').replace(/\0/g, ' ');
const ids = async (text: string): Promise<string[]> => (await diagnoseText(text)).findings.map((f) => f.rule.id);

// program messages as real logs print them (the Windows consoles of the corpus cases named)
const LOGS: Record<string, string> = {
  // torch's CPU wheel asked for CUDA (a ComfyUI / A1111 console)
  'torch-cpu-build': [
    'Traceback (most recent call last):',
    '  File "C:\\ComfyUI\\main.py", line 87, in <module>',
    '    torch.cuda.current_device()',
    '  File "C:\\ComfyUI\\python_embeded\\Lib\\site-packages\\torch\\cuda\\__init__.py", line 289, in _lazy_init',
    '    raise AssertionError("Torch not compiled with CUDA enabled")',
    'AssertionError: Torch not compiled with CUDA enabled',
  ].join('\r\n'),
  // torch's own DLL that cannot load its dependencies (no Visual C++ runtime)
  'msvc-runtime-missing': 'OSError: [WinError 126] The specified module could not be found. Error loading "C:\\Users\\me\\miniconda3\\envs\\sd\\lib\\site-packages\\torch\\lib\\c10.dll" or one of its dependencies.',
  // nvidia-smi without a loaded driver
  'driver-not-loaded': "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.",
  // torch's allocator out of memory
  'gpu-out-of-memory': 'torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0; 4.00 GiB total capacity; 3.42 GiB already allocated; 0 bytes free; 3.46 GiB reserved in total by PyTorch)',
};

describe('letter-spaced pastes (UTF-16 shown byte by byte)', () => {
  it.each(Object.entries(LOGS))('reads %s as in the log as printed, alone and after lines that were not letter-spaced', async (id, log) => {
    expect(await ids(log)).toContain(id);
    const spaced = utf16AsBytes(`${log}\r\n`);
    expect(spaced).toMatch(/^(?:\S ){4}/);
    expect((await ids(spaced))[0]).toBe((await ids(log))[0]);
    // (a file whose first lines another program wrote in UTF-8, the rest redirected from PowerShell)
    const mixed = `(venv) C:\\work> python run.py > out.txt 2>&1\r\n${spaced}`;
    expect((await ids(mixed))[0]).toBe((await ids(log))[0]);
  });

  it('reads the real paste of an onnxruntime provider failure (ComfyUI_IPAdapter_plus#238), its words parted by three spaces', async () => {
    const log = readFileSync(join(__dirname, '..', 'fixtures', 'corpus', 'ng-ipadapter-insightface-ort126-letter-spaced.log'), 'utf8');
    expect(isLetterSpacedPaste(Buffer.from(log))).toBe(true);
    const found = (await diagnoseText(log)).findings[0]!;
    expect(found.rule.id).toBe('cuda-runtime-missing');
    expect(found.evidence[0]!.text).toContain('LoadLibrary failed with error 126 "" when trying to load');
  });

  it('gives the characters back line by line, keeping the line count and each line break, and leaves other lines as they are', () => {
    const pasted = 'python train.py\r\n' + utf16AsBytes('RuntimeError: CUDA error: out of memory\r\nDone.\r\n') + 'exit code 1\n';
    const out = new LetterSpacingJoiner().push(Buffer.from(pasted, 'latin1')).toString('latin1');
    // (the zero byte after each line break leaves a space before the next line's first character)
    expect(out).toBe('python train.py\r\nRuntimeError: CUDA error: out of memory\r\nDone.\r\n exit code 1\n');
    expect(out.split('\n')).toHaveLength(pasted.split('\n').length);
  });

  it('finds no letter spacing in ordinary text, rows of single digits, code or a spaced-out line without words', () => {
    const plain = [
      'Traceback (most recent call last):',
      '  File "x.py", line 1, in <module>',
      'tensor([[0 0 1 0 1 0 1 0 1 1 0 1]',
      '        [1 0 0 1 0 1 1 0 1 0 1 0]])',
      ' 0 1 0 1 0 1 0 1 0 1 0 1 0 1 0 1 0 1',
      'x = a + b * c - d / e',
      '- - - - - - - - - - - - - - - - - - -',
      'I am a user of a GPU: x y z w',
    ].join('\n');
    expect(isLetterSpacedPaste(Buffer.from(plain))).toBe(false);
    // (inside a letter-spaced paste, a line with two characters side by side is never read as letter-spaced)
    const kept = [0, 1, 2, 3, 7].map((i) => plain.split('\n')[i]!).join('\n');
    expect(new LetterSpacingJoiner().push(Buffer.from(kept)).toString()).toBe(kept);
  });

  it('reads a line whose characters outside ASCII show as their two bytes, and the short lines of a letter-spaced paste', async () => {
    // (a Chinese Windows console: WinError 126 in Chinese, the DLL path in ASCII; an issue form's version field)
    const log = 'OSError: [WinError 126] 找不到指定的模块。 Error loading "D:\\sd\\venv\\lib\\site-packages\\torch\\lib\\c10.dll" or one of its dependencies.\r\n### Version\r\n\r\n2.1.2\r\n';
    const spaced = Buffer.from(log, 'utf16le').toString('latin1').replace(/\0/g, ' ');
    expect(isLetterSpacedPaste(Buffer.from(spaced))).toBe(true);
    // (the space of the zero byte after each line break goes with the line's rest; a blank line keeps its CR's)
    const lines = log.split('\r\n');
    expect(new LetterSpacingJoiner().push(Buffer.from(spaced)).toString()).toBe(`${lines[0]}\r\n${lines[1]}\r\n \r \n${lines[3]}\r\n `);
    expect((await ids(spaced))[0]).toBe((await ids(log))[0]);
  });
});
