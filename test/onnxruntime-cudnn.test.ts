// ONNX Runtime's GPU packages are built for one cuDNN major (knowledge/onnxruntime-cuda.json): a log whose
// onnxruntime-gpu release and installed cuDNN major disagree, while its CUDA provider fails, is that mismatch
// (cudnn-version-mismatch) with the ORT fix; matching majors raise nothing of the kind.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnoseText } from '../src/engine/diagnose.js';
import { onnxruntimeBuilds, onnxruntimeCudnnMajors } from '../src/knowledge/tables.js';
import { viewFindings } from '../src/report/view.js';

const corpus = (name: string) => readFileSync(join('fixtures/corpus', name), 'utf8');

describe('the onnxruntime-cuda table', () => {
  it.each([
    ['1.3.0', undefined, ['7']],
    ['1.6.0', undefined, ['8']],
    ['1.17.1', undefined, ['8']], // default CUDA 11.8 and the CUDA 12 feed: both cuDNN 8
    ['1.17.1', '12', ['8']],
    ['1.18.0', '12', ['8']],
    ['1.18.1', undefined, ['8', '9']], // PyPI CUDA 11.8 + cuDNN 8, CUDA 12 feed + cuDNN 9
    ['1.18.1', '12', ['9']],
    ['1.19.2', undefined, ['8', '9']], // PyPI CUDA 12 + cuDNN 9, CUDA 11.8 feed + cuDNN 8
    ['1.19.2', '12', ['9']],
    ['1.19.2', '11', ['8']],
    ['1.21.0', undefined, ['9']],
    ['1.21.0', '11', ['9']], // no CUDA 11 row after 1.19: the rows there are the answer
  ])('ORT %s (CUDA %s) is built for cuDNN %j', (ort, cuda, majors) => {
    expect(onnxruntimeCudnnMajors(ort, cuda)).toEqual(majors);
  });

  it('every row names its source, and a release outside the table or not a release has no row', () => {
    expect(onnxruntimeBuilds('1.19.2').every((r) => /^https:\/\//.test(r.source_url!))).toBe(true);
    expect(onnxruntimeBuilds('0.5.0')).toEqual([]);
    expect(onnxruntimeBuilds('1.17.0.dev20231205004')).toEqual([]);
  });
});

describe('onnxruntime-gpu against the cuDNN the log shows', () => {
  async function finding(log: string) {
    const d = await diagnoseText(log);
    return { d, f: d.findings.find((x) => x.rule.id === 'cudnn-version-mismatch') };
  }

  it('ORT 1.17.1 (CUDA 12 archive) with cuDNN 9 and error 126 (onnxruntime#20223): cuDNN 8 wanted, the ORT fix only', async () => {
    const { d, f } = await finding(corpus('ym-ort117-win-cudnn9-loadlibrary-126.log'));
    expect(d.findings[0]!.rule.id).toBe('cudnn-version-mismatch');
    const view = viewFindings([f!], d.facts, 'en')[0]!;
    expect(view.title).toBe('The loaded cuDNN (9.x) is not the one the framework was built with (8.x)');
    expect(view.fixes.map((x) => x.title)).toEqual(['Pair onnxruntime-gpu with the cuDNN major it was built for']);
    expect(view.fixes[0]!.steps[0]).toContain('ONNX Runtime 1.17.1 was built for cuDNN 8;');
  });

  it('onnxruntime-gpu 1.21.0 with cuDNN 8.81 on CUDA 12.7 (LatentSync#253): the mismatch ranks first', async () => {
    const { d, f } = await finding(corpus('wz-latentsync-ort121-cudnn881-loadlibrary-126.log'));
    expect(d.findings[0]!.rule.id).toBe('cudnn-version-mismatch');
    expect(d.facts.get('ortCudnnWanted')?.value).toBe('9');
    expect(f!.signals).not.toContain('cudnn-ver-runtime-vs-compiled');
  });

  // posts whose majors agree, or whose release leaves both majors open: the finding is not claimed
  const NO_MISMATCH: Array<{ what: string; lines: string[]; ort?: string; wanted?: string }> = [
    { what: 'the NuGet package 1.16.0 beside CUDA 12.2 and cuDNN 8.9 (onnxruntime#20589): the cuDNN major is not in doubt; the CUDA one is another finding',
      lines: [
        'Microsoft.ML.OnnxRuntime.OnnxRuntimeException:“[ErrorCode:RuntimeException] D:\\a\\_work\\1\\s\\onnxruntime\\core\\session\\provider_bridge_ort.cc:1193 onnxruntime::ProviderLibrary::Get [ONNXRuntimeError] : 1 : FAIL : LoadLibrary failed with error 126 "" when trying to load "D:\\Projects\\Yolov8.Net\\Yolo.Net.FromTest\\bin\\Debug\\net6.0-windows\\runtimes\\win-x64\\native\\onnxruntime_providers_cuda.dll',
        'I am using the following content: Microsoft.ML.OnnxRuntime.GPU (nuget package VERSION 1.16.0)',
        ' NVIDIA CUDA Tool Kit (VERSION 12.2)',
        'CUDNN (VERSION 8.9)',
      ], ort: '1.16.0' },
    { what: "ORT's 'Require cuDNN 9.*' beside the cuDNN 9.1 wheel pip installed: majors agree",
      lines: [
        "2024-08-16 15:41:33.8037106 [W:onnxruntime:Default, onnxruntime_pybind_state.cc:965 onnxruntime::python::CreateExecutionProviderInstance] Failed to create CUDAExecutionProvider. Require cuDNN 9.* and CUDA 12.*, and the latest MSVC runtime. Please install all dependencies as mentioned in the GPU requirements page (https://onnxruntime.ai/docs/execution-providers/CUDA-ExecutionProvider.html#requirements), make sure they're in the PATH, and that your GPU is supported.",
        'Requirement already satisfied: nvidia-cudnn-cu12==9.1.0.70 in /usr/local/lib/python3.11/dist-packages (from torch) (9.1.0.70)',
      ], wanted: '9' },
    { what: 'ORT 1.19.2 with cuDNN 8907 and no CUDA major the tool reads (onnxruntime#22491): both 1.19 builds stand (cuDNN 9 on PyPI, cuDNN 8 on the CUDA 11 feed)',
      lines: [
        'HJH Check CUDA Ver.12.1 HJH Check Torch Ver.2.3.1+cu121',
        'HJH Check cuDNN Ver. 8907',
        'HJH Check ONNXRuntime Ver. 1.19.2',
        '2024-10-26 20:47:00.5657450 [E:onnxruntime:Default, provider_bridge_ort.cc:1992 onnxruntime::TryGetProviderInfo_CUDA] D:\\a\\_work\\1\\s\\onnxruntime\\core\\session\\provider_bridge_ort.cc:1637 onnxruntime::ProviderLibrary::Get [ONNXRuntimeError] : 1 : FAIL : LoadLibrary failed with error 126 "" when trying to load "C:\\Work\\SD-ComfyUI\\python_embeded\\Lib\\site-packages\\onnxruntime\\capi\\onnxruntime_providers_cuda.dll"',
      ], ort: '1.19.2', wanted: '8 / 9' },
  ];
  for (const c of NO_MISMATCH) {
    it(c.what, async () => {
      const { d, f } = await finding(c.lines.join('\n'));
      if (c.ort) expect(d.facts.get('ortVersion')?.value).toBe(c.ort);
      if (c.wanted) expect(d.facts.get('ortCudnnWanted')?.value).toBe(c.wanted);
      expect(f).toBeUndefined();
    });
  }
});
