// The scan's pure parsers over recorded outputs: nvidia-smi of several driver generations, nvcc, CUDA
// version files, cuDNN headers, conda / py launcher lists, framework build files, collect_env.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isUnknownFieldError, parseNvidiaSmiCsv, parseNvidiaSmiTable } from '../src/scan/parse/nvidia-smi.js';
import { parseNvccVersion, parseVersionJson, parseVersionTxt, versionFromDirName, versionFromDistInfo } from '../src/scan/parse/nvcc.js';
import { cudnnMajorFromLib, parseCudnnHeader } from '../src/scan/parse/cudnn-header.js';
import { parseCondaEnvList, parseEnvironmentsTxt, parsePyLauncher } from '../src/scan/parse/python-lists.js';
import { parseLdconfig } from '../src/scan/parse/ldconfig.js';
import { collectEnvFacts, parseCollectEnv } from '../src/scan/parse/collect-env.js';
import { parseTfBuildInfo, parseTorchVersionPy } from '../src/scan/parse/framework-files.js';
import { readMarkedJson } from '../src/scan/python-scripts.js';
import { cudnnCudaMajors, cudnnNeedsZlibwapi, expectedWindowsDlls, subjectCovers, tensorflowTested, torchvisionFor } from '../src/scan/tables.js';

const out = (p: string) => readFileSync(new URL(`../fixtures/outputs/${p}`, import.meta.url), 'utf8');

describe('nvidia-smi', () => {
  it('reads R390 (no CUDA Version in the header, cut GPU names)', () => {
    const t = parseNvidiaSmiTable(out('nvidia-smi/r390-table.txt'));
    expect(t).toMatchObject({ driverVersion: '390.116', gpus: [{ index: 0, name: 'GeForce GTX 108...', memoryMiB: 11175 }] });
    expect(t.cudaVersion).toBeUndefined();
  });
  it('reads R418 with two GPUs', () => {
    const t = parseNvidiaSmiTable(out('nvidia-smi/r418-table.txt'));
    expect(t.driverVersion).toBe('418.67');
    expect(t.cudaVersion).toBe('10.1');
    expect(t.gpus.map((g) => g.memoryMiB)).toEqual([16130, 16130]);
  });
  it('reads the R535 / R580 layouts and the Windows WDDM row', () => {
    expect(parseNvidiaSmiTable(out('nvidia-smi/r535-table.txt'))).toMatchObject({ driverVersion: '535.104.05', cudaVersion: '12.2', gpus: [{ name: 'NVIDIA GeForce RTX 4090' }] });
    const r580 = parseNvidiaSmiTable(out('nvidia-smi/r580-table.txt'));
    expect(r580).toMatchObject({ driverVersion: '580.65.06', cudaVersion: '13.0' });
    expect(r580.gpus).toHaveLength(2);
    expect(parseNvidiaSmiTable(out('nvidia-smi/win-546-table.txt'))).toMatchObject({ driverVersion: '546.33', cudaVersion: '12.3', gpus: [{ name: 'NVIDIA GeForce RTX 3060 ...', memoryMiB: 6144 }] });
  });
  it('reads the CSV query by its header, with and without compute_cap', () => {
    expect(parseNvidiaSmiCsv(out('nvidia-smi/r580-csv.txt')).gpus).toEqual([
      { index: 0, name: 'NVIDIA H100 80GB HBM3', computeCapability: '9.0', memoryMiB: 81559 },
      { index: 1, name: 'NVIDIA H100 80GB HBM3', computeCapability: '9.0', memoryMiB: 81559 },
    ]);
    const old = parseNvidiaSmiCsv(out('nvidia-smi/r470-csv.txt'));
    expect(old).toMatchObject({ driverVersion: '470.82.01', gpus: [{ name: 'NVIDIA GeForce RTX 3090', memoryMiB: 24265 }] });
    expect(old.gpus[0]!.computeCapability).toBeUndefined();
    expect(isUnknownFieldError(out('nvidia-smi/r470-csv-unknown-field.txt'))).toBe(true);
    expect(isUnknownFieldError(out('nvidia-smi/failed-no-driver.txt'))).toBe(false);
    expect(parseNvidiaSmiCsv(out('nvidia-smi/failed-no-driver.txt')).gpus).toEqual([]);
  });
});

describe('CUDA toolkit versions', () => {
  it('reads nvcc --version of 10.2 (Windows), 11.8 and the real 13.0 of this machine', () => {
    expect(parseNvccVersion(out('nvcc/nvcc-10.2-windows.txt'))).toBe('10.2.89');
    expect(parseNvccVersion(out('nvcc/nvcc-11.8-linux.txt'))).toBe('11.8.89');
    expect(parseNvccVersion(out('nvcc/nvcc-13.0-linux.txt'))).toBe('13.0.88');
    expect(parseNvccVersion('nvcc: command not found')).toBeUndefined();
  });
  it('reads version.txt, version.json, dist-info folders and folder names', () => {
    expect(parseVersionTxt('CUDA Version 10.2.89\n')).toBe('10.2.89');
    expect(parseVersionJson('{"cuda":{"name":"CUDA SDK","version":"11.2.2"}}')).toBe('11.2.2');
    expect(parseVersionJson('not json')).toBeUndefined();
    expect(versionFromDistInfo(['nvidia_cuda_cccl-13.0.85.dist-info', 'nvidia_cuda_runtime-13.0.96.dist-info'])).toBe('13.0.96');
    expect(versionFromDirName('cuda-12.4')).toBe('12.4');
    expect(versionFromDirName('v11.2')).toBe('11.2');
    expect(versionFromDirName('cuda')).toBeUndefined();
  });
  it('reads cuDNN headers and library names', () => {
    expect(parseCudnnHeader('#define CUDNN_MAJOR 8\n#define CUDNN_MINOR 9\n#define CUDNN_PATCHLEVEL 7\n')).toBe('8.9.7');
    expect(parseCudnnHeader('#define CUDNN_MAJOR 7\n#define CUDNN_MINOR 6\n')).toBe('7.6');
    expect(parseCudnnHeader('#include "cudnn_version.h"')).toBeUndefined();
    expect(cudnnMajorFromLib('cudnn64_8.dll')).toBe('8');
    expect(cudnnMajorFromLib('libcudnn.so.9.1.0')).toBe('9');
  });
  it('reads ldconfig -p', () => {
    expect(parseLdconfig('42 libs found\n\tlibcudart.so.12 (libc6,x86-64) => /usr/local/cuda-12.1/lib64/libcudart.so.12\n')).toEqual([{ name: 'libcudart.so.12', path: '/usr/local/cuda-12.1/lib64/libcudart.so.12' }]);
  });
});

describe('interpreter lists', () => {
  it('reads conda env lists (Linux and Windows, active marker, unnamed envs)', () => {
    expect(parseCondaEnvList(out('conda/conda-env-list.txt'))).toEqual([
      { name: 'base', path: '/home/ana/miniconda3', active: true },
      { name: 'tf210', path: '/home/ana/miniconda3/envs/tf210', active: false },
      { name: 'torch', path: '/home/ana/miniconda3/envs/torch', active: false },
      { path: '/opt/shared/envs/legacy', active: false },
    ]);
    expect(parseCondaEnvList(out('conda/conda-env-list-windows.txt'))[1]).toEqual({ name: 'tf-gpu', path: 'C:\\Users\\li\\anaconda3\\envs\\tf-gpu', active: true });
    expect(parseEnvironmentsTxt('/a/env\n\n/b/env\n')).toEqual(['/a/env', '/b/env']);
  });
  it('reads py -0p of the new and the old launcher', () => {
    expect(parsePyLauncher(out('py-launcher/py-0p-3.11.txt')).map((e) => [e.tag, e.isDefault])).toEqual([['3.11', true], ['3.8', false], ['ContinuumAnalytics/Anaconda39-64', false]]);
    expect(parsePyLauncher(out('py-launcher/py-0p-old.txt'))).toEqual([
      { tag: '3.9-64', path: 'C:\\Users\\li\\AppData\\Local\\Programs\\Python\\Python39\\python.exe', isDefault: true },
      { tag: '3.7-32', path: 'C:\\Python37-32\\python.exe', isDefault: false },
    ]);
  });
});

describe('framework build files', () => {
  it('reads torch/version.py (plain and annotated)', () => {
    expect(parseTorchVersionPy("__version__ = '1.13.0a0'\ndebug = False\ncuda = None\n")).toEqual({ version: '1.13.0a0', cuda: null });
    expect(parseTorchVersionPy("__version__ = '2.1.0+cu121'\ncuda: Optional[str] = '12.1'\n")).toEqual({ version: '2.1.0+cu121', cuda: '12.1' });
  });
  it('reads TF build_info.py in the dict, OrderedDict-assignment (Windows) and TF 2.1 styles', () => {
    expect(parseTfBuildInfo("build_info = {'cuda_version': '11.2', 'cudnn_version': '8', 'is_cuda_build': True}")).toEqual({ cuda: '11.2', cudnn: '8', isCudaBuild: true });
    expect(parseTfBuildInfo("build_info['cuda_version'] = '64_112'\nbuild_info['cudnn_version'] = '64_8'\nbuild_info['is_cuda_build'] = True\n")).toEqual({ cuda: '11.2', cudnn: '8', isCudaBuild: true });
    expect(parseTfBuildInfo("is_cuda_build = False\ncuda_version_number = '10.1'\ncudnn_version_number = '7'\n")).toEqual({ cuda: '10.1', cudnn: '7', isCudaBuild: false });
  });
  it('finds the JSON after the marker even behind other output', () => {
    expect(readMarkedJson('UserWarning: blah\n@@gpu-doctor@@{"a":1}\n')).toEqual({ a: 1 });
    expect(readMarkedJson('Traceback (most recent call last):\n')).toBeUndefined();
  });
});

describe('collect_env', () => {
  it('reads the real report of this machine (CPU-only Debian torch)', () => {
    const f = collectEnvFacts(parseCollectEnv(out('collect-env/debian-cpu-torch-1.13.txt')));
    expect(f).toMatchObject({ torchVersion: '1.13.0a0', os: 'linux', pythonVersion: '3.11.2', torchCudaAvailable: 'false', numpyVersion: '1.24.2' });
    expect(f.driverVersion).toBeUndefined();
    expect(f.torchBuiltWithCuda).toBeUndefined();
  });
  it('reads a GPU report', () => {
    expect(collectEnvFacts(parseCollectEnv(out('collect-env/linux-cu121.txt')))).toMatchObject({
      torchVersion: '2.1.0+cu121', torchBuiltWithCuda: '12.1', driverVersion: '535.104.05', cudaToolkitVersion: '12.1.105',
      gpuName: ['NVIDIA GeForce RTX 4090'], cudnnVersion: '8.9.2', pythonBits: '64', torchCudaAvailable: 'true',
    });
  });
});

describe('table questions', () => {
  it('matches table subjects', () => {
    expect(subjectCovers('11.1 - 11.8', '11.4.2')).toBe(true);
    expect(subjectCovers('11.1 - 11.8', '12.0')).toBe(false);
    expect(subjectCovers('12.x', '12.4.131')).toBe(true);
    expect(subjectCovers('9.1 / 9.2', '9.2')).toBe(true);
  });
  it('answers from the tables', () => {
    expect(expectedWindowsDlls('11.2.2').find((l) => l.name === 'cudart')?.files).toEqual(['cudart64_110.dll']);
    expect(expectedWindowsDlls('10.2.89').find((l) => l.name === 'cublas')?.files).toEqual(['cublas64_10.dll']);
    expect(cudnnCudaMajors('7.6.5')).toEqual(expect.arrayContaining(['10', '9']));
    expect(cudnnCudaMajors('7.6.5')).not.toContain('11');
    expect(cudnnNeedsZlibwapi('8.4.0')).toBe(true);
    expect(cudnnNeedsZlibwapi('8.1.1')).toBe(false);
    expect(torchvisionFor('2.1.0+cu121')).toBe('0.16.0');
    expect(tensorflowTested('2.10.0', 'windows')).toMatchObject({ cuda: '11.2', cudnn: '8.1', pythonMax: '3.10' });
  });
});
