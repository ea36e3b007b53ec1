// Multi-signature logs (root cause + its symptoms) and the real-post shapes of the mix corpus: the root cause
// must rank first, the symptoms it explains must not stay errors, and look-alikes must stay quiet.
import { describe, expect, it } from 'vitest';
import { diagnoseText } from '../src/engine/diagnose.js';
import { viewFindings } from '../src/report/view.js';

const found = async (text: string) => (await diagnoseText(text)).findings.map((f) => [f.rule.id, f.severity] as const);
const idsOf = async (text: string) => (await found(text)).map(([id]) => id);

describe('root cause before symptoms', () => {
  it('an arch warning (sm_86 on a CUDA 10.1 build) explains the cuBLAS handle failure', async () => {
    const log = [
      'UserWarning: ',
      'GeForce RTX 3090 with CUDA capability sm_86 is not compatible with the current PyTorch installation.',
      'The current PyTorch install supports CUDA capabilities sm_37 sm_50 sm_60 sm_61 sm_70 sm_75 compute_37.',
      'RuntimeError: CUDA error: CUBLAS_STATUS_NOT_INITIALIZED when calling `cublasCreate(handle)`',
    ].join('\n');
    const f = await found(log);
    expect(f[0]).toEqual(['no-kernel-image', 'error']);
    expect(f).toContainEqual(['cublas-init-failed', 'warning']);
  });

  it('an embedding index assert explains the cuBLAS handle failure that follows it (title quotes only cuBLAS)', async () => {
    // the shape of a fine-tuning post: the title names the cuBLAS error, the log shows the kernel assert first
    const log = [
      '微调数据集切换成自己的中文数据集之后出现报错：RuntimeError: CUDA error: CUBLAS_STATUS_NOT_INITIALIZED when calling `cublasCreate(handle)`',
      '/opt/conda/conda-bld/pytorch_1682343995622/work/aten/src/ATen/native/cuda/Indexing.cu:1146: indexSelectLargeIndex: block: [85,0,0], thread: [63,0,0] Assertion `srcIndex < srcSelectDimSize` failed.',
    ].join('\n');
    const f = await found(log);
    expect(f[0]).toEqual(['device-side-assert', 'error']);
    expect(f).toContainEqual(['cublas-init-failed', 'warning']);
  });

  it('a cuBLAS handle failure without a kernel assert stays an error', async () => {
    const f = await found('RuntimeError: CUDA error: CUBLAS_STATUS_NOT_INITIALIZED when calling `cublasCreate(handle)`');
    expect(f).toEqual([['cublas-init-failed', 'error']]);
  });

  it('one rank running out of memory explains the NCCL watchdog timeouts of the others', async () => {
    const log = [
      'torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 768.00 MiB. GPU 2 has a total capacity of 23.69 GiB of which 402.94 MiB is free.',
      '[rank0]:[E ProcessGroupNCCL.cpp:523] [Rank 0] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=18, OpType=ALLREDUCE, NumelIn=1048576, NumelOut=1048576, Timeout(ms)=600000) ran for 600104 milliseconds before timing out.',
    ].join('\n');
    const f = await found(log);
    expect(f[0]).toEqual(['gpu-out-of-memory', 'error']);
    expect(f.filter(([, s]) => s === 'error')).toHaveLength(1);
  });

  it('WSL2: a cuDNN sub-library failing on libcuda.so is the WSL library path, not a missing cuDNN', async () => {
    const log = [
      'Could not load library libcudnn_cnn_infer.so.8. Error: libcuda.so: cannot open shared object file: No such file or directory',
      'Please make sure libcudnn_cnn_infer.so.8 is in your library path!',
      '$ uname -r',
      '5.15.133.1-microsoft-standard-WSL2',
    ].join('\n');
    const f = await found(log);
    expect(f[0]).toEqual(['wsl-libcuda-path', 'error']);
    expect(f.filter(([, s]) => s === 'error').map(([id]) => id)).toEqual(['wsl-libcuda-path']);
  });
});

describe('driver too old, seen only through package managers and container hooks', () => {
  it('conda: __cuda virtual package below what pytorch-cuda asks', async () => {
    const log = [
      'The following specifications were found to be incompatible with your system:',
      '',
      '  - feature:/linux-64::__cuda==11.2=0',
      "  - pytorch-cuda=12.1 -> __cuda[version='>=12']",
      '',
      'Your installed version is: 11.2',
    ].join('\n');
    expect(await idsOf(log)).toEqual(['driver-too-old']);
  });

  it('conda: a driver new enough for the package is not flagged', async () => {
    const log = "  - feature:/linux-64::__cuda==12.4=0\n  - pytorch-cuda=12.1 -> __cuda[version='>=12']";
    expect(await idsOf(log)).not.toContain('driver-too-old');
  });

  it('nvidia-container-cli requirement error, and the container is not blamed', async () => {
    const log = 'nvidia-container-cli: requirement error: unsatisfied condition: cuda>=12.4, please update your driver to a newer version, or use an earlier cuda container: unknown.';
    const ids = await idsOf(log);
    expect(ids[0]).toBe('driver-too-old');
    expect(ids).not.toContain('container-no-gpu');
  });
});

describe('compiled extensions', () => {
  it('a libcudart of another CUDA major, with an extension named and a cu111 torch, is the extension build', async () => {
    const log = 'ImportError: libcudart.so.10.1: cannot open shared object file: No such file or directory when import mmcv.ops\n\ntorch 1.9.0+cu111, mmcv-full 1.3.0';
    expect((await found(log))[0]).toEqual(['extension-cuda-mismatch', 'error']);
  });

  it('the same cudart error without an extension is not an extension mismatch', async () => {
    const log = 'ImportError: libcudart.so.10.1: cannot open shared object file: No such file or directory\n\ntorch 1.9.0+cu111';
    expect(await idsOf(log)).not.toContain('extension-cuda-mismatch');
  });
});

describe('non-NVIDIA machines asking about CUDA', () => {
  it('ROCm: hipErrorNoBinaryForGpu is the AMD layer lacking the GPU arch (the missing arch explained by it), and no NVIDIA finding appears', async () => {
    const ids = await idsOf('"hipErrorNoBinaryForGpu: Unable to find code object for all current devices!"\nAborted (core dumped)');
    expect(ids).toEqual(['amd-gpu-rocm-zluda', 'no-kernel-image']);
  });

  it('macOS: "Torch not compiled with CUDA enabled" points at MPS, in both languages', async () => {
    const log = "AssertionError: Torch not compiled with CUDA enabled\n>>> platform.platform()\n'macOS-14.1-arm64-arm-64bit'";
    const result = await diagnoseText(log);
    expect(result.findings.map((f) => f.rule.id)).toEqual(['macos-no-cuda']);
    for (const lang of ['en', 'zh-CN'] as const) {
      const [view] = viewFindings(result.findings, result.facts, lang);
      expect(view!.fixes.flatMap((fx) => fx.steps).join(' ')).toContain('mps');
    }
  });

  it('a healthy tensorflow-metal session raises nothing', async () => {
    const log = [
      "2024-01-18 20:11:53.102284: I metal_plugin/src/device/metal_device.cc:1154] Metal device set to: Apple M1 Pro",
      "2024-01-18 20:11:53.102354: I tensorflow/core/common_runtime/pluggable_device/pluggable_device_factory.cc:306] Could not identify NUMA node of platform GPU ID 0, defaulting to 0. Your kernel may not have been built with NUMA support.",
      ">>> tf.config.list_physical_devices('GPU')",
      "[PhysicalDevice(name='/physical_device:GPU:0', device_type='GPU')]",
    ].join('\n');
    expect(await idsOf(log)).toEqual([]);
  });
});

describe('localised and shell-specific forms', () => {
  it("Python printing an unset CUDA_VISIBLE_DEVICES (': None') does not hide the GPU", async () => {
    const log = [
      "ValueError: Invalid CUDA 'device=0' requested. Use 'device=cpu' or pass valid CUDA device(s) if available, i.e. 'device=0' or 'device=0,1,2,3' for Multi-GPU.",
      'torch.cuda.is_available(): False',
      "os.environ['CUDA_VISIBLE_DEVICES']: None",
      'See https://pytorch.org/get-started/locally/ for up-to-date torch install instructions if no CUDA devices are seen by torch.',
    ].join('\n');
    expect(await idsOf(log)).not.toContain('cuda-visible-devices-hidden');
  });

  it('German PowerShell CommandNotFoundException for nvcc next to an installed toolkit folder = PATH not set', async () => {
    const log = [
      'nvcc : Die Benennung "nvcc" wurde nicht als Name eines Cmdlets, einer Funktion, einer Skriptdatei oder eines ausführbaren Programms erkannt.',
      '    + CategoryInfo          : ObjectNotFound: (nvcc:String) [], CommandNotFoundException',
      'PS C:\\src> Get-ChildItem "C:\\Program Files\\NVIDIA GPU Computing Toolkit\\CUDA"',
      'd-----        14.03.2024     09:12                v11.8',
    ].join('\n');
    const ids = await idsOf(log);
    expect(ids[0]).toBe('cuda-path-not-set');
    expect(ids).not.toContain('cuda-toolkit-missing');
  });
});

describe("TensorFlow's driver lines in a container", () => {
  // a lab's CPU-only TensorFlow container (root@<id> prompt, TF's own "Ignore above cudart dlerror" hint, the
  // model runs): nothing to fix; the same lines without the hint, its host a Docker id, are a GPU-less container
  const CPU_RUN = [
    'root@e53ca40f207d:/opt/adversarial/share# python exploit.py lab_og.jpg',
    "2022-02-23 08:23:47.274847: W tensorflow/stream_executor/platform/default/dso_loader.cc:64] Could not load dynamic library 'libcudart.so.11.0'; dlerror: libcudart.so.11.0: cannot open shared object file: No such file or directory",
    '2022-02-23 08:23:47.274891: I tensorflow/stream_executor/cuda/cudart_stub.cc:29] Ignore above cudart dlerror if you do not have a GPU set up on your machine.',
    "2022-02-23 08:23:48.411448: W tensorflow/stream_executor/platform/default/dso_loader.cc:64] Could not load dynamic library 'libcuda.so.1'; dlerror: libcuda.so.1: cannot open shared object file: No such file or directory",
    '2022-02-23 08:23:48.411539: W tensorflow/stream_executor/cuda/cuda_driver.cc:326] failed call to cuInit: UNKNOWN ERROR (303)',
    '2022-02-23 08:23:48.411574: I tensorflow/stream_executor/cuda/cuda_diagnostics.cc:156] kernel driver does not appear to be running on this host (e53ca40f207d): /proc/driver/nvidia/version does not exist',
    'Processing image: prediction: Labrador_retriever confidence: 41.81845486164093',
  ];
  it('a CPU-only run in a container (TF says to ignore the probes) stays quiet', async () => {
    const ids = await idsOf(CPU_RUN.join('\n'));
    expect(ids).not.toContain('container-no-gpu');
    expect(ids).not.toContain('driver-not-loaded');
  });
  it('the probes without that hint, on a host named by a Docker id or a pod, put the missing GPU on the container', async () => {
    const probes = CPU_RUN.slice(3, 5);
    for (const host of ['3a3b9dcf2352', 'mv-inference-5f7d446b77-kmsxn']) {
      const log = [...probes, `2022-03-12 03:06:21.400694: I tensorflow/stream_executor/cuda/cuda_diagnostics.cc:156] kernel driver does not appear to be running on this host (${host}): /proc/driver/nvidia/version does not exist`];
      expect((await idsOf(log.join('\n')))[0], host).toBe('container-no-gpu');
    }
    const onLaptop = [...probes, '2021-02-01 15:50:10.351193: I tensorflow/stream_executor/cuda/cuda_diagnostics.cc:156] kernel driver does not appear to be running on this host (LAPTOP-NILS): /proc/driver/nvidia/version does not exist'];
    expect(await idsOf(onLaptop.join('\n'))).not.toContain('container-no-gpu');
  });
});
