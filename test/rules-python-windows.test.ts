// How the Windows-DLL / pip / Python rules interact when a log shows several of their signals at once:
// which one ranks first, which ones are demoted or suppressed, and that benign notices stay info.
import { describe, expect, it } from 'vitest';
import { diagnoseText } from '../src/engine/diagnose.js';
import { viewFindings } from '../src/report/view.js';

async function ranked(text: string): Promise<{ id: string; severity: string }[]> {
  const { findings } = await diagnoseText(text);
  return findings.map((f) => ({ id: f.rule.id, severity: f.severity }));
}
const ids = (list: { id: string }[]): string[] => list.map((f) => f.id);

describe('Windows DLL family', () => {
  it('WinError 1455 on a cuDNN DLL is the page file, not a missing DLL', async () => {
    const log = [
      '  File "D:\\Anaconda3\\envs\\seg\\lib\\site-packages\\torch\\__init__.py", line 124, in <module>',
      '    raise err',
      'OSError: [WinError 1455] 页面文件太小，无法完成操作。 Error loading "D:\\Anaconda3\\envs\\seg\\lib\\site-packages\\torch\\lib\\cudnn_cnn_infer64_8.dll" or one of its dependencies.',
    ].join('\n');
    const found = await ranked(log);
    expect(found[0]).toEqual({ id: 'windows-pagefile-too-small', severity: 'error' });
    expect(ids(found)).not.toContain('dll-load-failed');
  });

  it('torch 2.4.0 fbgemm.dll WinError 126 is libomp, and the generic DLL finding is demoted', async () => {
    const log = 'Successfully installed torch-2.4.0+cu121\n>>> import torch\nOSError: [WinError 126] The specified module could not be found. Error loading "C:\\venv\\Lib\\site-packages\\torch\\lib\\fbgemm.dll" or one of its dependencies.';
    const found = await ranked(log);
    expect(found[0]).toEqual({ id: 'torch-libomp-missing', severity: 'error' });
    expect(found).toContainEqual({ id: 'dll-load-failed', severity: 'warning' });
    expect(ids(found)).not.toContain('msvc-runtime-missing');
  });

  it('fbgemm.dll failing under another torch version is left to the generic finding', async () => {
    const log = 'Successfully installed torch-2.2.1+cu118\nOSError: [WinError 126] The specified module could not be found. Error loading "C:\\venv\\Lib\\site-packages\\torch\\lib\\fbgemm.dll" or one of its dependencies.';
    const found = await ranked(log);
    expect(ids(found)).not.toContain('torch-libomp-missing');
    expect(found[0]).toEqual({ id: 'dll-load-failed', severity: 'error' });
  });

  it('WinError 1114 on torch c10.dll is a DLL found whose start-up failed, not a missing runtime (that is WinError 126)', async () => {
    const log = 'OSError: [WinError 1114] Eine DLL-Initialisierungsroutine ist fehlgeschlagen. Error loading "C:\\proj\\.venv\\Lib\\site-packages\\torch\\lib\\c10.dll" or one of its dependencies.';
    const found = await ranked(log);
    expect(found[0]).toEqual({ id: 'dll-init-failed', severity: 'error' });
    expect(found.map((f) => f.id)).not.toContain('msvc-runtime-missing');
    const missing = await ranked(log.replace('[WinError 1114] Eine DLL-Initialisierungsroutine ist fehlgeschlagen.', '[WinError 126] Das angegebene Modul wurde nicht gefunden.'));
    expect(found[0]).not.toEqual(missing[0]);
    expect(missing[0]).toEqual({ id: 'msvc-runtime-missing', severity: 'error' });
  });

  it('torch saying the VC++ runtime is not installed makes WinError 1114 its symptom', async () => {
    const log = 'Microsoft Visual C++ Redistributable is not installed, this may lead to the DLL load failure.\nOSError: [WinError 1114] A dynamic link library (DLL) initialization routine failed. Error loading "C:\\app\\Lib\\site-packages\\torch\\lib\\c10.dll" or one of its dependencies.';
    const found = await ranked(log);
    expect(found[0]).toEqual({ id: 'msvc-runtime-missing', severity: 'error' });
    expect(found).toContainEqual({ id: 'dll-init-failed', severity: 'warning' });
  });

  it('a TensorFlow DLL initialisation failure ranks above the generic DLL load failure', async () => {
    const found = await ranked('ImportError: DLL load failed: Eine DLL-Initialisierungsroutine ist fehlgeschlagen.');
    expect(found[0]).toEqual({ id: 'dll-init-failed', severity: 'error' });
    expect(found).toContainEqual({ id: 'dll-load-failed', severity: 'warning' });
  });

  it('a CPU without AVX explains the DLL failure it causes', async () => {
    const found = await ranked('>>> import tensorflow\nImportError: DLL load failed with error code -1073741795');
    expect(found[0]).toEqual({ id: 'cpu-instructions-missing', severity: 'error' });
    expect(found).toContainEqual({ id: 'dll-load-failed', severity: 'warning' });
  });

  it('shows the localised texts with the captured DLL name', async () => {
    const { findings, facts } = await diagnoseText('OSError: [WinError 1455] The paging file is too small for this operation to complete. Error loading "C:\\e\\torch\\lib\\cublas64_12.dll" or one of its dependencies.');
    const [zh] = viewFindings(findings, facts, 'zh-CN');
    expect(zh!.title).toContain('页面文件');
    expect(zh!.why).toContain('cublas64_12.dll');
  });
});

describe('pip and Python', () => {
  it('the tensorflow-gpu placeholder wins over "no matching distribution"', async () => {
    const log = 'Collecting tensorflow-gpu\n  Downloading tensorflow-gpu-2.12.0.tar.gz (2.6 kB)\nERROR: No matching distribution found for tensorflow-gpu';
    const found = await ranked(log);
    expect(found[0]!.id).toBe('tensorflow-gpu-package-removed');
    expect(ids(found)).not.toContain('python-version-unsupported');
  });

  it('"from versions: none" after network retries is not blamed on the Python version', async () => {
    const log = "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ProxyError('Cannot connect to proxy.')': /simple/torch/\nERROR: Could not find a version that satisfies the requirement torch (from versions: none)";
    expect(ids(await ranked(log))).not.toContain('python-version-unsupported');
  });

  it('fills the package name into the title', async () => {
    const { findings, facts } = await diagnoseText('ERROR: Could not find a version that satisfies the requirement torchaudio (from versions: none)');
    expect(viewFindings(findings, facts, 'en')[0]!.title).toContain('torchaudio');
  });

  it('"No module named torch" inside an isolated build is not an environment mix-up', async () => {
    const log = "  × Getting requirements to build wheel did not run successfully.\n  │ exit code: 1\n  ╰─> [17 lines of output]\n      ModuleNotFoundError: No module named 'torch'";
    expect(ids(await ranked(log))).not.toContain('module-not-found-env');
  });
});

describe('benign notices and program errors', () => {
  it('a healthy TensorFlow start-up is info only', async () => {
    const log = [
      '2021-01-25 14:32:44.100000: I tensorflow/core/platform/cpu_feature_guard.cc:142] This TensorFlow binary is optimized with oneAPI Deep Neural Network Library (oneDNN) to use the following CPU instructions in performance-critical operations:  AVX2',
      '2021-01-25 14:32:44.123456: I tensorflow/compiler/jit/xla_cpu_device.cc:41] Not creating XLA devices, tf_xla_enable_xla_devices not set',
      '2021-01-25 14:32:44.200000: I tensorflow/compiler/xla/service/service.cc:168] XLA service 0x1f2e3d4c5b0 executing computations on platform Host. Devices:',
      'tf.Tensor(736.5775, shape=(), dtype=float32)',
    ].join('\n');
    const found = await ranked(log);
    expect(ids(found).sort()).toEqual(['cpu-instructions-info', 'xla-devices-not-created']);
    expect(found.every((f) => f.severity === 'info')).toBe(true);
  });

  it('a program error yields to a real environment error in the same log', async () => {
    const log = "ImportError: DLL load failed while importing _pywrap_tensorflow_internal: The specified module could not be found.\nAttributeError: module 'tensorflow' has no attribute 'Session'";
    const found = ids(await ranked(log));
    expect(found).toContain('dll-load-failed');
    expect(found).not.toContain('program-error-not-env');
  });

  it('a program error alone is reported', async () => {
    const log = "2021-01-01 10:00:00.000000: I tensorflow/core/common_runtime/gpu/gpu_device.cc:1418] Created TensorFlow device (/job:localhost/replica:0/task:0/device:GPU:0 with 6581 MB memory)\nAttributeError: module 'tensorflow' has no attribute 'placeholder'";
    expect(ids(await ranked(log))[0]).toBe('program-error-not-env');
  });
});
