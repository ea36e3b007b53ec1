// A fatal library failure followed lower in the log by the next one (the user fixed the first and ran again)
// ranks the later failure first; the same two messages in the other order (one run's list) keep their ranks.
import { describe, expect, it } from 'vitest';
import { diagnoseText } from '../src/engine/diagnose.js';

const IDS = new Set(['cudnn-missing', 'zlibwapi-missing', 'cuda-lib-missing']);
const ranked = async (text: string): Promise<string[]> =>
  (await diagnoseText(text)).findings.filter((f) => IDS.has(f.rule.id)).map((f) => `${f.rule.id}:${f.severity}`);

const CUDNN_126 = 'Could not load library cudnn_ops_infer64_8.dll. Error code 126\nPlease make sure cudnn_ops_infer64_8.dll is in your library path!';
const CUBLAS = 'RuntimeError: Library cublas64_11.dll is not found or cannot be loaded';
const PADDLE = (lib: string): string =>
  `RuntimeError: (PreconditionNotMet) The third-party dynamic library (${lib}) that Paddle depends on is not configured correctly. (error code is 126)`;

describe('a later run past an earlier fatal failure', () => {
  it('cuBLAS failing after the cuDNN failure was fixed comes first', async () => {
    expect((await ranked(`${CUDNN_126}\n\nafter installing cuDNN:\n${CUBLAS}`))[0]).toBe('cuda-lib-missing:error');
    expect((await ranked(`${PADDLE('cudnn64_7.dll')}\nafter adding cudnn64_7.dll to PATH:\n${PADDLE('cublas64_102.dll;cublas64_10.dll')}`)))
      .toEqual(['cuda-lib-missing:error', 'cudnn-missing:warning']);
  });

  it('keeps the ranks when cuBLAS comes first (one run listing its missing libraries)', async () => {
    const text = "Could not load dynamic library 'cublas64_11.dll'; dlerror: cublas64_11.dll not found\nCould not load dynamic library 'cudnn64_8.dll'; dlerror: cudnn64_8.dll not found";
    const got = await ranked(text);
    expect(got).toContain('cudnn-missing:error');
    expect(got).toContain('cuda-lib-missing:error');
  });

  it('the same cuDNN failure alone keeps its own rank', async () => {
    expect(await ranked(CUDNN_126)).toEqual(['zlibwapi-missing:error', 'cudnn-missing:warning']);
  });
});

describe('standalone Faster-Whisper builds', () => {
  it('a cuDNN sub-library failing beside whisper-faster.exe is an incomplete cuDNN there, not zlibwapi', async () => {
    expect(await ranked(`Standalone Faster-Whisper r145.1 running on: CUDA\n\nStarting transcription on: D:\\TEST.mkv\n\n${CUDNN_126}`))
      .toEqual(['cudnn-missing:error']);
  });
});
