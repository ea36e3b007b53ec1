// Facts read from version printouts (no error line): GPU names and compute capability from torch / nvidia-smi
// outputs, pip show / pip list / Jupyter JSON torch versions, the TF issue template, TF's wanted CUDA vs the
// toolkits a log names, and the findings those facts decide.
import { describe, expect, it } from 'vitest';
import { diagnoseText } from '../src/engine/diagnose.js';

const run = async (text: string): Promise<{ f: Record<string, unknown>; ids: string[] }> => {
  const { facts, findings } = await diagnoseText(text);
  return { f: Object.fromEntries([...facts].map(([k, v]) => [k, v.value])), ids: findings.map((x) => x.rule.id) };
};

describe('GPU facts from version printouts', () => {
  it('reads name and capability from a get_device_name / get_device_capability tuple', async () => {
    const { f, ids } = await run(">>> torch.__version__\n'2.0.1+cu118'\n>>> torch.cuda.get_device_name(0), torch.cuda.get_device_capability(0)\n('Tesla K40m', (3, 5))");
    expect(f.gpuName).toEqual(['Tesla K40m']);
    expect(f.gpuCC).toBe('3.5');
    expect(f.gpuArchUnsupported).toBe(true); // the cu118 list starts at sm_37
    expect(ids[0]).toBe('no-kernel-image');
  });

  it('reads nvidia-smi --query-gpu csv rows and pip show', async () => {
    const { f, ids } = await run('C:\\> nvidia-smi --query-gpu=name,compute_cap,driver_version --format=csv\nname, compute_cap, driver_version\nNVIDIA GeForce RTX 5080, 12.0, 576.02\n\nC:\\> pip show torch\nName: torch\nVersion: 2.4.1+cu121');
    expect(f.gpuCC).toBe('12.0');
    expect(f.torchVersion).toBe('2.4.1+cu121');
    expect(ids[0]).toBe('no-kernel-image');
  });

  it('does not take a driver or CUDA version in a csv-like line for a capability', async () => {
    const { f } = await run('NVIDIA driver 535, 12.2 installed');
    expect(f.gpuCC).toBeUndefined();
  });

  it('knows the capability of an A10G (AWS G5) from its nvidia-smi row', async () => {
    const { f } = await run('|   0  NVIDIA A10G                    On  |   00000000:00:1E.0 Off |                    0 |\n|  0%   22C    P8             23W /  300W |       0MiB /  23028MiB |      0%      Default |');
    expect(f.gpuName).toEqual(['NVIDIA A10G']);
    expect(f.gpuCC).toBe('8.6');
  });

  it('names GPUs from nvidia-smi table rows, cut names included', async () => {
    const { f } = await run('|   0  Tesla K80           Off  | 00000000:04:00.0 Off |                    0 |\n|   0  NVIDIA GeForce RTX 4070 ...  WDDM  |   00000000:01:00.0  On |                  N/A |');
    expect(f.gpuName).toEqual(expect.arrayContaining(['Tesla K80', 'NVIDIA GeForce RTX 4070']));
  });

  it('keeps a wheel that carries the GPU quiet (K80 on cu118)', async () => {
    const { ids } = await run('PyTorch version: 2.3.0+cu118\nOS: Ubuntu 20.04.6 LTS (x86_64)\nGPU models and configuration: GPU 0: Tesla K80\nNvidia driver version: 470.239.06\nIs CUDA available: True');
    expect(ids).not.toContain('no-kernel-image');
    expect(ids).not.toContain('driver-too-old');
  });
});

describe('torch build from listings', () => {
  it('a printed +cpu version beats the tagless pin of the same release', async () => {
    const { f, ids } = await run('pip install torch==2.3.0 -i https://pypi.tuna.tsinghua.edu.cn/simple\n      "2.3.0+cpu\\n",\n      "False\\n"\n    "print(torch.cuda.is_available())"');
    expect(f.torchVersion).toBe('2.3.0+cpu');
    expect(f.torchBuild).toBe('cpu');
    expect(ids[0]).toBe('torch-cpu-build');
  });

  it('a tagless torch in a Windows pip list is the PyPI CPU wheel, unless the CUDA index was used', async () => {
    const listing = 'PS C:\\Users\\me> pip list\ntorch              2.5.1\ntorchvision        0.20.1\n';
    expect((await run(listing)).f.torchBuild).toBe('cpu');
    expect((await run(listing + 'PS C:\\Users\\me> pip install torch --index-url https://download.pytorch.org/whl/cu124')).f.torchBuild).toBeUndefined();
  });

  it('reads a pip list row of the pre-release torch NVIDIA ships in its containers and Jetson wheels', async () => {
    const listing = 'Package                  Version\n------------------------ ------------------------\ntorch                    2.3.0a0+ebedce2.nv24.02\ntorchvision              0.18.0a0\n';
    expect((await run(listing)).f.torchVersion).toBe('2.3.0a0+ebedce2.nv24.02');
    expect((await run('torch                     2.5.0a0+872d972e41.nv24.08\n')).f.torchVersion).toBe('2.5.0a0+872d972e41.nv24.08');
    expect((await run('torch                     2.3.0a0+ebedce2\n')).f.torchVersion).toBe('2.3.0a0+ebedce2');
    // a companion package's pre-release is not torch's
    expect((await run('torchvision              0.18.0a0\n')).f.torchVersion).toBeUndefined();
  });

  it('reads a CUDA tag written with spaces round the plus ("PyTorch 2.8.0 + cu129")', async () => {
    const { f, ids } = await run('**Setup:** i7-8750H, GTX 1070, 16 GB RAM.  \n**Versions:** PyTorch 2.8.0 + cu129  ');
    expect(f.torchVersion).toBe('2.8.0+cu129');
    expect(f.torchBuildCuda).toBe('12.9');
    expect(ids[0]).toBe('no-kernel-image'); // the cu129 wheels have no sm_61 kernels
    expect((await run('Recommended Environment\nPython 3.10.19\nPyTorch == 2.6.0 + cu124')).f.torchVersion).toBe('2.6.0+cu124');
    expect((await run('# PyTorch         : 2.6.0 + cu126  (first release with native sm_120 support)')).f.torchVersion).toBe('2.6.0+cu126');
    // a plus that joins other things is not a wheel tag
    expect((await run('Tested with PyTorch 2.0 + Python 3.10')).f.torchVersion).toBe('2.0');
  });

  it('a tagless torch in a Linux pip list is not a CPU build', async () => {
    const { f } = await run('user@box:~$ pip list | grep torch\ntorch              2.5.1\nUbuntu 22.04');
    expect(f.torchBuild).not.toBe('cpu');
  });
});

describe('TensorFlow version facts', () => {
  const TEMPLATE = (version: string, os: string, extra = '') =>
    `### TensorFlow version\n\n${version}\n\n### Custom code\n\nNo\n\n### OS platform and distribution\n\n${os}\n\n${extra}### Relevant log output\n\n\`\`\`shell\nNum GPUs Available:  0\n\`\`\``;

  it('reads the version under the issue-template header', async () => {
    const { f, ids } = await run(TEMPLATE('2.13.0', 'Windows 10 Pro 22H2'));
    expect(f.tfVersion).toBe('2.13.0');
    expect(ids[0]).toBe('tf-gpu-windows-native-unsupported');
  });

  it('a TF 2.10 template on Windows stays off the native-Windows finding', async () => {
    const { f, ids } = await run(TEMPLATE('2.10.1', 'Windows 10 Pro 22H2'));
    expect(f.tfVersion).toBe('2.10.1');
    expect(ids).not.toContain('tf-gpu-windows-native-unsupported');
  });

  it('TF built for CUDA 12 with an R470 driver is driver-too-old; R535 is not', async () => {
    const old = await run(TEMPLATE('tf 2.15.0', 'Linux Ubuntu 20.04', '| NVIDIA-SMI 470.223.02   Driver Version: 470.223.02   CUDA Version: 11.4     |\n\n'));
    expect(old.f.tfMinDriver).toBe('525.60.13');
    expect(old.ids[0]).toBe('driver-too-old');
    const ok = await run(TEMPLATE('tf 2.15.0', 'Linux Ubuntu 20.04', '| NVIDIA-SMI 535.104.05   Driver Version: 535.104.05   CUDA Version: 12.2     |\n\n'));
    expect(ok.ids).not.toContain('driver-too-old');
  });

  it('TF asking for cudart64_110 with only a CUDA 12 toolkit dir is a toolkit mismatch', async () => {
    const log = "W tensorflow/stream_executor/platform/default/dso_loader.cc:64] Could not load dynamic library 'cudart64_110.dll'; dlerror: cudart64_110.dll not found\n";
    const twelve = await run(log + 'C:\\Program Files\\NVIDIA GPU Computing Toolkit\\CUDA\\v12.1\\bin is in PATH');
    expect(twelve.f.tfCudaWantedMajor).toBe('11');
    expect(twelve.f.cudaToolkitMajors).toEqual(['12']);
    expect(twelve.ids[0]).toBe('tf-cuda-toolkit-mismatch');
    const both = await run(log + 'C:\\Program Files\\NVIDIA GPU Computing Toolkit\\CUDA\\v11.2\\bin;C:\\Program Files\\NVIDIA GPU Computing Toolkit\\CUDA\\v12.1\\bin');
    expect(both.ids).not.toContain('tf-cuda-toolkit-mismatch');
  });
});

describe('driver facts from collect_env', () => {
  const NO_CUDA = (torch: string, os: string) =>
    `PyTorch version: ${torch}\nCUDA used to build PyTorch: ${torch.includes('+cpu') ? 'None' : '12.1'}\nOS: ${os}\nIs CUDA available: False\nCUDA runtime version: No CUDA\nGPU models and configuration: No CUDA\nNvidia driver version: No CUDA\ncuDNN version: No CUDA`;

  it('"No CUDA" fields with a CUDA build on Linux mean no driver', async () => {
    expect((await run(NO_CUDA('2.2.1+cu121', 'Ubuntu 22.04.4 LTS (x86_64)'))).ids[0]).toBe('driver-not-loaded');
  });

  it('"No CUDA" with a CPU build is the CPU build, not the driver', async () => {
    expect((await run(NO_CUDA('2.2.1+cpu', 'Ubuntu 22.04.4 LTS (x86_64)'))).ids).not.toContain('driver-not-loaded');
  });
});
