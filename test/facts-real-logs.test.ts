// Facts read from the spellings real posts use (issue 9, "facts too brittle"): issue-template fields with their
// "(e.g. …)" hints, WSL written with a space or ticked in the WSL issue form, the Windows build, printed build flags,
// CPU-only device listings, and pip's "from versions" list.
import { describe, expect, it } from 'vitest';
import { diagnoseText } from '../src/engine/diagnose.js';
import { cudaDllVersion } from '../src/facts/derive.js';
import { realLog } from './real-logs.js';

const factsOf = async (text: string): Promise<Record<string, unknown>> => {
  const { facts } = await diagnoseText(text);
  return Object.fromEntries([...facts].map(([k, v]) => [k, v.value]));
};

describe('issue-template fields', () => {
  it('reads the value after a "(e.g. …)" / "(use command below)" hint, not the hint', async () => {
    const f = await factsOf([
      '- OS Platform and Distribution (e.g., Linux Ubuntu 16.04): Windows 10',
      '- TensorFlow version (use command below): 2.1.0',
      '- CUDA/cuDNN version: 10.2.89',
      '- GPU model and memory: Nvidia GTX 1650',
    ].join('\n'));
    expect(f.os).toBe('windows');
    expect(f.tfVersion).toBe('2.1.0');
    expect(f.cudaToolkitVersion).toBe('10.2');
    expect(f.gpuCC).toBe('7.5');
  });

  it('CUDA/cuDNN field: CUDA first, cuDNN after it, or cuDNN named first', async () => {
    expect(await factsOf('- CUDA/cuDNN version: 11.2 / 8.1')).toMatchObject({ cudaToolkitVersion: '11.2', cudnnVersion: '8.1' });
    expect(await factsOf('### CUDA/cuDNN version\n\nCUDA 10.1, cuDNN 7.6')).toMatchObject({ cudaToolkitVersion: '10.1', cudnnVersion: '7.6' });
    expect(await factsOf('- CUDA/cuDNN version: cudnn-windows-x86_64-8.3.1.22 cuda 11.5')).toMatchObject({ cudaToolkitVersion: '11.5', cudnnVersion: '8.3.1' });
  });

  it('a GPU field that names no NVIDIA GPU gives no GPU', async () => {
    expect((await factsOf('- GPU model and memory: N/A')).gpuName).toBeUndefined();
    expect((await factsOf('- GPU model and memory: Intel UHD 620')).gpuName).toBeUndefined();
    expect((await factsOf('- GPU model and memory: 1660Ti')).gpuName).toEqual(['1660Ti']);
  });
});

describe('platform spellings', () => {
  it('"WSL 2" with a space and "in WSL" are WSL2; the WSL1 kernel still wins', async () => {
    expect((await factsOf('I just installed Windows Preview and WSL 2')).os).toBe('wsl2');
    expect((await factsOf('torch.cuda.is_available() is False in WSL')).os).toBe('wsl2');
    const wsl1 = await factsOf('running in WSL\nLinux DESKTOP 4.4.0-19041-Microsoft #488-Microsoft');
    expect(wsl1.os).toBe('wsl1');
    expect(wsl1.windowsBuild).toBe('19041');
  });

  it('the WSL issue form: the ticked box decides, not the question or the unticked box', async () => {
    const form = (ticked: 1 | 2): string => `### Are you using WSL 1 or WSL 2?\n\n- [${ticked === 2 ? 'X' : ' '}] WSL 2\n- [${ticked === 1 ? 'X' : ' '}] WSL 1`;
    expect((await factsOf(form(2))).os).toBe('wsl2');
    expect((await factsOf(form(1))).os).toBe('wsl1');
  });

  it('the Windows build from ver / systeminfo', async () => {
    expect((await factsOf('Microsoft Windows [Version 10.0.17763.292]')).windowsBuild).toBe('17763');
  });

  it('macOS from home folders and the loader, not from C:/Users', async () => {
    expect((await factsOf('/Users/ann/kohya_ss/venv/lib/python3.10/site-packages/bitsandbytes/libbitsandbytes_cpu.so')).os).toBe('macos');
    expect((await factsOf('C:/Users/me/venv/lib/site-packages/bitsandbytes/cextension.py:34: UserWarning')).os).not.toBe('macos');
  });
});

describe('torch build printed as words', () => {
  it('"PyTorch built with CUDA: False" is a CPU build, with CUDA unavailable', async () => {
    const f = await factsOf('PyTorch built with CUDA:         False\nPyTorch detects CUDA available:  False');
    expect(f.torchBuild).toBe('cpu');
    expect(f.torchCudaAvailable).toBe('false');
  });

  it('a bare +cuXXX printout beats a tagless pin of the same release', async () => {
    const f = await factsOf('pip install torch==2.1.0\n>>> print(torch.__version__)\n2.1.0+cu121');
    expect(f.torchBuild).toBe('cuda');
    expect(f.torchBuildCuda).toBe('12.1');
  });

  it('a TensorFlow device list with the CPU alone is recognised, one with a GPU is not', async () => {
    expect((await factsOf("`[PhysicalDevice(name='/physical_device:CPU:0', device_type='CPU')]`")).tfDevicesCpuOnly).toBe(true);
    expect((await factsOf("[PhysicalDevice(name='/physical_device:CPU:0', device_type='CPU'), PhysicalDevice(name='/physical_device:GPU:0', device_type='GPU')]")).tfDevicesCpuOnly).toBeUndefined();
  });
});

describe("pip's from-versions list", () => {
  it('places the pin below, within or above the versions pip offered', async () => {
    const list = (pin: string): string => `ERROR: Could not find a version that satisfies the requirement torch==${pin} (from versions: 1.11.0, 1.11.0+cu113, 1.12.1, 1.12.1+cu113, 2.0.0, 2.0.1)`;
    expect(await factsOf(list('2.0.0+cu113'))).toMatchObject({ pipPinVsList: 'within', pipListHasCudaTags: true, pipReqLocal: 'cu113' });
    expect((await factsOf(list('1.8.1+cu111'))).pipPinVsList).toBe('below');
    expect((await factsOf(list('2.4.0'))).pipPinVsList).toBe('above');
    expect((await factsOf('ERROR: Could not find a version that satisfies the requirement torch==1.12.1 (from versions: none)')).pipPinVsList).toBeUndefined();
  });

  it("says whether a tagged pin that was not found is another tag than the PyTorch index folder searched (pip and uv)", async () => {
    const uv = (index: string): string => `uv pip install torch==2.9.1+cu130 --index-url https://download.pytorch.org/whl/${index}\n  \`-> Because there is no version of torch==2.9.1+cu130 and you require\n      torch==2.9.1+cu130, we can conclude that your requirements are\n      unsatisfiable.`;
    expect((await factsOf(uv('cu128'))).torchPinTagOffIndex).toBe(true);
    expect((await factsOf(uv('cu130'))).torchPinTagOffIndex).toBe(false);
    const pip = 'Looking in indexes: https://pypi.org/simple, https://download.pytorch.org/whl/cu118\nERROR: No matching distribution found for torch==2.1.2+cu121';
    expect((await factsOf(pip)).torchPinTagOffIndex).toBe(true);
    expect((await factsOf('ERROR: No matching distribution found for torch==2.1.2+cu121')).torchPinTagOffIndex).toBeUndefined();
  });
});

describe('a Linux wheel pip or uv refused', () => {
  const uv = (python: string): string => `Failed to install flash-attn: Using Python ${python} environment at: _env_trellis2\nerror: Failed to determine installation plan\n  Caused by: A URL dependency is incompatible with the current platform: https://github.com/Dao-AILab/flash-attention/releases/download/v2.8.3/flash_attn-2.8.3%2Bcu12torch2.8cxx11abiTRUE-cp312-cp312-linux_x86_64.whl`;
  it('is another OS when the interpreter fits the wheel tag, a Python mismatch on Linux, unknown otherwise', async () => {
    expect((await factsOf(uv('3.12.10'))).linuxWheelOnOtherOs).toBe(true);
    expect((await factsOf(uv('3.11.9'))).linuxWheelOnOtherOs).toBe(false);
    const linux = '(venv) user@box:~/proj$ pip install -r requirements.txt\nERROR: flash_attn-2.7.2.post1+cu12torch2.5cxx11abiFALSE-cp310-cp310-linux_x86_64.whl is not a supported wheel on this platform.';
    expect((await factsOf(linux)).linuxWheelOnOtherOs).toBe(false);
    expect((await factsOf('ERROR: flash_attn-2.7.2.post1+cu12torch2.5cxx11abiFALSE-cp310-cp310-linux_x86_64.whl is not a supported wheel on this platform.')).linuxWheelOnOtherOs).toBeUndefined();
  });
});

describe('CUDA DLL-name versions', () => {
  it('major.minor before CUDA 11, the major from 11 on', () => {
    expect(cudaDllVersion('10.2.89')).toBe('10.2');
    expect(cudaDllVersion('10.1')).toBe('10.1');
    expect(cudaDllVersion('11.8')).toBe('11');
    expect(cudaDllVersion('12')).toBe('12');
    expect(cudaDllVersion('none')).toBeUndefined();
  });

  it('TF 2.1 (CUDA 10.1) with only CUDA 10.2 installed is a mismatch on Windows, with 10.1 it is not', async () => {
    const log = (cuda: string): string => `- OS Platform and Distribution: Windows 10\n- TensorFlow version: 2.1.0\n- CUDA/cuDNN version: ${cuda}`;
    const ids = async (cuda: string): Promise<string[]> => (await diagnoseText(log(cuda))).findings.map((f) => f.rule.id);
    expect(await ids('10.2.89')).toContain('tf-cuda-toolkit-mismatch');
    expect(await ids('10.1')).not.toContain('tf-cuda-toolkit-mismatch');
  });
});

describe('a Linux wheel name is the weakest sign of the OS', () => {
  it('loses to a Windows path, and names no OS beside a refused Linux wheel', async () => {
    // a ComfyUI portable user's pip picking an upstream Linux wheel from a node's requirements
    const windows = await factsOf([
      'Collecting flash-attn==2.5.8 (from -r D:\\ComfyUI_windows_portable\\ComfyUI\\custom_nodes\\ComfyUI-Florence2\\requirements.txt (line 3))',
      '  Downloading https://github.com/Dao-AILab/flash-attention/releases/download/v2.5.8/flash_attn-2.5.8+cu122torch2.3cxx11abiFALSE-cp311-cp311-linux_x86_64.whl (120.0 MB)',
      'ERROR: flash_attn-2.5.8+cu122torch2.3cxx11abiFALSE-cp311-cp311-linux_x86_64.whl is not a supported wheel on this platform.',
    ].join('\n'));
    expect(windows.os).toBe('windows');
    // uv refusing the wheel with nothing else about the host: no OS rather than Linux
    const refused = await factsOf(realLog('pa-trellis2-uv-linux-flashattn-wheel.log'));
    expect(refused.os).toBeUndefined();
    expect(refused.linuxWheelOnOtherOs).toBe(true);
  });

  it('still reads Linux where pip installs a Linux wheel, and where a Linux path says so', async () => {
    expect((await factsOf('  Downloading torch-2.1.2-cp310-cp310-manylinux1_x86_64.whl (670.2 MB)\nSuccessfully installed torch-2.1.2')).os).toBe('linux');
    // a Linux host refusing a wheel for another Python: its own paths outweigh the wheel's name
    const linux = await factsOf('(base) user@gpu01:~$ pip install torch-1.1.0-cp37-cp37m-linux_x86_64.whl\nERROR: torch-1.1.0-cp37-cp37m-linux_x86_64.whl is not a supported wheel on this platform.');
    expect(linux.os).toBe('linux');
    expect(linux.linuxWheelOnOtherOs).toBe(false);
  });
});

