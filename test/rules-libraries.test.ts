// How the library rules rank against each other on real-shaped logs: the specific root cause first, the
// symptoms it explains demoted, benign probes kept at info.
import { describe, expect, it } from 'vitest';
import { diagnoseText } from '../src/engine/diagnose.js';
import { viewFindings } from '../src/report/view.js';

const ids = async (text: string) => (await diagnoseText(text)).findings.map((f) => [f.rule.id, f.severity] as const);

const TF24_CUDA111 = [
  "2020-12-16 I tensorflow/stream_executor/platform/default/dso_loader.cc:49] Successfully opened dynamic library cudart64_110.dll",
  "2020-12-16 I tensorflow/core/common_runtime/gpu/gpu_device.cc:1720] Found device 0 with properties:",
  "pciBusID: 0000:01:00.0 name: GeForce RTX 3070 computeCapability: 8.6",
  "2020-12-16 I tensorflow/stream_executor/platform/default/dso_loader.cc:49] Successfully opened dynamic library cublas64_11.dll",
  "2020-12-16 I tensorflow/stream_executor/platform/default/dso_loader.cc:49] Successfully opened dynamic library cufft64_10.dll",
  "2020-12-16 W tensorflow/stream_executor/platform/default/dso_loader.cc:60] Could not load dynamic library 'cusolver64_10.dll'; dlerror: cusolver64_10.dll not found",
  "2020-12-16 I tensorflow/stream_executor/platform/default/dso_loader.cc:49] Successfully opened dynamic library cudnn64_8.dll",
  "2020-12-16 W tensorflow/core/common_runtime/gpu/gpu_device.cc:1757] Cannot dlopen some GPU libraries. Please make sure the missing libraries mentioned above are installed properly if you would like to use GPU.",
  "Skipping registering GPU devices...",
].join('\n');

describe('library rules ranking', () => {
  it('cusolver64_10.dll with CUDA 11 libraries loaded: cusolver-name-mismatch first, the rest explained', async () => {
    const found = await ids(TF24_CUDA111);
    expect(found[0]).toEqual(['cusolver-name-mismatch', 'error']);
    expect(found).toContainEqual(['cuda-lib-missing', 'warning']);
    expect(found).toContainEqual(['tf-gpu-libs-not-found', 'warning']);
  });

  it('cusolver64_10.dll with a CUDA 10.1 set (TF 2.3) is a plain missing library', async () => {
    const found = await ids(TF24_CUDA111.replace(/cudart64_110/g, 'cudart64_101').replace(/cublas64_11/g, 'cublas64_10'));
    expect(found.map(([id]) => id)).not.toContain('cusolver-name-mismatch');
    expect(found[0]).toEqual(['cuda-lib-missing', 'error']);
  });

  it('the cudart probe on a CPU-only machine is info, and an error once a GPU is in the log', async () => {
    const probe = [
      "W tensorflow/stream_executor/platform/default/dso_loader.cc:64] Could not load dynamic library 'cudart64_110.dll'; dlerror: cudart64_110.dll not found",
      "I tensorflow/stream_executor/cuda/cudart_stub.cc:29] Ignore above cudart dlerror if you do not have a GPU set up on your machine.",
    ].join('\n');
    expect(await ids(probe)).toEqual([['cudart-missing-cpu-only-info', 'info']]);

    const withGpu = await ids(`${probe}\nI tensorflow/core/common_runtime/gpu/gpu_device.cc:1733] Found device 0 with properties:\nW tensorflow/core/common_runtime/gpu/gpu_device.cc:1766] Cannot dlopen some GPU libraries.`);
    expect(withGpu[0]).toEqual(['cuda-runtime-missing', 'error']);
    expect(withGpu).toContainEqual(['tf-gpu-libs-not-found', 'warning']);
    expect(withGpu.map(([id]) => id)).not.toContain('cudart-missing-cpu-only-info');
  });

  it('CUPTI and TensorRT probes stay info and raise no library error', async () => {
    const found = await ids([
      "W tensorflow/stream_executor/platform/default/dso_loader.cc:64] Could not load dynamic library 'libnvinfer.so.7'; dlerror: libnvinfer.so.7: cannot open shared object file: No such file or directory",
      "W tensorflow/compiler/tf2tensorrt/utils/py_utils.cc:38] TF-TRT Warning: Cannot dlopen TensorRT libraries.",
      "W tensorflow/stream_executor/platform/default/dso_loader.cc:64] Could not load dynamic library 'libcupti.so.11.2'; dlerror: libcupti.so.11.2: cannot open shared object file: No such file or directory",
    ].join('\n'));
    expect(found.every(([, sev]) => sev === 'info')).toBe(true);
    expect(found.map(([id]) => id).sort()).toEqual(['cupti-missing-info', 'tensorrt-missing-info']);
  });

  it('a missing CUDA runtime inside a compiled extension is the extension mismatch, not a CUDA install', async () => {
    const found = await ids([
      '  File "/opt/conda/lib/python3.8/site-packages/mmcv/utils/ext_loader.py", line 13, in load_ext',
      "    ext = importlib.import_module('mmcv.' + name)",
      'ImportError: libcudart.so.10.1: cannot open shared object file: No such file or directory',
    ].join('\n'));
    expect(found[0]).toEqual(['extension-cuda-mismatch', 'error']);
    // the CUDA it names is the extension's build target: suggesting to install it would be the wrong fix
    expect(found.map(([id]) => id)).not.toContain('cuda-runtime-missing');
  });

  it('CUDA_HOME unset: toolkit missing, unless the log shows an installed toolkit', async () => {
    const err = 'OSError: CUDA_HOME environment variable is not set. Please set it to your CUDA install root.';
    expect((await ids(err)).map(([id]) => id)).toContain('cuda-toolkit-missing');
    const installed = await ids(`$ nvcc -V\nCuda compilation tools, release 11.8, V11.8.89\n${err}`);
    expect(installed.map(([id]) => id)).toContain('cuda-path-not-set');
    expect(installed.map(([id]) => id)).not.toContain('cuda-toolkit-missing');
  });

  it('fills the library name and CUDA version into the texts', async () => {
    const d = await diagnoseText("W tensorflow/stream_executor/platform/default/dso_loader.cc:60] Could not load dynamic library 'cudart64_101.dll'; dlerror: cudart64_101.dll not found");
    const [view] = viewFindings(d.findings, d.facts, 'en');
    expect(view.id).toBe('cuda-runtime-missing');
    expect(view.title).toContain('cudart64_101.dll');
    expect(view.fixes[0].steps[0]).toContain('CUDA 10.1');
    const [zh] = viewFindings(d.findings, d.facts, 'zh-CN');
    expect(zh.title).toBe('无法加载 CUDA 运行时 cudart64_101.dll');
  });

  it('cuDNN version texts show both versions', async () => {
    const d = await diagnoseText('E tensorflow/stream_executor/cuda/cuda_dnn.cc:362] Loaded runtime CuDNN library: 8.0.4 but source was compiled with: 8.1.0.  CuDNN library needs to have matching major version');
    const [view] = viewFindings(d.findings, d.facts, 'en');
    expect(view.id).toBe('cudnn-version-mismatch');
    expect(view.title).toContain('8.0.4');
    expect(view.title).toContain('8.1.0');
  });
});
