// Derived facts from real-shaped log excerpts: OS, torch build and its CUDA, the driver it needs, GPU compute
// capability against the wheel's arch list, TF on native Windows, CUDA_VISIBLE_DEVICES.
import { describe, expect, it } from 'vitest';
import { diagnoseText } from '../src/engine/diagnose.js';
import { deriveFacts } from '../src/facts/derive.js';

const factsOf = async (text: string): Promise<Record<string, unknown>> => {
  const { facts } = await diagnoseText(text);
  return Object.fromEntries([...facts].map(([k, v]) => [k, v.value]));
};

const COLLECT_ENV_WIN_CPU = `PyTorch version: 2.2.2
Is debug build: False
CUDA used to build PyTorch: Could not collect
ROCM used to build PyTorch: N/A

OS: Microsoft Windows 11 Education
Python platform: Windows-10-10.0.22631-SP0
Is CUDA available: False
CUDA runtime version: 12.4.99
GPU models and configuration: GPU 0: NVIDIA GeForce RTX 4080 Laptop GPU
Nvidia driver version: 551.86`;

describe('torch build facts', () => {
  it('collect_env without a CUDA build on Windows is a CPU build', async () => {
    const f = await factsOf(COLLECT_ENV_WIN_CPU);
    expect(f.os).toBe('windows');
    expect(f.torchVersion).toBe('2.2.2');
    expect(f.torchBuild).toBe('cpu');
    expect(f.torchBuildCuda).toBeUndefined();
    expect(f.driverVersion).toBe('551.86');
    expect(f.gpuCC).toBe('8.9');
  });

  it('collect_env of a ROCm build is not a CPU build', async () => {
    const f = await factsOf('PyTorch version: 2.3.0+rocm6.0\nCUDA used to build PyTorch: N/A\nROCM used to build PyTorch: 6.0.32830-d62f6a171');
    expect(f.torchBuild).toBe('rocm');
  });

  it('collect_env of an Intel XPU build is not a CPU build', async () => {
    const f = await factsOf('PyTorch version: 2.14.0+xpu\nIs debug build: False\nCUDA used to build PyTorch: None\nROCM used to build PyTorch: N/A\nIs CUDA available: False\nIs XPU available: True');
    expect(f.torchBuild).toBe('xpu');
    expect(f.torchBuildCuda).toBeUndefined();
  });

  it('collect_env when torch does not import says nothing about the build', async () => {
    const f = await factsOf('PyTorch version: N/A\nIs debug build: N/A\nCUDA used to build PyTorch: N/A');
    expect(f.torchBuild).toBeUndefined();
    expect(f.torchVersion).toBeUndefined();
  });

  it('a cu121 wheel needs the CUDA 12 family driver floor from the tables', async () => {
    const f = await factsOf('torch 2.3.1+cu121\nNVIDIA-SMI 470.182.03   Driver Version: 470.182.03   CUDA Version: 11.4\nOS: Ubuntu 22.04.3 LTS');
    expect(f.torchBuild).toBe('cuda');
    expect(f.torchBuildCuda).toBe('12.1');
    expect(f.torchMinDriver).toMatch(/^525/);
    expect(f.driverVersion).toBe('470.182.03');
  });

  it('pip download URLs spell + as %2B', async () => {
    const f = await factsOf('  Downloading https://download.pytorch.org/whl/cu118/torch-2.2.2%2Bcu118-cp310-cp310-linux_x86_64.whl (811.7 MB)');
    expect(f.torchVersion).toBe('2.2.2+cu118');
    expect(f.torchBuildCuda).toBe('11.8');
  });

  it('a tagless torch wheel from a PyPI mirror on Windows is a CPU build', async () => {
    const f = await factsOf('Looking in indexes: https://mirrors.aliyun.com/pypi/simple/\n  Using cached https://mirrors.aliyun.com/pypi/packages/85/fc/ee5b/torch-2.3.1-cp310-cp310-win_amd64.whl (159.8 MB)');
    expect(f.torchBuild).toBe('cpu');
    expect(f.os).toBe('windows');
  });

  it('a tagless Windows wheel from download.pytorch.org is not taken for the PyPI one', async () => {
    const f = await factsOf('Downloading https://download.pytorch.org/whl/cu101/torch-1.4.0-cp37-cp37m-win_amd64.whl (796.8 MB)');
    expect(f.torchWheelWindowsPypi).toBeUndefined();
    expect(f.torchBuild).not.toBe('cpu');
  });

  it('a tagless torch version printed on Windows is not guessed to be CPU (conda builds are tagless)', async () => {
    const f = await factsOf('C:\\Users\\me> python -c "import torch; print(torch.__version__)"\n2.1.0');
    expect(f.torchBuild).toBeUndefined();
  });

  it('conda list build strings say cuda or cpu', async () => {
    const cuda = await factsOf('pytorch                   2.1.0           py3.11_cuda12.1_cudnn8_0    pytorch');
    expect(cuda.torchBuildCuda).toBe('12.1');
    const forge = await factsOf('[conda] pytorch                   2.1.2           cuda118_py310h1d5ef97_300    conda-forge');
    expect(forge.torchBuildCuda).toBe('11.8');
    const cpu = await factsOf('pytorch                   2.1.0               py3.10_cpu_0    pytorch');
    expect(cpu.torchBuild).toBe('cpu');
  });

  it('print(torch.version.cuda) → None is a CPU build', async () => {
    const f = await factsOf('>>> print(torch.version.cuda)\nNone');
    expect(f.torchBuild).toBe('cpu');
  });

  it('pip installing a tagless torch on Linux gets the PyPI default CUDA from the table', async () => {
    const f = await factsOf('Collecting torch\n  Downloading torch-2.0.1-cp310-cp310-manylinux1_x86_64.whl (619.9 MB)\nSuccessfully installed torch-2.0.1');
    expect(f.os).toBe('linux');
    expect(f.torchBuildCuda).toBe('11.7');
  });
});

describe('GPU architecture against the wheel', () => {
  it('a Kepler GPU is below every CUDA 12 wheel', async () => {
    const f = await factsOf('torch==2.2.0+cu121\nGPU 0: NVIDIA GeForce GTX 780\nOS: Ubuntu 20.04.6 LTS');
    expect(f.gpuCC).toBe('3.5');
    expect(f.gpuArchUnsupported).toBe(true);
  });

  it('an RTX 50xx card (sm_120) is above a cu124 wheel without PTX', async () => {
    const f = await factsOf('PyTorch version: 2.5.1+cu124\nOS: Ubuntu 24.04 LTS\nGPU models and configuration: GPU 0: NVIDIA GeForce RTX 5090');
    expect(f.gpuArchUnsupported).toBe(true);
  });

  it('an RTX 40xx card runs a cu117 wheel (sm_86 SASS runs on 8.9)', async () => {
    const f = await factsOf('torch==1.13.1+cu117\nOS: Ubuntu 22.04\nGPU 0: NVIDIA GeForce RTX 4090');
    expect(f.gpuArchUnsupported).toBeUndefined();
  });

  it('all GPUs must be unsupported: one supported card is enough to stay quiet', async () => {
    const f = await factsOf('torch==2.2.0+cu121\nOS: Ubuntu 20.04\nGPU 0: NVIDIA GeForce GTX 780\nGPU 1: NVIDIA GeForce RTX 3090');
    expect(f.gpuArchUnsupported).toBeUndefined();
  });
});

describe('TensorFlow and environment facts', () => {
  it('TF after the last Windows GPU build', async () => {
    const f = await factsOf('### TensorFlow version\n\n2.12.1\n\n### OS platform and distribution\n\nWindows 11  23H2\nTensorFlow Version: 2.12.1');
    expect(f.os).toBe('windows');
    expect(f.tfVersion).toBe('2.12.1');
    expect(f.tfWindowsGpuSupported).toBe(false);
    expect(f.tfWindowsGpuLast).toBe('2.10.0');
  });

  it('a torch release against the Python of the log: 1.12.1 has no wheel for Python 3.11', async () => {
    const f = await factsOf('Python 3.11.0 (main, Oct 24 2022, 18:26:48) [MSC v.1933 64 bit (AMD64)]\nCommand: "C:\\sd\\venv\\Scripts\\python.exe" -m pip install torch==1.12.1+cu113 torchvision==0.13.1+cu113 --extra-index-url https://download.pytorch.org/whl/cu113');
    expect(f.pythonVersion).toBe('3.11.0');
    expect(f.torchPythonSupported).toBe(false);
  });

  it('a torch release inside its Python range, and none without a Python version', async () => {
    expect((await factsOf('Python 3.10.6 (tags/v3.10.6:9c7b4bd, Aug  1 2022, 21:53:49) [MSC v.1932 64 bit (AMD64)]\npip install torch==2.1.2+cu121')).torchPythonSupported).toBe(true);
    expect((await factsOf('pip install torch==1.12.1+cu113')).torchPythonSupported).toBeUndefined();
  });

  it('a source, vendor or nightly torch build is outside the release table: no Python verdict (as on the scan side)', async () => {
    // a build from source (or NVIDIA's Jetson / NGC build, or a nightly) targets whatever Python it was built with
    const py311 = 'Python 3.11.4 (main, Jun  7 2023, 10:13:09) [GCC 11.3.0] on linux';
    for (const torch of ['1.13.0a0+git49444c3', '1.13.0a0+d0d6b1f2.nv22.10', '2.1.0.dev20230601+cu118']) {
      const f = await factsOf(`${py311}\nPyTorch version: ${torch}`);
      expect(f.torchVersion).toBe(torch);
      expect(f.torchPythonSupported).toBeUndefined();
    }
    // the same Python against the 1.13 release wheel still gets its verdict
    expect((await factsOf(`${py311}\nPyTorch version: 1.13.1+cu117`)).torchPythonSupported).toBe(false);
  });

  it('a launcher failing to install over a source-built torch is not blamed on the Python', async () => {
    const log = (torch: string): string => [
      'Python 3.11.4 (main, Jun  7 2023, 10:13:09) [GCC 11.3.0]',
      `PyTorch version: ${torch}`,
      "RuntimeError: Couldn't install torch.",
    ].join('\n');
    const ids = async (torch: string): Promise<string[]> => (await diagnoseText(log(torch))).findings.map((f) => f.rule.id);
    // the release wheel has no Python 3.11 build: that is the finding; the source build says nothing of the sort
    expect(await ids('1.13.1')).toContain('python-version-unsupported');
    expect(await ids('1.13.0a0+git49444c3')).not.toContain('python-version-unsupported');
  });

  it('an environment summary names TF and the installed CUDA; the tested pair fills CUDA and cuDNN', async () => {
    const f = await factsOf('Process finished with exit code -1073741819 (0xC0000005)\nMy env is win10+tensorflow1.10+cuda9.2;');
    expect(f.os).toBe('windows');
    expect(f.tfVersion).toBe('1.10');
    expect(f.cudaToolkitVersion).toBe('9.2');
    expect(f.tfCudaWanted).toBe('9.0');
    expect(f.tfCudnnWanted).toBe('7');
    const { findings } = await diagnoseText('My env is win10+tensorflow1.10+cuda9.2;');
    expect(findings[0]?.rule.id).toBe('tf-cuda-toolkit-mismatch');
  });

  it('a printed nvcc release outweighs the CUDA of an environment summary', async () => {
    const f = await factsOf('Windows 10, tf2.3 with cuda 10.2 installed\nCuda compilation tools, release 10.1, V10.1.243');
    expect(f.tfVersion).toBe('2.3');
    expect(f.cudaToolkitVersion).toBe('10.1');
  });

  it('TF 2.10.1 still has a Windows GPU build', async () => {
    const f = await factsOf('tensorflow version: 2.10.1');
    expect(f.tfWindowsGpuSupported).toBe(true);
  });

  it('print(tf.__version__) with the answer on the next line', async () => {
    const f = await factsOf('>>> print(tf.__version__)\n2.15.0');
    expect(f.tfVersion).toBe('2.15.0');
  });

  it.each([
    ['export CUDA_VISIBLE_DEVICES=-1', true],
    ["os.environ['CUDA_VISIBLE_DEVICES'] = ''", true],
    ['CUDA_VISIBLE_DEVICES=', true],
    ['os.environ["CUDA_VISIBLE_DEVICES"] = "1"', false],
    ['set CUDA_VISIBLE_DEVICES=0,1', false],
  ])('CUDA_VISIBLE_DEVICES: %s hides all = %s', async (line, hides) => {
    const f = await factsOf(line);
    expect(f.cudaVisibleDevicesHidesAll).toBe(hides);
  });

  it('a mention of CUDA_VISIBLE_DEVICES without a value is no evidence', async () => {
    const f = await factsOf('CUDA unknown error - this may be due to an incorrectly set up environment, e.g. changing env variable CUDA_VISIBLE_DEVICES after program start.');
    expect(f.cudaVisibleDevices).toBeUndefined();
  });

  it('WSL1 kernel and `wsl -l -v` rows', async () => {
    expect((await factsOf('Linux DESKTOP-1 4.4.0-19041-Microsoft #1237-Microsoft Sat Sep 11 14:32:00 PST 2021 x86_64')).os).toBe('wsl1');
    expect((await factsOf('  NAME      STATE           VERSION\n* Ubuntu    Running         1')).os).toBe('wsl1');
    expect((await factsOf('  NAME      STATE           VERSION\n* Ubuntu    Running         2')).os).not.toBe('wsl1');
    expect((await factsOf('I moved from WSL1 to WSL2 last week')).os).not.toBe('wsl1');
  });

  it('a container shell prompt', async () => {
    expect((await factsOf('root@3f2a1b4c5d6e:/workspace# nvidia-smi')).inContainer).toBe(true);
    expect((await factsOf('root@myserver:~# nvidia-smi')).inContainer).toBeUndefined();
  });

  // a Windows wheel refused in a Linux shell (real post: lmdb's win_amd64 wheel under sudo pip3 on Ubuntu) is Linux;
  // the same wheel from a Windows prompt stays Windows, and shells that look alike but are not Linux decide nothing
  it('a Linux shell prompt or sudo outweighs a win_amd64 wheel name; Windows and WSL prompts do not', async () => {
    const refused = 'lmdb-0.94-cp35-cp35m-win_amd64.whl is not a supported wheel on this platform.';
    expect((await factsOf(`    charlie@charlie-PC:~/Downloads$ sudo pip3 install lmdb-0.94-cp35-cp35m-win_amd64.whl\n${refused}`)).os).toBe('linux');
    expect((await factsOf(`(venv) root@gpu-server:/workspace# pip install ./lmdb-0.94-cp35-cp35m-win_amd64.whl\n${refused}`)).os).toBe('linux');
    expect((await factsOf(`sudo apt-get install python3-pip\n${refused}`)).os).toBe('linux');
    expect((await factsOf(`(venv) C:\\Users\\charlie>pip install lmdb-0.94-cp35-cp35m-win_amd64.whl\n${refused}`)).os).toBe('windows');
    expect((await factsOf(`charlie@DESKTOP-4K2M MINGW64 ~/Downloads\n$ pip install lmdb-0.94-cp35-cp35m-win_amd64.whl\n${refused}`)).os).toBe('windows');
    expect((await factsOf('charlie@DESKTOP-4K2M:/mnt/c/Users/charlie$ nvidia-smi')).os).toBeUndefined();
    expect((await factsOf('charlie@DESKTOP-4K2M:~$ nvidia-smi\nUbuntu 22.04 on WSL2')).os).toBe('wsl2');
  });

  // TensorFlow's cuda_diagnostics line names the host: a Docker id or a Deployment's pod is a container; a
  // laptop, a cloud VM, a CI runner or a Codespace name is not (real hostnames from posts)
  const TF_HOST = (host: string) => `2022-03-12 03:06:21.400694: I tensorflow/stream_executor/cuda/cuda_diagnostics.cc:156] kernel driver does not appear to be running on this host (${host}): /proc/driver/nvidia/version does not exist`;
  it('the host TensorFlow names: a Docker container id or a Kubernetes pod', async () => {
    for (const host of ['3a3b9dcf2352', 'c4df3ead4b0c', 'mv-inference-5f7d446b77-kmsxn']) expect((await factsOf(TF_HOST(host))).inContainer, host).toBe(true);
    for (const host of ['LAPTOP-NILS', 'DESKTOP-K8M2Q1T', 'ip-172-31-22-9', 'fv-az214-164', 'codespaces-b511a4', 'iZj6cgvr9r6lehhsl9up9fZ', 'tf-t4-vm', 'fat01'])
      expect((await factsOf(TF_HOST(host))).inContainer, host).toBeUndefined();
  });
});

describe('facts from a live scan (same names, no log lines)', () => {
  const scanResult = (facts: Record<string, string | boolean>) => ({
    signals: new Map(),
    collected: new Map(),
    lines: 0,
    facts: new Map(Object.entries(facts).map(([k, v]) => [k, { value: v, weight: 100, evidence: { line: 0, text: `${k}: ${v}` } }])),
  });

  it('torch.version.cuda = None from the scan is a CPU build; is_available is normalised', () => {
    const f = deriveFacts(scanResult({ os: 'linux', torchVersion: '2.3.1', torchBuiltWithCuda: 'None', torchCudaAvailable: 'False' }));
    expect(f.get('torchBuild')?.value).toBe('cpu');
    expect(f.get('torchCudaAvailable')?.value).toBe('false');
  });

  it('a scanned CUDA build and driver give the driver floor', () => {
    const f = deriveFacts(scanResult({ os: 'windows', torchVersion: '2.4.0+cu124', driverVersion: '511.79' }));
    expect(f.get('torchBuildCuda')?.value).toBe('12.4');
    expect(String(f.get('torchMinDriver')?.value)).toMatch(/^52\d/);
  });
});

describe('several torch versions in one log', () => {
  it('a CUDA wheel installed later beats the PyPI CPU wheel pip fetched first', async () => {
    const f = await factsOf('  Using cached https://mirrors.aliyun.com/pypi/packages/85/fc/torch-2.3.1-cp310-cp310-win_amd64.whl (159.8 MB)\n'
      + 'C:\\Users\\me> pip install torch --index-url https://download.pytorch.org/whl/cu121\nSuccessfully installed torch-2.3.1+cu121');
    expect(f.torchVersion).toBe('2.3.1+cu121');
    expect(f.torchBuild).toBe('cuda');
  });
});
